import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FUNDER_SCOPES, type FunderScope } from '@spillover/domain';
import { ClusterEntity } from '../cluster/cluster.entity';
import { CreatedAt, oneOf } from '../platform/database/columns';
import { bigintAsNumber } from '../platform/database/transformers';
import { CallEntity } from './call.entity';

/** A funding cluster of a call (지원기관): its budget in its own currency and whom it funds. */
@Entity('call_funder')
@Check('call_funder_funds_check', oneOf('funds', FUNDER_SCOPES))
@Index('call_funder_call_position_key', ['callId', 'position'], { unique: true })
@Check(
  'call_funder_budget_check',
  `"budget" > 0 AND ("max_per_project" IS NULL OR "max_per_project" >= 0)`,
)
export class CallFunderEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'call_funder_pkey' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_funder_call_fk' })
  call?: CallEntity;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'call_funder_pkey' })
  @Index('call_funder_cluster_idx')
  clusterId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'call_funder_cluster_fk' })
  cluster?: ClusterEntity;

  /** Minor units of `currency`, the funder's own. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  budget: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 10 })
  funds: FunderScope;

  /** Minor units of the call's currency: the most it pays one project. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  maxPerProject: number | null;

  /** Funders are listed, and pay the partners their scopes share, in this order (added under the call's row lock). */
  @Column({ type: 'smallint' })
  position: number;

  @CreatedAt()
  createdAt: Date;
}
