import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CLUSTER_MEMBERSHIP_STATUSES, type ClusterMembershipStatus } from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';
import { ClusterEntity } from './cluster.entity';

/**
 * One row per (cluster, organization); applying again after a rejection or removal reopens
 * the same row as PENDING, and the audit trail keeps every earlier decision.
 */
@Entity('cluster_membership')
@Check('cluster_membership_status_check', oneOf('status', CLUSTER_MEMBERSHIP_STATUSES))
@Index('cluster_membership_cluster_organization_key', ['clusterId', 'organizationId'], {
  unique: true,
})
@Index('cluster_membership_cluster_status_idx', ['clusterId', 'status'])
export class ClusterMembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cluster_membership_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'cluster_membership_cluster_fk' })
  cluster?: ClusterEntity;

  @Index('cluster_membership_organization_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'cluster_membership_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 16 })
  status: ClusterMembershipStatus;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column(timestamptz())
  appliedAt: Date;

  @Column(timestamptz({ nullable: true }))
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'decided_by_id',
    foreignKeyConstraintName: 'cluster_membership_decided_by_fk',
  })
  decidedBy?: UserEntity;

  @CreatedAt()
  createdAt: Date;
}
