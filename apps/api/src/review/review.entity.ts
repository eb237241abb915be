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
import { REVIEW_STATUSES, type ReviewScore, type ReviewStatus } from '@spillover/domain';
import { oneOf, timestamptz } from '../platform/database/columns';
import { ReviewAssignmentEntity } from './review-assignment.entity';

/**
 * A reviewer's scores (평가) for one assignment: `scores[i]` answers the call's criterion i
 * (criteria are frozen once the call opens). SUBMITTED is locked until a manager reopens it.
 */
@Entity('review')
@Check('review_status_check', oneOf('status', REVIEW_STATUSES))
@Check('review_submitted_check', `("status" = 'SUBMITTED') = ("submitted_at" IS NOT NULL)`)
@Check('review_reopened_count_check', `"reopened_count" >= 0`)
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_pkey' })
  id: string;

  @Index('review_assignment_key', { unique: true })
  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => ReviewAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assignment_id',
    foreignKeyConstraintName: 'review_assignment_id_fk',
  })
  assignment?: ReviewAssignmentEntity;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  scores: ReviewScore[];

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: ReviewStatus;

  @Column(timestamptz({ nullable: true }))
  submittedAt: Date | null;

  @Column({ type: 'smallint', default: 0 })
  reopenedCount: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
