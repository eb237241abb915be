import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SearchDocumentEntity } from './search-document.entity';
import { SearchFactsColumns } from './search-facts.columns';

/**
 * search_document's facts once per technology area of the document (not its title or
 * text), kept by triggers on search_document (SearchDocumentAreas migration).
 *
 * Why: a search whose words name a taxonomy concept ("hydrogen", "디스플레이") also finds
 * every item of that area, a tenth of the corpus at the benchmark's scale. Reading those
 * rows from search_document's heap costs a page visit per item, most of the search's time;
 * here they are read from one covering index (area, then every column a filter, the
 * visibility predicate or a facet reads), in area order, without the heap.
 */
@Entity('search_document_area')
// (area) INCLUDE (…the facts…): hand-written in the migration, for index-only scans.
@Index('search_document_area_covering_idx', { synchronize: false })
export class SearchDocumentAreaEntity extends SearchFactsColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'search_document_area_pkey' })
  declare id: string;

  /** One code of the document's technology_areas. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'search_document_area_pkey' })
  area: string;

  @ManyToOne(() => SearchDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id', foreignKeyConstraintName: 'search_document_area_id_fkey' })
  document?: SearchDocumentEntity;
}
