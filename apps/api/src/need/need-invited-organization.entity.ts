import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { TechnologyNeedEntity } from './need.entity';

/** An organization invited to see a PRIVATE need. */
@Entity('need_invited_organization')
export class NeedInvitedOrganizationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'need_invited_organization_pkey' })
  needId: string;

  @Index('need_invited_organization_organization_idx')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'need_invited_organization_pkey' })
  organizationId: string;

  @ManyToOne(() => TechnologyNeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'need_invited_organization_need_fk' })
  need?: TechnologyNeedEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'need_invited_organization_organization_fk' })
  organization?: OrganizationEntity;
}
