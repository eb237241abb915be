import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { ReviewAccess } from './review-access';
import {
  toCallReviewerObject,
  toReviewAssignmentObject,
  type ReviewProgressObject,
} from './review.object';
import { ReviewRepository } from './review.repository';

/** What the call's managers follow: each reviewer's and each application's progress. */
@Injectable()
export class ReviewProgressService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly access: ReviewAccess,
  ) {}

  async progress(actor: Actor, callId: string): Promise<ReviewProgressObject> {
    const call = await this.access.managedCall(actor, callId);
    const [rows, pool, applications, open] = await Promise.all([
      this.reviews.progress(callId),
      this.reviews.pool(callId),
      this.reviews.applicationTopics(callId),
      this.reviews.openAssignments(callId),
    ]);
    const reviewers = pool
      .filter((r) => r.status !== 'REMOVED' && r.status !== 'DECLINED')
      .map((reviewer) => {
        const mine = rows.filter((row) => row.reviewerId === reviewer.id);
        const seated = mine.filter((row) => row.status !== 'CONFLICT_DECLARED');
        return {
          reviewer: toCallReviewerObject(reviewer),
          assigned: seated.length,
          awaitingDeclaration: mine.filter((row) => row.status === 'ASSIGNED').length,
          conflicts: mine.length - seated.length,
          drafts: seated.filter((row) => row.reviewStatus === 'DRAFT').length,
          submitted: seated.filter((row) => row.reviewStatus === 'SUBMITTED').length,
        };
      });
    const perApplication = applications.map((application) => {
      const mine = rows.filter((row) => row.applicationId === application.id);
      const seated = mine.filter((row) => row.status !== 'CONFLICT_DECLARED');
      return {
        applicationId: application.id,
        title: application.title,
        needed: call.reviewersPerApplication ?? 0,
        assigned: seated.length,
        submitted: seated.filter((row) => row.reviewStatus === 'SUBMITTED').length,
        conflicts: mine.length - seated.length,
      };
    });
    const seatedAssignments = open.filter((a) => a.status !== 'CONFLICT_DECLARED');
    return {
      reviewers,
      applications: perApplication,
      assignments: open.map(toReviewAssignmentObject),
      totalAffinity: seatedAssignments.reduce((sum, a) => sum + a.affinity, 0),
    };
  }
}
