import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { CapabilityEntity } from './capability.entity';

/** An organization invited to see a PRIVATE capability. */
@Entity('capability_invited_organization')
export class CapabilityInvitedOrganizationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'capability_invited_organization_pkey' })
  capabilityId: string;

  @Index('capability_invited_organization_organization_idx')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'capability_invited_organization_pkey' })
  organizationId: string;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capability_id', foreignKeyConstraintName: 'capability_invited_organization_capability_fk' })
  capability?: CapabilityEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'capability_invited_organization_organization_fk' })
  organization?: OrganizationEntity;
}
