import { Injectable } from '@nestjs/common';
import {
  candidateAffinity,
  conflict,
  errorKey,
  notFound,
  REVIEWER_CANDIDATES_MAX,
  type AddReviewerValues,
  type ReviewerCandidateSearch,
  type UpdateReviewerValues,
} from '@spillover/domain';
import { callWords } from '../application/application-notifier';
import { NotificationService } from '../notification/notification.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { CallReviewerEntity } from './call-reviewer.entity';
import { assertPoolOpen, ReviewAccess } from './review-access';
import { ReviewRepository, type CandidateUserRow } from './review.repository';

/** A platform user a manager may seat, ranked for the call; no e-mail address leaves here. */
export interface ReviewerCandidate {
  userId: string;
  displayName: string;
  organizationNames: string[];
  technologyAreas: string[];
  affinity: number;
  inPool: boolean;
}

// Name matches read before ranking by fit: enough that a common family name still finds the
// best-fitting few, few enough that one search stays one cheap statement.
const CANDIDATES_SCANNED = 60;

/**
 * A call's review pool (평가위원회): managers add platform users or invite experts by
 * e-mail; an invitee accepts once their account has proved it owns the invited address.
 */
@Injectable()
export class ReviewPoolService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly access: ReviewAccess,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async pool(actor: Actor, callId: string): Promise<CallReviewerEntity[]> {
    await this.access.managedCall(actor, callId);
    return this.reviews.pool(callId);
  }

  /**
   * Platform users the call's managers may add: matched by name, organization or exact
   * address; the exact address first, then by fit with the call's applications, then by name.
   */
  async candidates(
    actor: Actor,
    callId: string,
    values: ReviewerCandidateSearch,
  ): Promise<ReviewerCandidate[]> {
    await this.access.managedCall(actor, callId);
    const [rows, applications] = await Promise.all([
      this.reviews.candidateUsers(callId, values.search, CANDIDATES_SCANNED),
      this.reviews.applicationTopics(callId),
    ]);
    const topics = applications.map((a) => ({ ...a, text: `${a.title}\n${a.abstract}` }));
    const ranked = rows.map((row, order) => ({ row, order, affinity: fitOf(row, topics) }));
    ranked.sort(
      (a, b) =>
        Number(b.row.byEmail) - Number(a.row.byEmail) ||
        b.affinity - a.affinity ||
        a.order - b.order,
    );
    return ranked.slice(0, REVIEWER_CANDIDATES_MAX).map(({ row, affinity }) => ({
      userId: row.userId,
      displayName: row.displayName,
      organizationNames: row.organizationNames,
      technologyAreas: row.technologyAreas,
      affinity: Math.round(affinity * 1000) / 1000,
      inPool: row.inPool,
    }));
  }

  async add(actor: Actor, callId: string, values: AddReviewerValues): Promise<CallReviewerEntity> {
    const call = await this.access.managedCall(actor, callId);
    const facts = await this.policy.signedIn(actor);
    assertPoolOpen(call.status);
    return this.transactions.run(async () => {
      if (values.userId) {
        const user = await this.reviews.userById(values.userId);
        if (!user) throw notFound('The user');
        if (await this.reviews.reviewerOfUser(callId, user.id))
          throw conflict(
            'This person is already in the call’s review pool.',
            errorKey('review.alreadyInPool'),
            'userId',
          );
        if (await this.reviews.reviewerByEmail(callId, user.email))
          throw conflict(
            'This e-mail address is already in the call’s review pool.',
            errorKey('review.alreadyInPool'),
            'userId',
          );
        // A platform user a manager picks sits on the panel at once; they may still decline
        // each application by declaring a conflict.
        const reviewer = await this.reviews.saveReviewer({
          callId,
          userId: user.id,
          email: user.email,
          expertise: values.expertise,
          maxLoad: values.maxLoad,
          status: 'ACTIVE',
          invitedById: facts.userId,
        });
        await this.record(actor, reviewer, 'review.reviewerAdded', call.clusterId, null, {
          userId: user.id,
          maxLoad: reviewer.maxLoad,
          expertise: reviewer.expertise,
        });
        return reviewer;
      }
      const email = values.email as string;
      if (await this.reviews.reviewerByEmail(callId, email))
        throw conflict(
          'This e-mail address is already in the call’s review pool.',
          errorKey('review.alreadyInPool'),
          'email',
        );
      const reviewer = await this.reviews.saveReviewer({
        callId,
        userId: null,
        email,
        expertise: values.expertise,
        maxLoad: values.maxLoad,
        status: 'INVITED',
        invitedById: facts.userId,
      });
      await this.record(actor, reviewer, 'review.reviewerInvited', call.clusterId, null, {
        email,
        maxLoad: reviewer.maxLoad,
        expertise: reviewer.expertise,
      });
      const inviter = await this.reviews.userById(facts.userId);
      const inviterName =
        (await this.reviews.users([facts.userId])).get(facts.userId)?.displayName ?? '';
      // The existing mail path: an account with the address gets it in its inbox and by
      // e-mail; an address without one gets the e-mail alone, in the inviter's language.
      await this.notifications.notify(
        {
          type: 'review.invited',
          recipients: { emails: [email] },
          subject: null,
          params: { ...callWords(call), inviter: inviterName },
          path: '/reviews',
          mailWithoutAccount: {
            address: email,
            language: inviter?.language === 'ko' ? 'ko' : 'en',
          },
        },
        reviewer.id,
      );
      return reviewer;
    });
  }

  async update(
    actor: Actor,
    reviewerId: string,
    values: UpdateReviewerValues,
  ): Promise<CallReviewerEntity> {
    const visible = await this.access.managedReviewer(actor, reviewerId);
    const call = await this.access.callById(visible.callId);
    assertPoolOpen(call.status);
    return this.transactions.run(async () => {
      const reviewer = await this.lockedReviewer(reviewerId);
      const saved = await this.reviews.saveReviewer({
        ...reviewer,
        ...(values.expertise ? { expertise: values.expertise } : {}),
        ...(values.maxLoad !== undefined ? { maxLoad: values.maxLoad } : {}),
      });
      await this.record(
        actor,
        saved,
        'review.reviewerUpdated',
        call.clusterId,
        { maxLoad: reviewer.maxLoad, expertise: reviewer.expertise },
        { maxLoad: saved.maxLoad, expertise: saved.expertise },
      );
      return saved;
    });
  }

  /** Off the panel: their unsubmitted seats are freed for reassignment; submitted reviews stay. */
  async remove(actor: Actor, reviewerId: string): Promise<CallReviewerEntity> {
    const visible = await this.access.managedReviewer(actor, reviewerId);
    const call = await this.access.callById(visible.callId);
    assertPoolOpen(call.status);
    return this.transactions.run(async () => {
      const reviewer = await this.lockedReviewer(reviewerId);
      if (reviewer.status === 'REMOVED')
        throw conflict(
          'This reviewer is already off the panel.',
          errorKey('review.reviewerNotActive'),
          'reviewerId',
        );
      const open = (await this.reviews.openAssignments(reviewer.callId)).filter(
        (a) => a.reviewerId === reviewer.id,
      );
      const reviews = await this.reviews.reviewsOf(open.map((a) => a.id));
      const submitted = new Set(
        reviews.filter((r) => r.status === 'SUBMITTED').map((r) => r.assignmentId),
      );
      for (const a of open)
        if (!submitted.has(a.id) && a.status !== 'CONFLICT_DECLARED')
          await this.reviews.setAssignmentStatus(a.id, 'REMOVED');
      const saved = await this.reviews.saveReviewer({ ...reviewer, status: 'REMOVED' });
      await this.record(
        actor,
        saved,
        'review.reviewerRemoved',
        call.clusterId,
        { status: reviewer.status },
        { status: 'REMOVED' },
      );
      return saved;
    });
  }

  /** Panel invitations waiting for the signed-in user (by their address or their id). */
  async invitations(actor: Actor): Promise<CallReviewerEntity[]> {
    const facts = await this.policy.signedIn(actor);
    return this.reviews.invitationsFor(facts.userId, facts.email);
  }

  async accept(
    actor: Actor,
    reviewerId: string,
    values: UpdateReviewerValues,
  ): Promise<CallReviewerEntity> {
    const facts = await this.policy.signedIn(actor);
    const invitation = await this.invitation(actor, reviewerId);
    // The invitation names an address: only an account that proved it owns it takes the seat.
    const user = await this.reviews.userById(facts.userId);
    if (!user?.emailVerifiedAt || user.email !== invitation.email)
      throw conflict(
        'Confirm your e-mail address first (follow the link we sent you, or ask for a new one on your account page), then accept the invitation.',
        errorKey('review.invitationNeedsVerifiedEmail'),
        'id',
      );
    const call = await this.access.callById(invitation.callId);
    assertPoolOpen(call.status);
    return this.transactions.run(async () => {
      const reviewer = await this.lockedReviewer(reviewerId);
      if (reviewer.status !== 'INVITED')
        throw conflict(
          'This invitation was already answered.',
          errorKey('review.invitationAnswered'),
          'id',
        );
      if (await this.reviews.reviewerOfUser(reviewer.callId, facts.userId))
        throw conflict(
          'You are already in this call’s review pool.',
          errorKey('review.alreadyInPool'),
          'id',
        );
      const saved = await this.reviews.saveReviewer({
        ...reviewer,
        userId: facts.userId,
        status: 'ACTIVE',
        ...(values.expertise ? { expertise: values.expertise } : {}),
        ...(values.maxLoad !== undefined ? { maxLoad: values.maxLoad } : {}),
      });
      await this.record(
        actor,
        saved,
        'review.invitationAccepted',
        call.clusterId,
        { status: 'INVITED' },
        {
          status: 'ACTIVE',
          maxLoad: saved.maxLoad,
        },
      );
      return saved;
    });
  }

  async decline(actor: Actor, reviewerId: string): Promise<CallReviewerEntity> {
    await this.policy.signedIn(actor);
    const invitation = await this.invitation(actor, reviewerId);
    const call = await this.access.callById(invitation.callId);
    return this.transactions.run(async () => {
      const reviewer = await this.lockedReviewer(reviewerId);
      if (reviewer.status !== 'INVITED')
        throw conflict(
          'This invitation was already answered.',
          errorKey('review.invitationAnswered'),
          'id',
        );
      const saved = await this.reviews.saveReviewer({ ...reviewer, status: 'DECLINED' });
      await this.record(
        actor,
        saved,
        'review.invitationDeclined',
        call.clusterId,
        { status: 'INVITED' },
        { status: 'DECLINED' },
      );
      return saved;
    });
  }

  private async invitation(actor: Actor, reviewerId: string): Promise<CallReviewerEntity> {
    const reviewer = await this.reviews.reviewer(reviewerId);
    if (!reviewer) throw notFound('The invitation');
    await this.policy.assert(actor, 'review.respondInvitation', {
      email: reviewer.email,
      userId: reviewer.userId,
    });
    return reviewer;
  }

  private async lockedReviewer(id: string): Promise<CallReviewerEntity> {
    const reviewer = await this.reviews.reviewerForUpdate(id);
    if (!reviewer) throw notFound('The reviewer');
    return reviewer;
  }

  private record(
    actor: Actor,
    reviewer: CallReviewerEntity,
    action:
      | 'review.reviewerAdded'
      | 'review.reviewerInvited'
      | 'review.reviewerUpdated'
      | 'review.reviewerRemoved'
      | 'review.invitationAccepted'
      | 'review.invitationDeclined',
    clusterId: string,
    before: object | null,
    after: object,
  ): Promise<void> {
    return this.audit.record(actor, {
      action,
      objectType: 'CallReviewer',
      objectId: reviewer.id,
      clusterId,
      before,
      after: { callId: reviewer.callId, ...after },
    });
  }
}

const fitOf = (row: CandidateUserRow, topics: Parameters<typeof candidateAffinity>[1]): number =>
  candidateAffinity(
    { technologyCodes: row.technologyAreas, sectors: row.sectors, text: row.description },
    topics,
  );
