import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../account/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt } from '../platform/database/columns';
import { TechnologyNeedEntity } from './need.entity';

/** An organization's acceptance of one version of a need's NDA terms: who, when, which version. */
@Entity('nda_acceptance')
@Index('nda_acceptance_need_organization_version_key', ['needId', 'organizationId', 'version'], {
  unique: true,
})
export class NdaAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'nda_acceptance_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => TechnologyNeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'nda_acceptance_need_fk' })
  need?: TechnologyNeedEntity;

  @Index('nda_acceptance_organization_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'nda_acceptance_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  /** The text accepted, kept as it was: the terms may change later. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', nullable: true })
  acceptedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_id', foreignKeyConstraintName: 'nda_acceptance_accepted_by_fk' })
  acceptedBy?: UserEntity;

  @CreatedAt()
  acceptedAt: Date;
}
