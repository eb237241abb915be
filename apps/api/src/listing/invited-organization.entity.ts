import { Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';

/**
 * The organization half of a PRIVATE listing's invitation row, shared by the kinds' tables
 * (need_invited_organization, capability_invited_organization). The constraint names are
 * derived from the table so that the tables stay exactly as their migrations made them; each
 * kind adds its own listing column and relation (needId, capabilityId).
 */
export function InvitedOrganizationBase(table: string) {
  abstract class InvitedOrganization {
    @Index(`${table}_organization_idx`)
    @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: `${table}_pkey` })
    organizationId: string;

    @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: `${table}_organization_fk` })
    organization?: OrganizationEntity;
  }
  return InvitedOrganization;
}
