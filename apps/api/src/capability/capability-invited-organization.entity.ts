import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InvitedOrganizationBase } from '../listing/invited-organization.entity';
import { CapabilityEntity } from './capability.entity';

/** An organization invited to see a PRIVATE capability. */
@Entity('capability_invited_organization')
export class CapabilityInvitedOrganizationEntity extends InvitedOrganizationBase(
  'capability_invited_organization',
) {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'capability_invited_organization_pkey' })
  capabilityId: string;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'capability_id',
    foreignKeyConstraintName: 'capability_invited_organization_capability_fk',
  })
  capability?: CapabilityEntity;
}
