import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  COLLABORATION_OUTCOMES,
  COLLABORATION_STATUSES,
  COLLABORATION_TYPES,
  orderedPair,
  type CollaborationOutcome,
  type CollaborationStatus,
  type CollaborationType,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CapabilityEntity } from '../capability/capability.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import { InterestEntity } from '../interest/interest.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';

/**
 * An edge of the collaboration network: two organizations worked together (a joint
 * project, a licence, a contract). Matching counts earlier collaborations between two
 * organizations; an accepted interest adds an edge here, with the need or capability it
 * answered. The pair is stored in id order so each edge has one spelling. Edges recorded
 * before the platform (demo history, imports) may have no type and no source.
 */
@Entity('collaboration')
@Check('collaboration_pair_order_check', '"organization_a_id" < "organization_b_id"')
@Check('collaboration_type_check', oneOf('collaboration_type', COLLABORATION_TYPES, true))
@Check('collaboration_status_check', oneOf('status', COLLABORATION_STATUSES))
@Check('collaboration_outcome_check', oneOf('outcome', COLLABORATION_OUTCOMES, true))
@Check(
  'collaboration_completed_check',
  `("status" = 'COMPLETED') = ("outcome" IS NOT NULL) AND ("status" = 'COMPLETED') = ("completed_at" IS NOT NULL)`,
)
@Check('collaboration_one_source_check', 'num_nonnulls("need_id", "capability_id") <= 1')
@Index('collaboration_pair_idx', ['organizationAId', 'organizationBId'])
@Index('collaboration_b_idx', ['organizationBId'])
@Index('collaboration_interest_key', ['interestId'], { unique: true })
export class CollaborationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'collaboration_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organizationAId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_a_id',
    foreignKeyConstraintName: 'collaboration_organization_a_fk',
  })
  organizationA?: OrganizationEntity;

  @Column({ type: 'uuid' })
  organizationBId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_b_id',
    foreignKeyConstraintName: 'collaboration_organization_b_fk',
  })
  organizationB?: OrganizationEntity;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** Technology areas the work was in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologyAreas: string[];

  @Column({ type: 'date' })
  startedOn: string;

  /** One of the needs' collaboration types; null for edges recorded without one. */
  @Column({ name: 'collaboration_type', type: 'varchar', length: 24, nullable: true })
  type: CollaborationType | null;

  /** The need an accepted interest answered (its title may be private: see the policy). */
  @Index('collaboration_need_idx', { where: '"need_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  needId: string | null;

  @ManyToOne(() => TechnologyNeedEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'collaboration_need_fk' })
  need?: TechnologyNeedEntity;

  /** The capability an accepted interest answered. */
  @Index('collaboration_capability_idx', { where: '"capability_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  capabilityId: string | null;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'capability_id', foreignKeyConstraintName: 'collaboration_capability_fk' })
  capability?: CapabilityEntity;

  @Column({ type: 'varchar', length: 12, default: 'ACTIVE' })
  status: CollaborationStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: CollaborationOutcome | null;

  @Column(timestamptz({ nullable: true }))
  completedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  completedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'completed_by_id',
    foreignKeyConstraintName: 'collaboration_completed_by_fk',
  })
  completedBy?: UserEntity;
  /** The accepted interest the collaboration came from; null for one recorded otherwise. */
  @Column({ type: 'uuid', nullable: true })
  interestId: string | null;

  @ManyToOne(() => InterestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interest_id', foreignKeyConstraintName: 'collaboration_interest_fk' })
  interest?: InterestEntity;

  @CreatedAt()
  createdAt: Date;
}

/** The pair in the order the table stores it. */
export const collaborationPair = orderedPair;
