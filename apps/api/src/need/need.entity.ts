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
  COLLABORATION_TYPES,
  NEED_CLOSE_REASONS,
  NEED_STATUSES,
  VISIBILITIES,
  type CollaborationType,
  type NeedCloseReason,
  type NeedStatus,
  type Visibility,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';
import { bigintAsNumber } from '../platform/database/transformers';

/** A technology need (기술수요) posted by an organization. */
@Entity('technology_need')
@Check('technology_need_status_check', oneOf('status', NEED_STATUSES))
@Check('technology_need_close_reason_check', oneOf('close_reason', NEED_CLOSE_REASONS, true))
@Check('technology_need_visibility_check', oneOf('visibility', VISIBILITIES))
@Check(
  'technology_need_trl_check',
  `("current_trl" IS NULL OR "current_trl" BETWEEN 1 AND 9) AND ("target_trl" IS NULL OR "target_trl" BETWEEN 1 AND 9) AND ("current_trl" IS NULL OR "target_trl" IS NULL OR "target_trl" >= "current_trl")`,
)
@Check(
  'technology_need_budget_check',
  `("budget_min" IS NULL OR "budget_min" >= 0) AND ("budget_max" IS NULL OR "budget_max" >= 0) AND ("budget_min" IS NULL OR "budget_max" IS NULL OR "budget_min" <= "budget_max")`,
)
@Check('technology_need_closed_check', `("status" = 'CLOSED') = ("close_reason" IS NOT NULL)`)
@Check(
  'technology_need_collaboration_types_check',
  `"collaboration_types" <@ ARRAY[${COLLABORATION_TYPES.map((t) => `'${t}'`).join(', ')}]::text[]`,
)
// The expiry job looks for OPEN needs by deadline.
@Index('technology_need_open_deadline_idx', ['responseDeadline'], { where: `"status" = 'OPEN'` })
@Index('technology_need_technology_areas_idx', { synchronize: false })
@Index('technology_need_sectors_idx', { synchronize: false })
// A bulk import's key: re-importing a file updates the listing with the same reference.
@Index('technology_need_external_reference_key', ['organizationId', 'externalReference'], {
  unique: true,
  where: '"external_reference" IS NOT NULL',
})
export class TechnologyNeedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'technology_need_pkey' })
  id: string;

  @Index('technology_need_organization_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'technology_need_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'technology_need_created_by_fk' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 8, default: 'DRAFT' })
  status: NeedStatus;

  @Column({ type: 'varchar', length: 12, nullable: true })
  closeReason: NeedCloseReason | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  publicSummary: string;

  @Column({ type: 'text', default: '' })
  confidentialDetails: string;

  @Column({ type: 'text', default: '' })
  desiredOutcome: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologyAreas: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'smallint', nullable: true })
  currentTrl: number | null;

  @Column({ type: 'smallint', nullable: true })
  targetTrl: number | null;

  /** In the currency's minor units (won, cents). */
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  budgetMin: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  budgetMax: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column(timestamptz({ nullable: true }))
  responseDeadline: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  collaborationTypes: CollaborationType[];

  /** The owner welcomes partners from abroad: matching ranks them near domestic ones. */
  @Column({ type: 'boolean', default: false })
  internationalPartnersWelcome: boolean;

  @Column({ type: 'varchar', length: 8, default: 'PUBLIC' })
  visibility: Visibility;

  /** NDA terms other organizations accept before they see the confidential details. */
  @Column({ type: 'text', nullable: true })
  ndaText: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  ndaVersion: string | null;

  @Column(timestamptz({ nullable: true }))
  publishedAt: Date | null;

  @Column(timestamptz({ nullable: true }))
  closedAt: Date | null;

  /** The organization's own reference for the listing (its catalogue number), set by imports. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalReference: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
