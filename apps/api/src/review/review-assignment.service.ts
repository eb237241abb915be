import { Injectable } from '@nestjs/common';
import {
  ACTIVE_ASSIGNMENT_STATUSES,
  conflict,
  conflictPairKey,
  errorKey,
  matchTerms,
  notFound,
  reviewerAffinity,
  type ApplicationTopic,
  type AssignmentCandidate,
  type AssignmentProblem,
  type AssignmentShortfall,
  type ConflictEvidence,
  type MatchTerms,
} from '@spillover/domain';
import { callWords } from '../application/application-notifier';
import type { CallEntity } from '../call/call.entity';
import { CallRepository } from '../call/call.repository';
import { NotificationService } from '../notification/notification.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { solveAssignment } from './assignment-solver';
import type { CallReviewerEntity } from './call-reviewer.entity';
import { ReviewAccess } from './review-access';
import type { ReviewAssignmentEntity } from './review-assignment.entity';
import { ReviewConflictService } from './review-conflict.service';
import { ReviewRepository, type ApplicationTopicRow } from './review.repository';

export interface AssignmentRun {
  feasible: boolean;
  assigned: number;
  totalAffinity: number;
  shortfalls: AssignmentShortfall[];
}

const isActive = (a: ReviewAssignmentEntity) =>
  (ACTIVE_ASSIGNMENT_STATUSES as readonly string[]).includes(a.status);

/** Everything the solver and a manual reassignment need to know about one call, read once. */
interface AssignmentState {
  call: CallEntity;
  seatsPerApplication: number;
  applications: ApplicationTopicRow[];
  reviewers: CallReviewerEntity[];
  open: ReviewAssignmentEntity[];
  conflicts: Map<string, ConflictEvidence[]>;
  affinity: (reviewer: CallReviewerEntity, application: ApplicationTopicRow) => number;
}

/**
 * Who reviews what: the optimal assignment (HiGHS), manual reassignment, and a reviewer's
 * declared conflict, which hands the seat to the best conflict-free reviewer with room.
 * Every change runs under the call's row lock and its pool's, so two runs never overfill.
 */
@Injectable()
export class ReviewAssignmentService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly calls: CallRepository,
    private readonly access: ReviewAccess,
    private readonly conflicts: ReviewConflictService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async run(actor: Actor, callId: string): Promise<AssignmentRun> {
    const visible = await this.access.managedCall(actor, callId);
    assertAssignable(visible);
    return this.transactions.run(async () => {
      const state = await this.lockedState(callId);
      const problem = this.problem(state);
      const outcome = await solveAssignment(problem);
      if (!outcome.feasible)
        return { feasible: false, assigned: 0, totalAffinity: 0, shortfalls: outcome.shortfalls };
      const created = await this.reviews.insertAssignments(
        outcome.pairs.map((p) => ({
          callId,
          applicationId: p.applicationId,
          reviewerId: p.reviewerId,
          affinity: p.affinity,
          status: 'ASSIGNED' as const,
          assignedBy: 'SOLVER' as const,
        })),
      );
      await this.audit.record(actor, {
        action: 'review.assignmentRun',
        objectType: 'Call',
        objectId: callId,
        clusterId: state.call.clusterId,
        after: { assigned: created.length, totalAffinity: round(outcome.totalAffinity) },
      });
      await this.notifyAssigned(state, created);
      return {
        feasible: true,
        assigned: created.length,
        totalAffinity: outcome.totalAffinity,
        shortfalls: [],
      };
    });
  }

  /** A manager moves one seat to another reviewer; a conflict is refused with its reason. */
  async reassign(
    actor: Actor,
    assignmentId: string,
    reviewerId: string,
  ): Promise<ReviewAssignmentEntity> {
    const visible = await this.reviews.assignment(assignmentId);
    if (!visible) throw notFound('The assignment');
    await this.access.visibleAssignment(actor, assignmentId);
    const call = await this.access.managedCall(actor, visible.callId, 'assignmentId');
    assertAssignable(call);
    return this.transactions.run(async () => {
      const state = await this.lockedState(call.id);
      const current = await this.reviews.assignmentForUpdate(assignmentId);
      if (!current || current.status === 'REMOVED')
        throw conflict(
          'This assignment was already moved; reload to see the current one.',
          errorKey('review.assignmentGone'),
          'assignmentId',
        );
      if ((await this.reviews.reviewOf(current.id))?.status === 'SUBMITTED')
        throw conflict(
          'This review is submitted: reopen it rather than reassigning it.',
          errorKey('review.alreadySubmitted'),
          'assignmentId',
        );
      const target = state.reviewers.find((r) => r.id === reviewerId);
      if (!target) throw notFound('The reviewer');
      const application = state.applications.find((a) => a.id === current.applicationId);
      if (!application)
        throw conflict(
          'This application is no longer under review.',
          errorKey('review.applicationNotReviewable'),
          'assignmentId',
        );
      this.assertCanTake(state, target, application.id);
      await this.reviews.setAssignmentStatus(current.id, 'REMOVED');
      const [created] = await this.reviews.insertAssignments([
        {
          callId: call.id,
          applicationId: application.id,
          reviewerId: target.id,
          affinity: state.affinity(target, application),
          status: 'ASSIGNED',
          assignedBy: 'MANAGER',
        },
      ]);
      if (!created) throw new Error('assignment not inserted');
      await this.audit.record(actor, {
        action: 'review.reassigned',
        objectType: 'ReviewAssignment',
        objectId: created.id,
        clusterId: call.clusterId,
        before: { assignmentId: current.id, reviewerId: current.reviewerId },
        after: { assignmentId: created.id, reviewerId: target.id, applicationId: application.id },
      });
      await this.notifyAssigned(state, [created]);
      return created;
    });
  }

  /** The reviewer may see the application's content from now on. */
  async declareNoConflict(actor: Actor, assignmentId: string): Promise<ReviewAssignmentEntity> {
    const visible = await this.access.ownAssignment(actor, assignmentId);
    const call = await this.access.callById(visible.callId);
    return this.transactions.run(async () => {
      const assignment = await this.reviews.assignmentForUpdate(assignmentId);
      if (!assignment || assignment.status !== 'ASSIGNED')
        throw conflict(
          `This assignment is ${assignment?.status ?? 'gone'}: a declaration is made once, on an assignment waiting for it.`,
          errorKey('review.alreadyDeclared'),
          'assignmentId',
          { status: assignment?.status ?? 'REMOVED' },
        );
      await this.reviews.setAssignmentStatus(assignmentId, 'NO_CONFLICT_DECLARED');
      await this.audit.record(actor, {
        action: 'review.noConflictDeclared',
        objectType: 'ReviewAssignment',
        objectId: assignmentId,
        clusterId: call.clusterId,
        before: { status: assignment.status },
        after: { status: 'NO_CONFLICT_DECLARED', applicationId: assignment.applicationId },
      });
      return { ...assignment, status: 'NO_CONFLICT_DECLARED' };
    });
  }

  /**
   * The reviewer declares a conflict: the seat goes to the best conflict-free reviewer with
   * room (by affinity); when nobody can take it the application waits for a manager. Audited
   * with the replacement, if any.
   */
  async declareConflict(
    actor: Actor,
    assignmentId: string,
    reason: string,
  ): Promise<ReviewAssignmentEntity> {
    const visible = await this.access.ownAssignment(actor, assignmentId);
    const call = await this.access.callById(visible.callId);
    return this.transactions.run(async () => {
      const state = await this.lockedState(call.id);
      const assignment = await this.reviews.assignmentForUpdate(assignmentId);
      if (!assignment || !isActive(assignment))
        throw conflict(
          `This assignment is ${assignment?.status ?? 'gone'}: a conflict is declared on an open assignment.`,
          errorKey('review.alreadyDeclared'),
          'assignmentId',
          { status: assignment?.status ?? 'REMOVED' },
        );
      if ((await this.reviews.reviewOf(assignment.id))?.status === 'SUBMITTED')
        throw conflict(
          'This review is submitted; ask the call’s managers to reopen it first.',
          errorKey('review.alreadySubmitted'),
          'assignmentId',
        );
      await this.reviews.setAssignmentStatus(assignment.id, 'CONFLICT_DECLARED');
      const declared = { ...assignment, status: 'CONFLICT_DECLARED' as const };
      state.open = state.open.map((a) => (a.id === assignment.id ? declared : a));
      const application = state.applications.find((a) => a.id === assignment.applicationId);
      const replacement = application ? this.bestReplacement(state, application) : null;
      let created: ReviewAssignmentEntity | undefined;
      if (replacement && application) {
        [created] = await this.reviews.insertAssignments([
          {
            callId: call.id,
            applicationId: application.id,
            reviewerId: replacement.id,
            affinity: state.affinity(replacement, application),
            status: 'ASSIGNED',
            assignedBy: 'SOLVER',
          },
        ]);
      }
      await this.audit.record(actor, {
        action: 'review.conflictDeclared',
        objectType: 'ReviewAssignment',
        objectId: assignment.id,
        clusterId: call.clusterId,
        before: { status: assignment.status },
        after: {
          status: 'CONFLICT_DECLARED',
          applicationId: assignment.applicationId,
          reason,
          reassignedTo: replacement?.id ?? null,
          replacementAssignmentId: created?.id ?? null,
        },
      });
      if (created) await this.notifyAssigned(state, [created]);
      return declared;
    });
  }

  /** Reminds every reviewer with an unfinished review of the call (inbox and e-mail). */
  async remind(actor: Actor, callId: string): Promise<number> {
    const call = await this.access.managedCall(actor, callId);
    return this.transactions.run(async () => {
      const progress = await this.reviews.progress(callId);
      const pool = new Map((await this.reviews.pool(callId)).map((r) => [r.id, r]));
      const unfinished = new Map<string, number>();
      for (const row of progress) {
        if (row.status === 'CONFLICT_DECLARED' || row.reviewStatus === 'SUBMITTED') continue;
        const userId = pool.get(row.reviewerId)?.userId;
        if (userId && pool.get(row.reviewerId)?.status === 'ACTIVE')
          unfinished.set(userId, (unfinished.get(userId) ?? 0) + 1);
      }
      const at = new Date().toISOString();
      for (const [userId, count] of unfinished)
        await this.notifications.notify(
          {
            type: 'review.reminder',
            recipients: { userIds: [userId] },
            subject: null,
            params: { ...callWords(call), count },
            path: '/reviews',
          },
          `${callId}:${userId}:${at}`,
        );
      await this.audit.record(actor, {
        action: 'review.remindersSent',
        objectType: 'Call',
        objectId: callId,
        clusterId: call.clusterId,
        after: { reviewers: unfinished.size },
      });
      return unfinished.size;
    });
  }

  private problem(state: AssignmentState): AssignmentProblem {
    const active = state.open.filter(isActive);
    const load = countBy(active, (a) => a.reviewerId);
    const seatsTaken = countBy(active, (a) => a.applicationId);
    const seated = new Set(state.open.map((a) => `${a.applicationId}:${a.reviewerId}`));
    const reviewers = state.reviewers.filter((r) => r.status === 'ACTIVE' && r.userId);
    const candidates: AssignmentCandidate[] = [];
    for (const application of state.applications)
      for (const reviewer of reviewers) {
        if (seated.has(`${application.id}:${reviewer.id}`)) continue;
        if (state.conflicts.has(conflictPairKey(reviewer.userId as string, application.id)))
          continue;
        candidates.push({
          applicationId: application.id,
          reviewerId: reviewer.id,
          affinity: state.affinity(reviewer, application),
        });
      }
    return {
      applications: state.applications
        .map((a) => ({
          id: a.id,
          seats: Math.max(0, state.seatsPerApplication - (seatsTaken.get(a.id) ?? 0)),
        }))
        .filter((a) => a.seats > 0),
      reviewers: reviewers.map((r) => ({
        id: r.id,
        capacity: Math.max(0, r.maxLoad - (load.get(r.id) ?? 0)),
      })),
      candidates,
    };
  }

  /** Refuses a reviewer who may not take this application, saying why. */
  private assertCanTake(
    state: AssignmentState,
    reviewer: CallReviewerEntity,
    applicationId: string,
  ): void {
    if (reviewer.status !== 'ACTIVE' || !reviewer.userId)
      throw conflict(
        'This reviewer has not joined the panel (or left it).',
        errorKey('review.reviewerNotActive'),
        'reviewerId',
      );
    const evidence = state.conflicts.get(conflictPairKey(reviewer.userId, applicationId));
    if (evidence?.length) {
      const first = evidence[0] as ConflictEvidence;
      throw conflict(
        `This reviewer has a conflict of interest with the application (${first.rule}, ${first.recordKind} ${first.recordId}).`,
        errorKey('review.reviewerConflicted'),
        'reviewerId',
        { rule: first.rule, recordKind: first.recordKind, recordId: first.recordId },
      );
    }
    if (state.open.some((a) => a.applicationId === applicationId && a.reviewerId === reviewer.id))
      throw conflict(
        'This reviewer is already assigned to the application.',
        errorKey('review.alreadyAssigned'),
        'reviewerId',
      );
    const load = state.open.filter((a) => a.reviewerId === reviewer.id && isActive(a)).length;
    if (load >= reviewer.maxLoad)
      throw conflict(
        `This reviewer already has ${load} applications, their maximum.`,
        errorKey('review.reviewerFull'),
        'reviewerId',
        { maxLoad: reviewer.maxLoad },
      );
  }

  private bestReplacement(
    state: AssignmentState,
    application: ApplicationTopicRow,
  ): CallReviewerEntity | null {
    let best: { reviewer: CallReviewerEntity; affinity: number } | null = null;
    for (const reviewer of state.reviewers) {
      try {
        this.assertCanTake(state, reviewer, application.id);
      } catch {
        continue;
      }
      const affinity = state.affinity(reviewer, application);
      if (!best || affinity > best.affinity) best = { reviewer, affinity };
    }
    return best?.reviewer ?? null;
  }

  /** Locks the call, then its pool (in id order), then reads what the assignment needs. */
  private async lockedState(callId: string): Promise<AssignmentState> {
    const call = await this.calls.findForUpdate(callId);
    if (!call) throw notFound('The call');
    await this.reviews.lockPool(callId);
    // One after the other: they share the transaction's connection (pg queues concurrent
    // queries on one client, and warns that it will stop doing so).
    const applications = await this.reviews.applicationTopics(callId);
    const reviewers = await this.reviews.pool(callId);
    const open = await this.reviews.openAssignments(callId);
    const userIds = reviewers.filter((r) => r.userId).map((r) => r.userId as string);
    const conflicts = await this.conflicts.conflicts(call, userIds, new Date());
    // Terms are prepared once per application and per reviewer; pairs are not cached: a
    // run scores every conflict-free pair once (2 M at 5,000 × 400), and a map of them
    // would cost more than scoring them again for a reassignment.
    const topics = new Map<string, { topic: ApplicationTopic; terms: MatchTerms }>();
    const expertiseTerms = new Map<string, MatchTerms>();
    return {
      call,
      seatsPerApplication: call.reviewersPerApplication ?? 0,
      applications,
      reviewers,
      open,
      conflicts,
      affinity: (reviewer, application) => {
        let topic = topics.get(application.id);
        if (!topic) {
          const text = `${application.title}\n${application.abstract}`;
          topic = { topic: { ...application, text }, terms: matchTerms(text) };
          topics.set(application.id, topic);
        }
        let expertise = expertiseTerms.get(reviewer.id);
        if (!expertise) {
          expertise = matchTerms(reviewer.expertise.text);
          expertiseTerms.set(reviewer.id, expertise);
        }
        return reviewerAffinity(reviewer.expertise, topic.topic, {
          topic: topic.terms,
          expertise,
        }).total;
      },
    };
  }

  private async notifyAssigned(
    state: AssignmentState,
    created: ReviewAssignmentEntity[],
  ): Promise<void> {
    const perReviewer = countBy(created, (a) => a.reviewerId);
    for (const [reviewerId, count] of perReviewer) {
      const userId = state.reviewers.find((r) => r.id === reviewerId)?.userId;
      if (!userId) continue;
      await this.notifications.notify(
        {
          type: 'review.assigned',
          recipients: { userIds: [userId] },
          subject: null,
          params: { ...callWords(state.call), count },
          path: '/reviews',
        },
        `${state.call.id}:${created.map((a) => a.id).sort()[0]}:${reviewerId}`,
      );
    }
  }
}

function assertAssignable(call: CallEntity): void {
  if (call.status !== 'CLOSED' && call.status !== 'IN_EVALUATION')
    throw conflict(
      `The call is ${call.status}: reviewers are assigned once it is closed, until results are out.`,
      errorKey('review.notAssignable'),
      'callId',
      { status: call.status },
    );
  if (!call.reviewersPerApplication)
    throw conflict(
      'Set the number of reviewers per application first.',
      errorKey('review.noReviewersPerApplication'),
      'callId',
    );
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;
