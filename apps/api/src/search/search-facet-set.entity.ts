import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Each distinct combination of what search facets count by (kind, capability kind,
 * status, owner's country, technology areas), numbered. Every search document names its
 * combination (`facet_set_id`), set by a trigger of the SearchFacetSets migration.
 *
 * Why: a broad search counts and facets every match (15,000 at the benchmark's scale).
 * Materializing those matches with their strings and arrays, then hashing them five ways,
 * was a fifth of such a search's time; now each match carries one integer, matches are
 * counted per integer, and the combinations that occur are read from here (each API
 * process keeps those it has read).
 * Rows are only ever added (a combination no document has any more counts nothing).
 */
@Entity('search_facet_set')
@Unique('search_facet_set_key_key', ['key'])
export class SearchFacetSetEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'search_facet_set_pkey' })
  id: number;

  /** The combination as one string: kind|capability kind|status|country|areas. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'varchar', length: 12 })
  kind: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  capabilityKind: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  status: string | null;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', array: true })
  technologyAreas: string[];
}
