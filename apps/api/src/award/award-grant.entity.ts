import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ApplicationEntity } from '../application/application.entity';
import { CallFunderEntity } from '../call/call-funder.entity';
import { CallEntity } from '../call/call.entity';
import { bigintAsNumber } from '../platform/database/transformers';

/**
 * The per-funder allocation of a published award: what a funder is asked for an application
 * (its partners' share) and what it grants. A funder's grants never add up past its budget:
 * the award computes them under the call's lock, in one transaction.
 */
@Entity('award_grant')
@Check('award_grant_amounts_check', `"share" >= 0 AND "granted" >= 0`)
@Index('award_grant_call_funder_idx', ['callId', 'clusterId'])
export class AwardGrantEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'award_grant_pkey' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'award_grant_application_fk' })
  application?: ApplicationEntity;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'award_grant_pkey' })
  clusterId: string;

  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'award_grant_call_fk' })
  call?: CallEntity;

  // The grant belongs to a funder of that call.
  @ManyToOne(() => CallFunderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'call_id',
      referencedColumnName: 'callId',
      foreignKeyConstraintName: 'award_grant_funder_fk',
    },
    {
      name: 'cluster_id',
      referencedColumnName: 'clusterId',
      foreignKeyConstraintName: 'award_grant_funder_fk',
    },
  ])
  funder?: CallFunderEntity;

  /** Minor units of the call's currency: the funder's partners' requests (0 in a pooled draw). */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  share: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  granted: number;
}
