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
  APPLICATION_STATUSES,
  AWARD_STATUSES,
  type ApplicationStatus,
  type AwardStatus,
  type CriterionScore,
  type EligibilityFailure,
  type WhyNotFunded,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CallEntity } from '../call/call.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';
import { bigintAsNumber } from '../platform/database/transformers';

/** An application (신청) of a lead organization to a call; partners are in application_partner. */
@Entity('application')
@Check('application_status_check', oneOf('status', APPLICATION_STATUSES))
@Check(
  'application_amounts_check',
  `"lead_requested_budget" >= 0 AND "lead_own_contribution" >= 0 AND ("duration_months" IS NULL OR "duration_months" BETWEEN 1 AND 60)`,
)
@Check('application_award_status_check', oneOf('award_status', AWARD_STATUSES, true))
@Check('application_award_check', `("award_status" IS NULL) = ("rank" IS NULL)`)
// One award per call: a second publication of the same ranks is refused by this index.
@Index('application_call_rank_key', ['callId', 'rank'], {
  unique: true,
  where: `"rank" IS NOT NULL`,
})
// The eligibility job finds SUBMITTED applications of closed calls by call.
@Index('application_call_status_idx', ['callId', 'status'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'application_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'application_call_fk' })
  call?: CallEntity;

  @Index('application_lead_idx')
  @Column({ type: 'uuid' })
  leadOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'lead_organization_id',
    foreignKeyConstraintName: 'application_lead_organization_fk',
  })
  leadOrganization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  abstract: string;

  @Column({ type: 'text', default: '' })
  workPlanSummary: string;

  @Column({ type: 'smallint', nullable: true })
  durationMonths: number | null;

  /** Minor units of the call's currency. */
  @Column({ type: 'bigint', default: 0, transformer: bigintAsNumber })
  leadRequestedBudget: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintAsNumber })
  leadOwnContribution: number;

  /** Needs of the lead the consortium answers (shown only to those who may see each need). */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  linkedNeedIds: string[];

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  linkedCollaborationIds: string[];

  /** The eligibility function's answer at close (or at submission); empty when eligible. */
  @Column({ type: 'jsonb', nullable: true })
  failedRules: EligibilityFailure[] | null;

  @Column({ type: 'text', nullable: true })
  overrideReason: string | null;

  @Column(timestamptz({ nullable: true }))
  submittedAt: Date | null;

  @Column(timestamptz({ nullable: true }))
  decidedAt: Date | null;

  /** The published award (선정 / 예비 / 미선정); null until the call's results are published. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  awardStatus: AwardStatus | null;

  /** Its place in the published ranking, 1-based. */
  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  /** 0–100, as the ranking computed it at publication. */
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  /** Funded with less than requested (PARTIAL rule). */
  @Column({ type: 'boolean', default: false })
  awardPartial: boolean;

  /** Per-criterion means and weighted scores at publication (the domain's CriterionScore[]). */
  @Column({ type: 'jsonb', nullable: true })
  awardCriteria: CriterionScore[] | null;

  /** Why it is not (fully) funded, machine-readable (the domain's WhyNotFunded[]). */
  @Column({ type: 'jsonb', nullable: true })
  awardReasons: WhyNotFunded[] | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'application_created_by_fk' })
  createdBy?: UserEntity;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
