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
  CALL_REVIEWER_STATUSES,
  type CallReviewerStatus,
  type ReviewerExpertise,
} from '@spillover/domain';
import { UserEntity } from '../account/user.entity';
import { CallEntity } from '../call/call.entity';
import { CreatedAt, oneOf } from '../platform/database/columns';

/**
 * A member of a call's review pool (평가위원). An expert invited by e-mail has no user until
 * they register, verify the address and accept. The address is stored lower-case, so the
 * unique (call_id, email) index is the case-insensitive one.
 */
@Entity('call_reviewer')
@Check('call_reviewer_status_check', oneOf('status', CALL_REVIEWER_STATUSES))
@Check('call_reviewer_max_load_check', `"max_load" >= 1`)
@Check('call_reviewer_email_lowercase_check', `"email" = lower("email")`)
@Index('call_reviewer_call_user_key', ['callId', 'userId'], { unique: true })
@Index('call_reviewer_call_email_key', ['callId', 'email'], { unique: true })
export class CallReviewerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_reviewer_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_reviewer_call_fk' })
  call?: CallEntity;

  /** "My reviews" reads a user's pool seats. */
  @Index('call_reviewer_user_idx')
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'call_reviewer_user_fk' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'jsonb' })
  expertise: ReviewerExpertise;

  @Column({ type: 'smallint' })
  maxLoad: number;

  @Column({ type: 'varchar', length: 20, default: 'INVITED' })
  status: CallReviewerStatus;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'call_reviewer_invited_by_fk' })
  invitedBy?: UserEntity;

  @CreatedAt()
  createdAt: Date;
}
