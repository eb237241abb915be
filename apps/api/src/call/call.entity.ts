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
  BUDGET_RULES,
  CALL_STATUSES,
  FUNDING_MODES,
  type BudgetRule,
  type CallStatus,
  type ConflictRules,
  type EligibilityRules,
  type EvaluationCriterion,
  type FundingMode,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { ClusterEntity } from '../cluster/cluster.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';
import { bigintAsNumber } from '../platform/database/transformers';

/** A consortium call (공모) run by a cluster; its funders are in call_funder. */
@Entity('call')
@Check('call_status_check', oneOf('status', CALL_STATUSES))
@Check('call_funding_mode_check', oneOf('funding_mode', FUNDING_MODES, true))
@Check('call_window_check', `"opens_at" IS NULL OR "closes_at" IS NULL OR "closes_at" > "opens_at"`)
@Check(
  'call_amounts_check',
  `("max_grant_per_project" IS NULL OR "max_grant_per_project" >= 0) AND ("max_funding_rate" IS NULL OR "max_funding_rate" BETWEEN 1 AND 100) AND ("threshold" IS NULL OR "threshold" BETWEEN 0 AND 100) AND ("reviewers_per_application" IS NULL OR "reviewers_per_application" BETWEEN 1 AND 10)`,
)
@Check('call_conflict_lookback_check', `"conflict_lookback_years" BETWEEN 0 AND 20`)
@Check('call_budget_rule_check', oneOf('budget_rule', BUDGET_RULES))
@Check('call_redress_days_check', `"redress_days" BETWEEN 0 AND 90`)
// Past its draft a call has everything opening asked for: the deadline job and the list rely on it.
@Check(
  'call_open_complete_check',
  `"status" = 'DRAFT' OR ("opens_at" IS NOT NULL AND "closes_at" IS NOT NULL AND "time_zone" IS NOT NULL AND "currency" IS NOT NULL AND "funding_mode" IS NOT NULL AND "opened_at" IS NOT NULL)`,
)
// The closing job looks for OPEN calls by deadline.
@Index('call_open_closes_at_idx', ['closesAt'], { where: `"status" = 'OPEN'` })
export class CallEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_pkey' })
  id: string;

  /** The cluster that runs the call; its managers set it up. */
  @Index('call_cluster_idx')
  @Column({ type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'call_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'call_created_by_fk' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: CallStatus;

  @Column({ type: 'varchar', length: 200 })
  programmeName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  titleKo: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionKo: string | null;

  /** IANA zone the call's times are stated in (Asia/Seoul); instants are stored at UTC. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  @Column(timestamptz({ nullable: true }))
  opensAt: Date | null;

  @Column(timestamptz({ nullable: true }))
  closesAt: Date | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  /** Minor units of the call's currency. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  maxGrantPerProject: number | null;

  /** Percent. */
  @Column({ type: 'smallint', nullable: true })
  maxFundingRate: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fundingMode: FundingMode | null;

  /** The domain's EligibilityRules, as parsed by its schema (never read without it). */
  @Column({ type: 'jsonb', nullable: true })
  eligibility: EligibilityRules | null;

  @Column({ type: 'jsonb', nullable: true })
  criteria: EvaluationCriterion[] | null;

  @Column({ type: 'smallint', nullable: true })
  threshold: number | null;

  @Column({ type: 'smallint', nullable: true })
  reviewersPerApplication: number | null;

  /** Which conflict-of-interest rules the call applies (the domain's ConflictRules; missing rules are on). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  conflictRules: Partial<ConflictRules>;

  /** How many years back collaborations, interests, NDAs and consortia count as conflicts. */
  @Column({ type: 'smallint', default: 3 })
  conflictLookbackYears: number;

  @Column(timestamptz({ nullable: true }))
  openedAt: Date | null;

  @Column(timestamptz({ nullable: true }))
  closedAt: Date | null;

  /** What the award does with a project that does not fit the remaining budget (the domain's BudgetRule). */
  @Column({ type: 'varchar', length: 10, default: 'STOP' })
  budgetRule: BudgetRule;

  /** Days after publication during which applicants may request redress. */
  @Column({ type: 'smallint', default: 14 })
  redressDays: number;

  /** When the award was published (status RESULTS_PUBLISHED); the redress window counts from it. */
  @Column(timestamptz({ nullable: true }))
  resultsPublishedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
