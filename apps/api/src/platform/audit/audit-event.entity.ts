import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

/**
 * Who did what to which object, with the object's state before and after. Scoped to the
 * organization and cluster it concerns so their admins and managers can list it.
 */
@Entity('audit_event')
@Index('audit_event_cluster_idx', ['clusterId', 'createdAt'])
@Index('audit_event_organization_idx', ['organizationId', 'createdAt'])
@Index('audit_event_created_idx', ['createdAt'])
@Index('audit_event_counterpart_idx', ['counterpartOrganizationId', 'createdAt'])
@Index('audit_event_counterpart_cluster_idx', ['counterpartClusterId', 'createdAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_event_pkey' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  objectType: string;

  @Column({ type: 'uuid' })
  objectId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  clusterId: string | null;

  /** A second organization the event concerns (the one that accepted a need's NDA); its ORG_ADMINs read it too. */
  @Column({ type: 'uuid', nullable: true })
  counterpartOrganizationId: string | null;

  /** A second cluster the event concerns (the other side of a cluster partnership); its managers read it too. */
  @Column({ type: 'uuid', nullable: true })
  counterpartClusterId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @CreatedAt()
  createdAt: Date;
}
