import { Injectable } from '@nestjs/common';
import { conflict, errorKey, notFound, type CallStatus } from '@spillover/domain';
import type { CallEntity } from '../call/call.entity';
import { CallService } from '../call/call.service';
import type { Actor } from '../platform/auth/actor';
import { Policy } from '../platform/policy/policy.service';
import type { ReviewAssignmentSubject } from '../platform/policy/rules';
import type { CallReviewerEntity } from './call-reviewer.entity';
import type { ReviewAssignmentEntity } from './review-assignment.entity';
import { ReviewRepository } from './review.repository';

/** How a review use case finds its call and asks the policy about it. */
@Injectable()
export class ReviewAccess {
  constructor(
    private readonly calls: CallService,
    private readonly reviews: ReviewRepository,
    private readonly policy: Policy,
  ) {}

  /** The call, for a manager of a cluster that runs or funds it; NOT_FOUND/FORBIDDEN otherwise. */
  async managedCall(actor: Actor, callId: string, field?: string): Promise<CallEntity> {
    const call = await this.calls.get(actor, callId);
    await this.policy.assert(
      actor,
      'review.manage',
      { managingClusterIds: await this.reviews.managingClusterIds(call.id) },
      field,
    );
    return call;
  }

  async canManage(actor: Actor, callId: string): Promise<boolean> {
    return this.policy.can(actor, 'review.manage', {
      managingClusterIds: await this.reviews.managingClusterIds(callId),
    });
  }

  /** A pool member of a call the actor manages. */
  async managedReviewer(
    actor: Actor,
    reviewerId: string,
    field?: string,
  ): Promise<CallReviewerEntity> {
    const reviewer = await this.reviews.reviewer(reviewerId);
    if (!reviewer || !(await this.canSeeCall(actor, reviewer.callId)))
      throw notFound('The reviewer');
    await this.managedCall(actor, reviewer.callId, field);
    return reviewer;
  }

  async assignmentSubject(assignment: ReviewAssignmentEntity): Promise<ReviewAssignmentSubject> {
    const reviewer = await this.reviews.reviewer(assignment.reviewerId);
    return {
      reviewerUserId: reviewer?.status === 'ACTIVE' ? reviewer.userId : null,
      managingClusterIds: await this.reviews.managingClusterIds(assignment.callId),
    };
  }

  /** An assignment the actor may see (its reviewer, the call's managers); NOT_FOUND otherwise. */
  async visibleAssignment(actor: Actor, id: string): Promise<ReviewAssignmentEntity> {
    const assignment = await this.reviews.assignment(id);
    if (!assignment) throw notFound('The assignment');
    await this.policy.assert(
      actor,
      'review.viewAssignment',
      await this.assignmentSubject(assignment),
    );
    return assignment;
  }

  /** An assignment the actor reviews (FORBIDDEN for its managers, NOT_FOUND for others). */
  async ownAssignment(actor: Actor, id: string): Promise<ReviewAssignmentEntity> {
    const assignment = await this.reviews.assignment(id);
    if (!assignment) throw notFound('The assignment');
    await this.policy.assert(
      actor,
      'review.actOnAssignment',
      await this.assignmentSubject(assignment),
    );
    return assignment;
  }

  callById(id: string): Promise<CallEntity> {
    return this.calls.byId(id);
  }

  private async canSeeCall(actor: Actor, callId: string): Promise<boolean> {
    try {
      await this.calls.get(actor, callId);
      return true;
    } catch {
      return false;
    }
  }
}

/** The pool may change until results are out. */
export function assertPoolOpen(status: CallStatus): void {
  if (status === 'RESULTS_PUBLISHED')
    throw conflict(
      'The call’s results are published: its review panel no longer changes.',
      errorKey('review.callFinished'),
      'callId',
    );
}

/** Reviewers score while the call is in evaluation, and only then. */
export function assertInEvaluation(status: CallStatus, field = 'assignmentId'): void {
  if (status !== 'IN_EVALUATION')
    throw conflict(
      `The call is ${status}: reviews are written while it is IN_EVALUATION.`,
      errorKey('review.notInEvaluation'),
      field,
      { status },
    );
}
