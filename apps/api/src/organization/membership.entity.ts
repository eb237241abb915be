import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ORG_ROLES, type OrgRole } from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CreatedAt, oneOf } from '../platform/database/columns';
import { OrganizationEntity } from './organization.entity';

@Entity('membership')
@Check('membership_role_check', oneOf('role', ORG_ROLES))
@Index('membership_organization_user_key', ['organizationId', 'userId'], { unique: true })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'membership_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'membership_organization_fk' })
  organization?: OrganizationEntity;

  @Index('membership_user_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'membership_user_fk' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  role: OrgRole;

  @CreatedAt()
  createdAt: Date;
}
