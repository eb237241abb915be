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
  ASSIGNED_BY,
  REVIEW_ASSIGNMENT_STATUSES,
  type AssignedBy,
  type ReviewAssignmentStatus,
} from '@spillover/domain';
import { ApplicationEntity } from '../application/application.entity';
import { CallEntity } from '../call/call.entity';
import { CreatedAt, oneOf } from '../platform/database/columns';
import { CallReviewerEntity } from './call-reviewer.entity';

/**
 * A reviewer assigned to an application. REMOVED rows stay for the record; every other status
 * holds the seat, so one reviewer holds at most one open seat per application (a declared
 * conflict keeps its seat: the reviewer is never assigned to that application again).
 */
@Entity('review_assignment')
@Check('review_assignment_status_check', oneOf('status', REVIEW_ASSIGNMENT_STATUSES))
@Check('review_assignment_assigned_by_check', oneOf('assigned_by', ASSIGNED_BY))
@Index('review_assignment_open_key', ['applicationId', 'reviewerId'], {
  unique: true,
  where: `"status" <> 'REMOVED'`,
})
// Progress tables and the solver's reruns read a call's assignments.
@Index('review_assignment_call_idx', ['callId', 'status'])
export class ReviewAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_assignment_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'review_assignment_call_fk' })
  call?: CallEntity;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'review_assignment_application_fk',
  })
  application?: ApplicationEntity;

  /** A reviewer's list of assignments reads by reviewer. */
  @Index('review_assignment_reviewer_idx')
  @Column({ type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => CallReviewerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'review_assignment_reviewer_fk' })
  reviewer?: CallReviewerEntity;

  /** The reviewer–application affinity in [0, 1] when assigned (0 for a manual choice without one). */
  @Column({ type: 'real', default: 0 })
  affinity: number;

  @Column({ type: 'varchar', length: 24, default: 'ASSIGNED' })
  status: ReviewAssignmentStatus;

  @Column({ type: 'varchar', length: 10 })
  assignedBy: AssignedBy;

  @CreatedAt()
  createdAt: Date;
}
