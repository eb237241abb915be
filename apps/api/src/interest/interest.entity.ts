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
  LISTING_KINDS,
  INTEREST_STATUSES,
  type ListingKind,
  type InterestStatus,
  type MatchReason,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CapabilityEntity } from '../capability/capability.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf, timestamptz } from '../platform/database/columns';

const HOLDING = `"status" IN ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`;

/**
 * An expression of interest (관심표명): the sender organization answers a need or a
 * capability. The listing's owner is copied here (`owner_organization_id`) because both
 * parties' lists and every permission check start from the two organizations.
 *
 * One holding interest (SUBMITTED, SHORTLISTED or ACCEPTED) per sender and item is held by
 * the partial unique indexes, not by a count before the insert: the loser of a race gets
 * CONFLICT from the index.
 */
@Entity('interest')
@Check('interest_status_check', oneOf('status', INTEREST_STATUSES))
@Check('interest_listing_kind_check', oneOf('listing_kind', LISTING_KINDS))
@Check(
  'interest_listing_check',
  `("listing_kind" = 'NEED' AND "need_id" IS NOT NULL AND "capability_id" IS NULL) OR ("listing_kind" = 'CAPABILITY' AND "capability_id" IS NOT NULL AND "need_id" IS NULL)`,
)
@Check('interest_not_own_check', `"sender_organization_id" <> "owner_organization_id"`)
@Check('interest_declined_check', `("status" = 'DECLINED') = ("decline_reason" IS NOT NULL)`)
@Check('interest_match_score_check', `"match_score" IS NULL OR "match_score" BETWEEN 0 AND 1`)
@Index('interest_one_holding_need_idx', ['senderOrganizationId', 'needId'], {
  unique: true,
  where: `"need_id" IS NOT NULL AND ${HOLDING}`,
})
@Index('interest_one_holding_capability_idx', ['senderOrganizationId', 'capabilityId'], {
  unique: true,
  where: `"capability_id" IS NOT NULL AND ${HOLDING}`,
})
// The owner's board of one listing and the sender's own list, newest first.
@Index('interest_need_created_idx', ['needId', 'createdAt'])
@Index('interest_capability_created_idx', ['capabilityId', 'createdAt'])
@Index('interest_sender_created_idx', ['senderOrganizationId', 'createdAt'])
@Index('interest_owner_idx', ['ownerOrganizationId'])
export class InterestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'interest_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  listingKind: ListingKind;

  @Column({ type: 'uuid', nullable: true })
  needId: string | null;

  @ManyToOne(() => TechnologyNeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'interest_need_fk' })
  need?: TechnologyNeedEntity;

  @Column({ type: 'uuid', nullable: true })
  capabilityId: string | null;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capability_id', foreignKeyConstraintName: 'interest_capability_fk' })
  capability?: CapabilityEntity;

  @Column({ type: 'uuid' })
  ownerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'owner_organization_id',
    foreignKeyConstraintName: 'interest_owner_organization_fk',
  })
  ownerOrganization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  senderOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'sender_organization_id',
    foreignKeyConstraintName: 'interest_sender_organization_fk',
  })
  senderOrganization?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'interest_created_by_fk' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 12, default: 'SUBMITTED' })
  status: InterestStatus;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text' })
  proposedApproach: string;

  /** The owner's reason, which the sender reads; set exactly when DECLINED. */
  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  /** Sent from a match card: the match's score then, for sorting the owner's board. */
  @Column({ type: 'real', nullable: true })
  matchScore: number | null;

  /** The match's reasons as data (rendered in the reader's language); empty when not from a match. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  matchReasons: MatchReason[];

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** When the owner accepted or declined it, or the sender withdrew it. */
  @Column(timestamptz({ nullable: true }))
  decidedAt: Date | null;
}
