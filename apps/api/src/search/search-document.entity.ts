import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SEARCH_KINDS, type SearchKind } from '@spillover/domain';
import { oneOf, timestamptz } from '../platform/database/columns';

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
@Index('search_document_technology_areas_idx', { synchronize: false })
@Index('search_document_sectors_idx', { synchronize: false })
@Index('search_document_collaboration_types_idx', { synchronize: false })
// Browsing without words pages newest first: (listed_at, id) scanned backwards.
@Index('search_document_listed_idx', ['listedAt', 'id'])
export class SearchDocumentEntity {
  /** The id of the need, capability or organization itself. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'search_document_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 12 })
  kind: SearchKind;

  /** The owner; an organization's own document names itself. */
  @Index('search_document_organization_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  /** The owner's country (ISO 3166-1), copied so country filters and facets need no join. */
  @Index('search_document_country_idx')
  @Column({ type: 'char', length: 2 })
  country: string;

  /** The owner's region (ISO 3166-2). */
  @Index('search_document_region_idx')
  @Column({ type: 'varchar', length: 8, nullable: true })
  region: string | null;

  /** The need's or capability's status; null for organizations. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  status: string | null;

  /** Organizations are PUBLIC. */
  @Column({ type: 'varchar', length: 8 })
  visibility: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  capabilityKind: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', array: true })
  technologyAreas: string[];

  @Column({ type: 'text', array: true })
  sectors: string[];

  /** Needs: current…target TRL; capabilities: their TRL at both ends. */
  @Column({ type: 'smallint', nullable: true })
  trlLow: number | null;

  @Column({ type: 'smallint', nullable: true })
  trlHigh: number | null;

  @Column({ type: 'text', array: true })
  collaborationTypes: string[];

  /** Needs' response deadline. */
  @Index('search_document_deadline_idx', { where: '"deadline" IS NOT NULL' })
  @Column(timestamptz({ nullable: true }))
  deadline: Date | null;

  /** When it was published (organizations: created), to the millisecond; orders browsing and "new since". */
  @Column(timestamptz())
  listedAt: Date;

  /** Weighted full text: title A, summary B, the rest C; Korean words as overlapping bigrams. */
  @Column({ type: 'tsvector' })
  vector: string;
}
