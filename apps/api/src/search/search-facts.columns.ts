import { Column } from 'typeorm';
import type { SearchKind } from '@spillover/domain';
import { timestamptz } from '../platform/database/columns';

/**
 * What search filters, counts and checks visibility by: the columns search_document and
 * search_document_area share, under the same names, so one WHERE clause (search-sql.ts)
 * and the policy's listing predicate (`id`, `organization_id`, `status`, `visibility`)
 * apply to either table unchanged.
 */
export abstract class SearchFactsColumns {
  /** The id of the need, capability or organization itself. */
  id: string;

  @Column({ type: 'varchar', length: 12 })
  kind: SearchKind;

  /** The owner; an organization's own document names itself. */
  @Column({ type: 'uuid' })
  organizationId: string;

  /** The owner's country (ISO 3166-1), copied so country filters and facets need no join. */
  @Column({ type: 'char', length: 2 })
  country: string;

  /** The owner's region (ISO 3166-2). */
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
  @Column(timestamptz({ nullable: true }))
  deadline: Date | null;

  /** The combination of kind, capability kind, status, country and areas (search_facet_set) that facets count by; set by a trigger. */
  @Column({ type: 'integer' })
  facetSetId: number;

  /** When it was published (organizations: created), to the millisecond; orders browsing and "new since". */
  @Column(timestamptz())
  listedAt: Date;
}
