import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InvitedOrganizationBase } from '../listing/invited-organization.entity';
import { TechnologyNeedEntity } from './need.entity';

/** An organization invited to see a PRIVATE need. */
@Entity('need_invited_organization')
export class NeedInvitedOrganizationEntity extends InvitedOrganizationBase(
  'need_invited_organization',
) {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'need_invited_organization_pkey' })
  needId: string;

  @ManyToOne(() => TechnologyNeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'need_invited_organization_need_fk' })
  need?: TechnologyNeedEntity;
}
