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
  MATCH_DISMISS_REASONS,
  MATCH_SIDES,
  type MatchDismissReason,
  type MatchSide,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CapabilityEntity } from '../capability/capability.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CreatedAt, oneOf } from '../platform/database/columns';

export const MATCH_FEEDBACK_ACTIONS = ['BOOKMARK', 'DISMISS'] as const;
export type MatchFeedbackAction = (typeof MATCH_FEEDBACK_ACTIONS)[number];

/**
 * What one owner said about one match: bookmarked it, or dismissed it with a reason. The
 * side says whose match list it belongs to (the need's owner judging a capability, or the
 * capability's owner judging a need); the owner organization's dismissals are what its
 * learned preferences are computed from.
 */
@Entity('match_feedback')
@Check('match_feedback_action_check', oneOf('action', MATCH_FEEDBACK_ACTIONS))
@Check('match_feedback_side_check', oneOf('side', MATCH_SIDES))
@Check(
  'match_feedback_reason_check',
  `("action" = 'DISMISS') = ("reason" IS NOT NULL) AND (${oneOf('reason', MATCH_DISMISS_REASONS, true)})`,
)
@Index('match_feedback_pair_side_key', ['needId', 'capabilityId', 'side'], { unique: true })
@Index('match_feedback_organization_idx', ['organizationId', 'side', 'action'])
export class MatchFeedbackEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'match_feedback_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => TechnologyNeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'match_feedback_need_fk' })
  need?: TechnologyNeedEntity;

  @Index('match_feedback_capability_idx')
  @Column({ type: 'uuid' })
  capabilityId: string;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capability_id', foreignKeyConstraintName: 'match_feedback_capability_fk' })
  capability?: CapabilityEntity;

  @Column({ type: 'varchar', length: 16 })
  side: MatchSide;

  /** The owner organization on that side (the need's or the capability's). */
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'match_feedback_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 8 })
  action: MatchFeedbackAction;

  @Column({ type: 'varchar', length: 16, nullable: true })
  reason: MatchDismissReason | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'match_feedback_user_fk' })
  user?: UserEntity;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
