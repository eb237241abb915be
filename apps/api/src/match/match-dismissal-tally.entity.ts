import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MatchDismissReason, MatchSide } from '@spillover/domain';
import { OrganizationEntity } from '../organization/organization.entity';

/**
 * Why matches fail, counted per organization, side, reason and month. Kept apart from the
 * feedback rows, which go when a match is restored or a listing deleted, so the cluster
 * dashboards can still tell what went wrong last year.
 */
@Entity('match_dismissal_tally')
export class MatchDismissalTallyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'match_dismissal_tally_pkey' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'match_dismissal_tally_organization_fk',
  })
  organization?: OrganizationEntity;

  @PrimaryColumn({
    type: 'varchar',
    length: 16,
    primaryKeyConstraintName: 'match_dismissal_tally_pkey',
  })
  side: MatchSide;

  @PrimaryColumn({
    type: 'varchar',
    length: 16,
    primaryKeyConstraintName: 'match_dismissal_tally_pkey',
  })
  reason: MatchDismissReason;

  /** First day of the month, UTC. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'match_dismissal_tally_pkey' })
  month: string;

  @Column({ type: 'integer', default: 0 })
  count: number;
}
