import { Injectable } from '@nestjs/common';
import {
  DomainError,
  conflict,
  emptyReviewScores,
  errorKey,
  notFound,
  transitionCall,
  validateReviewScores,
  type ReviewScore,
} from '@spillover/domain';
import { callWords } from '../application/application-notifier';
import type { CallEntity } from '../call/call.entity';
import { CallRepository } from '../call/call.repository';
import { NotificationService } from '../notification/notification.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import { assertInEvaluation, ReviewAccess } from './review-access';
import type { ReviewAssignmentEntity } from './review-assignment.entity';
import type { ReviewEntity } from './review.entity';
import { ReviewRepository } from './review.repository';

/**
 * Reviews (평가): a reviewer scores each criterion of their own assignments, saves drafts and
 * submits; a submitted review is locked until a manager of the call reopens it.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly calls: CallRepository,
    private readonly access: ReviewAccess,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** The signed-in reviewer's own assignments, in every call. */
  async mine(actor: Actor): Promise<ReviewAssignmentEntity[]> {
    const facts = await this.policy.signedIn(actor);
    return this.reviews.assignmentsOfUser(facts.userId);
  }

  assignment(actor: Actor, id: string): Promise<ReviewAssignmentEntity> {
    return this.access.visibleAssignment(actor, id);
  }

  /**
   * The application's content, for its reviewer once they declared no conflict (CONFLICT
   * before), and for the call's managers.
   */
  async assertContentVisible(actor: Actor, assignment: ReviewAssignmentEntity): Promise<void> {
    const subject = await this.access.assignmentSubject(assignment);
    if (await this.policy.can(actor, 'review.manage', subject)) return;
    await this.policy.assert(actor, 'review.actOnAssignment', subject);
    if (assignment.status !== 'NO_CONFLICT_DECLARED')
      throw conflict(
        'Declare that you have no conflict of interest with this application before reading it.',
        errorKey('review.declareFirst'),
        'assignmentId',
      );
  }

  /** The review of an assignment: its reviewer and the call's managers only. */
  async reviewOf(actor: Actor, assignment: ReviewAssignmentEntity): Promise<ReviewEntity | null> {
    await this.access.visibleAssignment(actor, assignment.id);
    return this.reviews.reviewOf(assignment.id);
  }

  async save(
    actor: Actor,
    assignmentId: string,
    scores: ReviewScore[],
    submit: boolean,
  ): Promise<ReviewEntity> {
    const visible = await this.access.ownAssignment(actor, assignmentId);
    const call = await this.access.callById(visible.callId);
    assertInEvaluation(call.status);
    const criteria = call.criteria ?? [];
    const problems = validateReviewScores(criteria, scores, { submitting: submit });
    const first = problems[0];
    if (first)
      throw new DomainError('BAD_USER_INPUT', first.message, {
        field: first.field,
        key: first.key,
        ...(first.params ? { params: first.params } : {}),
        problems: problems.map((p) => ({ field: p.field, message: p.message, issue: 'custom' })),
      });
    return this.transactions.run(async () => {
      const assignment = await this.reviews.assignmentForUpdate(assignmentId);
      if (!assignment || assignment.status !== 'NO_CONFLICT_DECLARED')
        throw conflict(
          'Declare that you have no conflict of interest with this application before scoring it.',
          errorKey('review.declareFirst'),
          'assignmentId',
        );
      const existing = await this.reviews.reviewForUpdate(assignmentId);
      if (existing?.status === 'SUBMITTED')
        throw conflict(
          'This review is submitted and locked; the call’s managers may reopen it.',
          errorKey('review.locked'),
          'assignmentId',
        );
      const now = new Date();
      const saved = await this.reviews.saveReview({
        ...(existing ?? { assignmentId, reopenedCount: 0 }),
        scores: scores.map((s) => ({ score: s.score ?? null, comment: s.comment })),
        status: submit ? 'SUBMITTED' : 'DRAFT',
        submittedAt: submit ? now : null,
      });
      if (submit)
        await this.audit.record(actor, {
          action: 'review.submitted',
          objectType: 'Review',
          objectId: saved.id,
          clusterId: call.clusterId,
          after: { assignmentId, applicationId: assignment.applicationId, scores: saved.scores },
        });
      return saved;
    });
  }

  /** A manager unlocks a submitted review for its reviewer to change (audited, counted). */
  async reopen(actor: Actor, assignmentId: string, reason: string): Promise<ReviewEntity> {
    const visible = await this.access.visibleAssignment(actor, assignmentId);
    const call = await this.access.managedCall(actor, visible.callId, 'assignmentId');
    assertInEvaluation(call.status);
    return this.transactions.run(async () => {
      await this.reviews.assignmentForUpdate(assignmentId);
      const review = await this.reviews.reviewForUpdate(assignmentId);
      if (review?.status !== 'SUBMITTED')
        throw conflict(
          'Only a submitted review can be reopened.',
          errorKey('review.notSubmitted'),
          'assignmentId',
        );
      const saved = await this.reviews.saveReview({
        ...review,
        status: 'DRAFT',
        submittedAt: null,
        reopenedCount: review.reopenedCount + 1,
      });
      await this.audit.record(actor, {
        action: 'review.reopened',
        objectType: 'Review',
        objectId: review.id,
        clusterId: call.clusterId,
        before: { status: 'SUBMITTED', reopenedCount: review.reopenedCount },
        after: { status: 'DRAFT', reopenedCount: saved.reopenedCount, reason },
      });
      await this.notifyReopened(call, visible, saved);
      return saved;
    });
  }

  /** CLOSED → IN_EVALUATION once every submission's eligibility is decided. */
  async startEvaluation(actor: Actor, callId: string): Promise<CallEntity> {
    const visible = await this.access.managedCall(actor, callId);
    await this.policy.assert(actor, 'call.manage', { clusterId: visible.clusterId });
    return this.transactions.run(async () => {
      const call = await this.calls.findForUpdate(callId);
      if (!call) throw notFound('The call');
      const status = transitionCall(call.status, 'startEvaluation', {
        ...call,
        by: 'MANAGER',
        now: new Date(),
      });
      if ((await this.reviews.countSubmitted(callId)) > 0)
        throw conflict(
          'Some applications still wait for their eligibility decision; start the evaluation once they are decided.',
          errorKey('review.eligibilityPending'),
          'callId',
        );
      const saved = await this.calls.save({ ...call, status });
      const underReview = await this.reviews.markUnderReview(callId);
      await this.audit.record(actor, {
        action: 'call.evaluationStarted',
        objectType: 'Call',
        objectId: callId,
        clusterId: call.clusterId,
        before: { status: call.status },
        after: { status, applicationsUnderReview: underReview.length },
      });
      return saved;
    });
  }

  /** An empty review for the form: one open entry per criterion. */
  emptyScores(call: CallEntity): ReviewScore[] {
    return emptyReviewScores(call.criteria ?? []);
  }

  private async notifyReopened(
    call: CallEntity,
    assignment: ReviewAssignmentEntity,
    review: ReviewEntity,
  ): Promise<void> {
    const reviewer = await this.reviews.reviewer(assignment.reviewerId);
    const application = (await this.reviews.applicationTopics(call.id)).find(
      (a) => a.id === assignment.applicationId,
    );
    if (!reviewer?.userId) return;
    await this.notifications.notify(
      {
        type: 'review.reopened',
        recipients: { userIds: [reviewer.userId] },
        subject: null,
        params: { ...callWords(call), application: application?.title ?? '' },
        path: `/reviews/${assignment.id}`,
      },
      `${review.id}:${review.reopenedCount}`,
    );
  }
}
