import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  assertReviewReason,
  conflictRulesOf,
  parseInput,
  reviewerCandidateSearchSchema,
  type AddReviewerValues,
  type ConflictSettingsValues,
  type EvaluationCriterion,
  type ReviewScore,
  type UpdateReviewerValues,
} from '@spillover/domain';
import { CallObject, EvaluationCriterionObject, toCallObject } from '../call/call.object';
import { CallService } from '../call/call.service';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { IdPipe } from '../platform/graphql/validation';
import {
  AddReviewerInput,
  ConflictSettingsInput,
  ReviewScoreInput,
  UpdateReviewerInput,
} from './dto/review.inputs';
import { ReviewAccess } from './review-access';
import { ReviewAssignmentService } from './review-assignment.service';
import { ReviewConflictService } from './review-conflict.service';
import { ReviewPoolService } from './review-pool.service';
import { ReviewProgressService } from './review-progress.service';
import {
  AssignmentRunObject,
  CallReviewerObject,
  ConflictObject,
  ConflictSettingsObject,
  ReviewApplicationContentObject,
  ReviewApplicationSummaryObject,
  ReviewAssignmentObject,
  ReviewObject,
  ReviewProgressObject,
  ReviewerCandidateObject,
  toCallReviewerObject,
  toReviewAssignmentObject,
  toReviewObject,
  toShortfallObject,
} from './review.object';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

/** A call's review panel, for the managers of the clusters that run or fund it. */
@Resolver(() => CallReviewerObject)
export class CallReviewerResolver {
  constructor(
    private readonly pool: ReviewPoolService,
    private readonly calls: CallService,
    private readonly reviews: ReviewRepository,
  ) {}

  @Query(() => [CallReviewerObject], { description: 'The call’s review pool (its managers).' })
  async callReviewers(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<CallReviewerObject[]> {
    return (await this.pool.pool(actor, callId)).map(toCallReviewerObject);
  }

  @Query(() => [ReviewerCandidateObject], {
    description:
      'Platform users the call’s managers may add to its pool: part of a name or an organization’s name, or a whole e-mail address (matched only exactly). At most 20; no addresses are returned.',
  })
  reviewerCandidates(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('search') search: string,
  ): Promise<ReviewerCandidateObject[]> {
    return this.pool.candidates(
      actor,
      callId,
      parseInput(reviewerCandidateSearchSchema, { search }),
    );
  }

  @Query(() => [CallReviewerObject], {
    description: 'Invitations to review panels waiting for you (by your address or account).',
  })
  async reviewerInvitations(@CurrentActor() actor: Actor): Promise<CallReviewerObject[]> {
    return (await this.pool.invitations(actor)).map(toCallReviewerObject);
  }

  @Mutation(() => CallReviewerObject, {
    description:
      'Add a platform user (ACTIVE at once) or invite an expert by e-mail (INVITED; they register, confirm the address and accept).',
  })
  async addCallReviewer(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('input') input: AddReviewerInput,
  ): Promise<CallReviewerObject> {
    return toCallReviewerObject(await this.pool.add(actor, callId, input as AddReviewerValues));
  }

  @Mutation(() => CallReviewerObject, {
    description: 'Change a pool member’s expertise or maximum load.',
  })
  async updateCallReviewer(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateReviewerInput,
  ): Promise<CallReviewerObject> {
    return toCallReviewerObject(await this.pool.update(actor, id, input as UpdateReviewerValues));
  }

  @Mutation(() => CallReviewerObject, {
    description: 'Take a reviewer off the panel; their unsubmitted seats are freed.',
  })
  async removeCallReviewer(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CallReviewerObject> {
    return toCallReviewerObject(await this.pool.remove(actor, id));
  }

  @Mutation(() => CallReviewerObject, {
    description:
      'Accept an invitation to a panel (your confirmed address must be the invited one); optionally set your expertise and load.',
  })
  async acceptReviewerInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input', { type: () => UpdateReviewerInput, nullable: true }) input?: UpdateReviewerInput,
  ): Promise<CallReviewerObject> {
    return toCallReviewerObject(
      await this.pool.accept(actor, id, (input ?? {}) as UpdateReviewerValues),
    );
  }

  @Mutation(() => CallReviewerObject)
  async declineReviewerInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CallReviewerObject> {
    return toCallReviewerObject(await this.pool.decline(actor, id));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The account’s display name, once joined.',
  })
  async displayName(@Parent() reviewer: CallReviewerObject): Promise<string | null> {
    if (!reviewer.userId) return null;
    return (await this.reviews.users([reviewer.userId])).get(reviewer.userId)?.displayName ?? null;
  }

  @ResolveField(() => CallObject, { nullable: true, description: 'The call, when you may see it.' })
  async call(
    @CurrentActor() actor: Actor,
    @Parent() reviewer: CallReviewerObject,
  ): Promise<CallObject | null> {
    try {
      return toCallObject(await this.calls.get(actor, reviewer.callId));
    } catch {
      return null;
    }
  }
}

/** Conflicts, assignment and progress: the call's managers. */
@Resolver(() => CallObject)
export class CallReviewResolver {
  constructor(
    private readonly conflicts: ReviewConflictService,
    private readonly assignments: ReviewAssignmentService,
    private readonly progress: ReviewProgressService,
    private readonly reviewService: ReviewService,
    private readonly access: ReviewAccess,
    private readonly reviews: ReviewRepository,
  ) {}

  @Query(() => [ConflictObject], {
    description:
      'Runs the conflict-of-interest check: the pool’s users plus any candidate users, against the call’s eligible applications, with the rule and record behind each conflict.',
  })
  async conflictCheck(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('candidateUserIds', { type: () => [ID], defaultValue: [] }) candidateUserIds: string[],
  ): Promise<ConflictObject[]> {
    const ids = candidateUserIds.map((id, index) =>
      new IdPipe().transform(id, { type: 'body', data: `candidateUserIds.${index}` }),
    );
    const found = await this.conflicts.runConflictCheck(actor, callId, ids);
    const organizations = await this.reviews.organizationNames([
      ...new Set(found.flatMap((c) => [c.reviewerOrganizationId, c.consortiumOrganizationId])),
    ]);
    const users = await this.reviews.users([...new Set(found.map((c) => c.userId))]);
    const titles = await this.titles(callId);
    return found.map((c) => ({
      ...c,
      reviewerOrganizationName: organizations.get(c.reviewerOrganizationId) ?? '',
      consortiumOrganizationName: organizations.get(c.consortiumOrganizationId) ?? '',
      applicationTitle: titles.get(c.applicationId) ?? '',
      userName: users.get(c.userId)?.displayName ?? '',
    }));
  }

  @Query(() => ReviewProgressObject, {
    description: 'Progress per reviewer and per application, and every open assignment.',
  })
  reviewProgress(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<ReviewProgressObject> {
    return this.progress.progress(actor, callId);
  }

  @Mutation(() => CallObject, {
    description: 'Switch conflict rules and set the look-back (years).',
  })
  async updateConflictSettings(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('input') input: ConflictSettingsInput,
  ): Promise<CallObject> {
    return toCallObject(
      await this.conflicts.updateSettings(actor, callId, input as ConflictSettingsValues),
    );
  }

  @Mutation(() => CallObject, {
    description:
      'CLOSED → IN_EVALUATION once every eligibility is decided; eligible applications go UNDER_REVIEW.',
  })
  async startCallEvaluation(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<CallObject> {
    return toCallObject(await this.reviewService.startEvaluation(actor, callId));
  }

  @Mutation(() => AssignmentRunObject, {
    description:
      'Assigns the missing reviewers optimally (HiGHS): maximum total affinity, N per application, loads kept, never a conflict. When infeasible nothing changes and the shortfalls say why.',
  })
  async runReviewAssignment(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<AssignmentRunObject> {
    const run = await this.assignments.run(actor, callId);
    const titles = await this.titles(callId);
    return { ...run, shortfalls: run.shortfalls.map((s) => toShortfallObject(s, titles)) };
  }

  @Mutation(() => Int, {
    description: 'Reminds reviewers with unfinished reviews; returns how many.',
  })
  remindReviewers(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<number> {
    return this.assignments.remind(actor, callId);
  }

  @ResolveField(() => ConflictSettingsObject, {
    nullable: true,
    description: 'The conflict rules and look-back (the call’s review managers; null for others).',
  })
  async conflictSettings(
    @CurrentActor() actor: Actor,
    @Parent() call: CallObject,
  ): Promise<ConflictSettingsObject | null> {
    if (!(await this.access.canManage(actor, call.id))) return null;
    return {
      rules: conflictRulesOf(call.entity.conflictRules),
      lookbackYears: call.entity.conflictLookbackYears,
    };
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you run the call’s review panel (a manager of a running or funding cluster).',
  })
  viewerCanManageReview(
    @CurrentActor() actor: Actor,
    @Parent() call: CallObject,
  ): Promise<boolean> {
    return this.access.canManage(actor, call.id);
  }

  private async titles(callId: string): Promise<Map<string, string>> {
    return new Map((await this.reviews.applicationTopics(callId)).map((a) => [a.id, a.title]));
  }
}

/** A reviewer's own work, and the managers' view of each seat. */
@Resolver(() => ReviewAssignmentObject)
export class ReviewAssignmentResolver {
  constructor(
    private readonly reviewService: ReviewService,
    private readonly assignments: ReviewAssignmentService,
    private readonly access: ReviewAccess,
    private readonly reviews: ReviewRepository,
  ) {}

  @Query(() => [ReviewAssignmentObject], {
    description: 'Your assignments as a reviewer, in every call.',
  })
  async myReviewAssignments(@CurrentActor() actor: Actor): Promise<ReviewAssignmentObject[]> {
    return (await this.reviewService.mine(actor)).map(toReviewAssignmentObject);
  }

  @Query(() => ReviewAssignmentObject, {
    description:
      'One assignment: its reviewer and the call’s managers; NOT_FOUND for everyone else.',
  })
  async reviewAssignment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ReviewAssignmentObject> {
    return toReviewAssignmentObject(await this.reviewService.assignment(actor, id));
  }

  @Mutation(() => ReviewAssignmentObject, {
    description: 'Declare no conflict of interest: the application’s content becomes readable.',
  })
  async declareNoConflict(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }, IdPipe) assignmentId: string,
  ): Promise<ReviewAssignmentObject> {
    return toReviewAssignmentObject(await this.assignments.declareNoConflict(actor, assignmentId));
  }

  @Mutation(() => ReviewAssignmentObject, {
    description:
      'Declare a conflict: the application goes to the best conflict-free reviewer with room. Audited.',
  })
  async declareConflict(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }, IdPipe) assignmentId: string,
    @Args('reason', { defaultValue: '' }) reason: string,
  ): Promise<ReviewAssignmentObject> {
    return toReviewAssignmentObject(
      await this.assignments.declareConflict(actor, assignmentId, assertReviewReason(reason)),
    );
  }

  @Mutation(() => ReviewAssignmentObject, {
    description:
      'Move a seat to another reviewer of the pool; a conflict is refused (CONFLICT, with the rule).',
  })
  async reassignReview(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }, IdPipe) assignmentId: string,
    @Args('reviewerId', { type: () => ID }, IdPipe) reviewerId: string,
  ): Promise<ReviewAssignmentObject> {
    return toReviewAssignmentObject(
      await this.assignments.reassign(actor, assignmentId, reviewerId),
    );
  }

  @Mutation(() => ReviewObject, {
    description:
      'Save your scores (one entry per criterion, in the call’s order) as a draft, or submit them (every score and comment). A submitted review is locked.',
  })
  async saveReview(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }, IdPipe) assignmentId: string,
    @Args('scores', { type: () => [ReviewScoreInput] }) scores: ReviewScoreInput[],
    @Args('submit', { defaultValue: false }) submit: boolean,
  ): Promise<ReviewObject> {
    return toReviewObject(
      await this.reviewService.save(actor, assignmentId, scores as ReviewScore[], submit),
    );
  }

  @Mutation(() => ReviewObject, {
    description: 'Reopen a submitted review (the call’s managers). Audited.',
  })
  async reopenReview(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }, IdPipe) assignmentId: string,
    @Args('reason', { defaultValue: '' }) reason: string,
  ): Promise<ReviewObject> {
    return toReviewObject(
      await this.reviewService.reopen(actor, assignmentId, assertReviewReason(reason)),
    );
  }

  @ResolveField(() => ReviewApplicationSummaryObject)
  async application(@Parent() a: ReviewAssignmentObject): Promise<ReviewApplicationSummaryObject> {
    const summary = (await this.reviews.applicationSummaries([a.applicationId])).get(
      a.applicationId,
    );
    if (!summary) throw new Error(`assignment ${a.id} has no application`);
    return summary;
  }

  @ResolveField(() => ReviewApplicationContentObject, {
    description: 'CONFLICT review.declareFirst until its reviewer declared no conflict.',
  })
  async content(
    @CurrentActor() actor: Actor,
    @Parent() a: ReviewAssignmentObject,
  ): Promise<ReviewApplicationContentObject> {
    await this.reviewService.assertContentVisible(actor, a.entity);
    const summary = (await this.reviews.applicationSummaries([a.applicationId])).get(
      a.applicationId,
    );
    if (!summary) throw new Error(`assignment ${a.id} has no application`);
    return summary;
  }

  @ResolveField(() => ReviewObject, { nullable: true })
  async review(
    @CurrentActor() actor: Actor,
    @Parent() a: ReviewAssignmentObject,
  ): Promise<ReviewObject | null> {
    const review = await this.reviewService.reviewOf(actor, a.entity);
    return review ? toReviewObject(review) : null;
  }

  @ResolveField(() => [EvaluationCriterionObject], {
    description: 'The call’s criteria, in scoring order.',
  })
  async criteria(@Parent() a: ReviewAssignmentObject): Promise<EvaluationCriterion[]> {
    const call = await this.access.callById(a.callId);
    return (call.criteria ?? []).map((c) => ({ ...c, minScore: c.minScore ?? null }));
  }

  @ResolveField(() => CallObject)
  async call(@Parent() a: ReviewAssignmentObject): Promise<CallObject> {
    return toCallObject(await this.access.callById(a.callId));
  }

  @ResolveField(() => CallReviewerObject)
  async reviewer(@Parent() a: ReviewAssignmentObject): Promise<CallReviewerObject> {
    const reviewer = await this.reviews.reviewer(a.reviewerId);
    if (!reviewer) throw new Error(`assignment ${a.id} has no reviewer`);
    return toCallReviewerObject(reviewer);
  }
}
