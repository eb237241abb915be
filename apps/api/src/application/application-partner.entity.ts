import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PARTNER_STATUSES, type PartnerStatus } from '@spillover/domain';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';
import { bigintAsNumber } from '../platform/database/transformers';
import { ApplicationEntity } from './application.entity';

/** A partner (참여기관) invited to an application; only ACCEPTED ones are in the consortium. */
@Entity('application_partner')
@Check('application_partner_status_check', oneOf('status', PARTNER_STATUSES))
@Check('application_partner_amounts_check', `"requested_budget" >= 0 AND "own_contribution" >= 0`)
export class ApplicationPartnerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'application_partner_pkey' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'application_partner_application_fk',
  })
  application?: ApplicationEntity;

  // The invited organization's invitations list reads by organization.
  @Index('application_partner_organization_idx')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'application_partner_pkey' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'application_partner_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 20, default: 'INVITED' })
  status: PartnerStatus;

  @Column({ type: 'bigint', default: 0, transformer: bigintAsNumber })
  requestedBudget: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintAsNumber })
  ownContribution: number;

  @CreatedAt()
  invitedAt: Date;

  @Column(timestamptz({ nullable: true }))
  answeredAt: Date | null;
}
