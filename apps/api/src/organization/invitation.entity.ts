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
  INVITATION_STATUSES,
  ORG_ROLES,
  type InvitationStatus,
  type OrgRole,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';
import { OrganizationEntity } from './organization.entity';

/** An e-mail invited to an organization; the invitee accepts it once signed up. */
@Entity('invitation')
@Check('invitation_role_check', oneOf('role', ORG_ROLES))
@Check('invitation_status_check', oneOf('status', INVITATION_STATUSES))
@Index('invitation_pending_key', ['organizationId', 'email'], {
  unique: true,
  where: `"status" = 'PENDING'`,
})
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'invitation_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'invitation_organization_fk' })
  organization?: OrganizationEntity;

  @Index('invitation_email_idx')
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: OrgRole;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: InvitationStatus;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'invitation_invited_by_fk' })
  invitedBy?: UserEntity;

  @CreatedAt()
  createdAt: Date;

  @Column(timestamptz())
  expiresAt: Date;

  @Column(timestamptz({ nullable: true }))
  decidedAt: Date | null;
}
