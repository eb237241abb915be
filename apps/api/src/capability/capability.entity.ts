import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUSES,
  LICENSING_STATUSES,
  VISIBILITIES,
  type CapabilityKind,
  type CapabilityStatus,
  type LicensingStatus,
  type Visibility,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';

/** A capability (보유역량) an organization offers: expertise, equipment, a facility, IP or a service. */
@Entity('capability')
@Check('capability_kind_check', oneOf('kind', CAPABILITY_KINDS))
@Check('capability_status_check', oneOf('status', CAPABILITY_STATUSES))
@Check('capability_visibility_check', oneOf('visibility', VISIBILITIES))
@Check('capability_licensing_status_check', oneOf('licensing_status', LICENSING_STATUSES, true))
@Check('capability_trl_check', `"trl" IS NULL OR "trl" BETWEEN 1 AND 9`)
@Index('capability_technology_areas_idx', { synchronize: false })
@Index('capability_sectors_idx', { synchronize: false })
// A bulk import's key: re-importing a file updates the listing with the same reference.
@Index('capability_external_reference_key', ['organizationId', 'externalReference'], {
  unique: true,
  where: '"external_reference" IS NOT NULL',
})
export class CapabilityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'capability_pkey' })
  id: string;

  @Index('capability_organization_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'capability_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'capability_created_by_fk' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  kind: CapabilityKind;

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status: CapabilityStatus;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologyAreas: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'smallint', nullable: true })
  trl: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  availability: string | null;

  @Column({ type: 'varchar', length: 8, default: 'PUBLIC' })
  visibility: Visibility;

  // Kind-specific fields: equipment and facilities, then IP.
  @Column({ type: 'varchar', length: 200, nullable: true })
  model: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  bookingTerms: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  patentNumber: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  licensingStatus: LicensingStatus | null;

  @Column(timestamptz({ nullable: true }))
  publishedAt: Date | null;

  @Column(timestamptz({ nullable: true }))
  archivedAt: Date | null;

  /** The organization's own reference for the listing (its catalogue number), set by imports. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalReference: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
