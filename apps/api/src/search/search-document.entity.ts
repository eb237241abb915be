import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SEARCH_KINDS } from '@spillover/domain';
import { oneOf } from '../platform/database/columns';
import { SearchFacetSetEntity } from './search-facet-set.entity';
import { SearchFactsColumns } from './search-facts.columns';

/**
 * One row per need, capability and organization: what search matches, filters, ranks and
 * counts, in one table so one GIN lookup serves all three kinds (the pattern of Vendure's
 * search_index_item), with the owner's country and region copied in so filters and facets
 * never join. Written only by the `search_document_sync` triggers of the
 * SearchDocuments migration, in the same transaction as the row it mirrors, so it is never
 * stale; nothing in the application inserts or updates it.
 *
 * It carries, under the same names, the columns the policy's listing predicate reads
 * (`id`, `organization_id`, `status`, `visibility`), so `Policy.listingVisibility(actor, 'd',
 * …)` applies to it unchanged. Confidential details and contact data are never copied here.
 */
@Entity('search_document')
@Check('search_document_kind_check', oneOf('kind', SEARCH_KINDS))
// Hand-written in the migration (expression, GIN and trigram indexes); see search-sql.ts
// for the queries that rely on each.
@Index('search_document_vector_idx', { synchronize: false })
@Index('search_document_public_vector_idx', { synchronize: false })
@Index('search_document_technology_areas_idx', { synchronize: false })
@Index('search_document_sectors_idx', { synchronize: false })
@Index('search_document_collaboration_types_idx', { synchronize: false })
// Browsing without words pages newest first: (listed_at, id) scanned backwards.
@Index('search_document_listed_idx', ['listedAt', 'id'])
@Index('search_document_organization_idx', ['organizationId'])
@Index('search_document_country_idx', ['country'])
@Index('search_document_region_idx', ['region'])
@Index('search_document_deadline_idx', ['deadline'], { where: '"deadline" IS NOT NULL' })
export class SearchDocumentEntity extends SearchFactsColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'search_document_pkey' })
  declare id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @ManyToOne(() => SearchFacetSetEntity)
  @JoinColumn({
    name: 'facet_set_id',
    foreignKeyConstraintName: 'search_document_facet_set_id_fkey',
  })
  facetSet?: SearchFacetSetEntity;

  /** Weighted full text: title A, summary B, the rest C; Korean words as overlapping bigrams. */
  @Column({ type: 'tsvector' })
  vector: string;
}
