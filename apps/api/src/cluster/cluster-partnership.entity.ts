import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  CLUSTER_PARTNERSHIP_KINDS,
  CLUSTER_PARTNERSHIP_STATUSES,
  type ClusterPartnershipKind,
  type ClusterPartnershipStatus,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';
import { ClusterEntity } from './cluster.entity';

/**
 * A partnership between two clusters. The pair is stored in id order (cluster_a < cluster_b)
 * so one partial unique index holds "one PROPOSED or ACTIVE partnership per pair, whoever
 * proposed it"; the proposer is one of the two. Declined and ended partnerships stay as
 * rows (the record of who decided and why); a new proposal is a new row.
 */
@Entity('cluster_partnership')
@Check('cluster_partnership_status_check', oneOf('status', CLUSTER_PARTNERSHIP_STATUSES))
@Check('cluster_partnership_kind_check', oneOf('kind', CLUSTER_PARTNERSHIP_KINDS))
@Check('cluster_partnership_pair_order_check', '"cluster_a_id" < "cluster_b_id"')
@Check(
  'cluster_partnership_proposer_check',
  '"proposer_cluster_id" IN ("cluster_a_id", "cluster_b_id")',
)
@Index('cluster_partnership_live_pair_key', ['clusterAId', 'clusterBId'], {
  unique: true,
  where: `"status" IN ('PROPOSED', 'ACTIVE')`,
})
export class ClusterPartnershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cluster_partnership_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  clusterAId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'cluster_a_id',
    foreignKeyConstraintName: 'cluster_partnership_cluster_a_fk',
  })
  clusterA?: ClusterEntity;

  // With the live-pair key (led by cluster_a_id), finds a cluster's partnerships from either side.
  @Index('cluster_partnership_cluster_b_idx')
  @Column({ type: 'uuid' })
  clusterBId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'cluster_b_id',
    foreignKeyConstraintName: 'cluster_partnership_cluster_b_fk',
  })
  clusterB?: ClusterEntity;

  @Column({ type: 'uuid' })
  proposerClusterId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ClusterPartnershipKind;

  @Column({ type: 'varchar', length: 16 })
  status: ClusterPartnershipStatus;

  /** The proposing manager's note to the other cluster. */
  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'proposed_by_id',
    foreignKeyConstraintName: 'cluster_partnership_proposed_by_fk',
  })
  proposedBy?: UserEntity;

  @Column(timestamptz())
  proposedAt: Date;

  /** When it was accepted or declined. */
  @Column(timestamptz({ nullable: true }))
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'answered_by_id',
    foreignKeyConstraintName: 'cluster_partnership_answered_by_fk',
  })
  answeredBy?: UserEntity;

  @Column(timestamptz({ nullable: true }))
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ended_by_id', foreignKeyConstraintName: 'cluster_partnership_ended_by_fk' })
  endedBy?: UserEntity;

  /** The cluster whose manager ended it. */
  @Column({ type: 'uuid', nullable: true })
  endedByClusterId: string | null;

  /** Why it was declined or ended; the other cluster's managers read it. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreatedAt()
  createdAt: Date;
}
