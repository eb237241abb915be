import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ASSIGNED_BY,
  CALL_REVIEWER_STATUSES,
  CONFLICT_RECORD_KINDS,
  CONFLICT_RULES,
  REVIEW_ASSIGNMENT_STATUSES,
  REVIEW_STATUSES,
  type AssignedBy,
  type AssignmentShortfall,
  type CallReviewerStatus,
  type ConflictRecordKind,
  type ConflictRule,
  type ReviewAssignmentStatus,
  type ReviewStatus,
  type ShortfallReason,
} from '@spillover/domain';
import { enumOf } from '../platform/graphql/enum-of';
import type { CallReviewerEntity } from './call-reviewer.entity';
import type { ReviewAssignmentEntity } from './review-assignment.entity';
import type { ReviewEntity } from './review.entity';

export const CallReviewerStatusEnum = enumOf(CALL_REVIEWER_STATUSES);
export const ReviewAssignmentStatusEnum = enumOf(REVIEW_ASSIGNMENT_STATUSES);
export const AssignedByEnum = enumOf(ASSIGNED_BY);
export const ReviewStatusEnum = enumOf(REVIEW_STATUSES);
export const ConflictRuleEnum = enumOf(CONFLICT_RULES);
export const ConflictRecordKindEnum = enumOf(CONFLICT_RECORD_KINDS);
export const ShortfallReasonEnum = enumOf(['CONFLICTS', 'LOAD'] as const);
registerEnumType(CallReviewerStatusEnum, { name: 'CallReviewerStatus' });
registerEnumType(ReviewAssignmentStatusEnum, {
  name: 'ReviewAssignmentStatus',
  description:
    'ASSIGNED (waiting for the declaration), NO_CONFLICT_DECLARED (content visible), CONFLICT_DECLARED (reassigned), REMOVED.',
});
registerEnumType(AssignedByEnum, { name: 'AssignedBy' });
registerEnumType(ReviewStatusEnum, { name: 'ReviewStatus' });
registerEnumType(ConflictRuleEnum, { name: 'ConflictRule' });
registerEnumType(ConflictRecordKindEnum, { name: 'ConflictRecordKind' });
registerEnumType(ShortfallReasonEnum, {
  name: 'ShortfallReason',
  description:
    'CONFLICTS: too few conflict-free reviewers; LOAD: enough, but their loads are spent.',
});

@ObjectType('ReviewerExpertise')
export class ReviewerExpertiseObject {
  @Field(() => [String]) technologyCodes: string[];
  @Field(() => [String]) sectors: string[];
  @Field() text: string;
}

@ObjectType('ReviewerCandidate', {
  description:
    'A platform user a call’s managers may seat on its panel: their name and organizations, never their e-mail address.',
})
export class ReviewerCandidateObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => [String], { description: 'Their organizations’ names.' })
  organizationNames: string[];
  @Field(() => [String], {
    description: 'Technology areas of their organizations and of their published capabilities.',
  })
  technologyAreas: string[];
  @Field(() => Float, {
    description:
      'Fit in [0, 1] of their organizations’ profile with the best-fitting reviewable application (0 before any).',
  })
  affinity: number;
  @Field({ description: 'Already in this call’s pool (in any status).' })
  inPool: boolean;
}

@ObjectType('CallReviewer', { description: 'A member of a call’s review pool (평가위원).' })
export class CallReviewerObject {
  @Field(() => ID) id: string;
  @Field(() => ID) callId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Null while an invited expert has not accepted.',
  })
  userId: string | null;
  @Field() email: string;
  @Field(() => ReviewerExpertiseObject) expertise: ReviewerExpertiseObject;
  @Field(() => Int) maxLoad: number;
  @Field(() => CallReviewerStatusEnum) status: CallReviewerStatus;
  @Field(() => Date) createdAt: Date;
}

export const toCallReviewerObject = (r: CallReviewerEntity): CallReviewerObject => ({
  id: r.id,
  callId: r.callId,
  userId: r.userId,
  email: r.email,
  expertise: r.expertise,
  maxLoad: r.maxLoad,
  status: r.status,
  createdAt: r.createdAt,
});

@ObjectType('ConflictOfInterest', {
  description: 'One conflict found in the platform’s records: the rule, and the record behind it.',
})
export class ConflictObject {
  @Field(() => ID) userId: string;
  @Field(() => ID) applicationId: string;
  @Field(() => ConflictRuleEnum) rule: ConflictRule;
  @Field(() => ConflictRecordKindEnum) recordKind: ConflictRecordKind;
  @Field(() => ID) recordId: string;
  @Field(() => Date, { nullable: true, description: 'Null for a membership (it holds now).' })
  recordDate: Date | null;
  @Field(() => ID) reviewerOrganizationId: string;
  @Field(() => ID) consortiumOrganizationId: string;
  @Field() reviewerOrganizationName: string;
  @Field() consortiumOrganizationName: string;
  @Field() applicationTitle: string;
  @Field() userName: string;
}

@ObjectType('ConflictRules')
export class ConflictRulesObject {
  @Field() CONSORTIUM_MEMBER: boolean;
  @Field() COLLABORATION: boolean;
  @Field() ACCEPTED_INTEREST: boolean;
  @Field() NDA_ACCEPTED: boolean;
  @Field() SHARED_CONSORTIUM: boolean;
}

@ObjectType('ConflictSettings')
export class ConflictSettingsObject {
  @Field(() => ConflictRulesObject) rules: ConflictRulesObject;
  @Field(() => Int) lookbackYears: number;
}

@ObjectType('AssignmentShortfall')
export class AssignmentShortfallObject {
  @Field(() => ID) applicationId: string;
  @Field() applicationTitle: string;
  @Field(() => Int) seats: number;
  @Field(() => Int) filled: number;
  @Field(() => Int) conflictFree: number;
  @Field(() => ShortfallReasonEnum) reason: ShortfallReason;
}

export const toShortfallObject = (
  s: AssignmentShortfall,
  titles: ReadonlyMap<string, string>,
): AssignmentShortfallObject => ({ ...s, applicationTitle: titles.get(s.applicationId) ?? '' });

@ObjectType('AssignmentRun', {
  description:
    'The optimal assignment: saved when feasible; otherwise why not, and nothing changed.',
})
export class AssignmentRunObject {
  @Field() feasible: boolean;
  @Field(() => Int) assigned: number;
  @Field(() => Float, { description: 'Sum of the new assignments’ affinities.' })
  totalAffinity: number;
  @Field(() => [AssignmentShortfallObject]) shortfalls: AssignmentShortfallObject[];
}

@ObjectType('ReviewScore')
export class ReviewScoreObject {
  @Field(() => Int, { nullable: true }) score: number | null;
  @Field() comment: string;
}

@ObjectType('Review', {
  description:
    'Scores aligned with the call’s criteria by index. Its reviewer and the call’s managers only.',
})
export class ReviewObject {
  @Field(() => ID) id: string;
  @Field(() => ReviewStatusEnum) status: ReviewStatus;
  @Field(() => [ReviewScoreObject]) scores: ReviewScoreObject[];
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Int) reopenedCount: number;
  @Field(() => Date) updatedAt: Date;
}

export const toReviewObject = (r: ReviewEntity): ReviewObject => ({
  id: r.id,
  status: r.status,
  scores: r.scores,
  submittedAt: r.submittedAt,
  reopenedCount: r.reopenedCount,
  updatedAt: r.updatedAt,
});

@ObjectType('ReviewApplicationSummary', {
  description: 'What a reviewer sees before declaring: the title and the consortium.',
})
export class ReviewApplicationSummaryObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() leadName: string;
  @Field(() => [String]) partnerNames: string[];
}

@ObjectType('ReviewApplicationContent', {
  description: 'The application’s content: its reviewer after declaring no conflict, and managers.',
})
export class ReviewApplicationContentObject {
  @Field() abstract: string;
  @Field() workPlanSummary: string;
  @Field(() => Int, { nullable: true }) durationMonths: number | null;
}

@ObjectType('ReviewAssignment')
export class ReviewAssignmentObject {
  @Field(() => ID) id: string;
  @Field(() => ID) callId: string;
  @Field(() => ID) applicationId: string;
  @Field(() => ID) reviewerId: string;
  @Field(() => Float) affinity: number;
  @Field(() => ReviewAssignmentStatusEnum) status: ReviewAssignmentStatus;
  @Field(() => AssignedByEnum) assignedBy: AssignedBy;
  @Field(() => Date) createdAt: Date;
  entity: ReviewAssignmentEntity;
}

export const toReviewAssignmentObject = (a: ReviewAssignmentEntity): ReviewAssignmentObject => ({
  id: a.id,
  callId: a.callId,
  applicationId: a.applicationId,
  reviewerId: a.reviewerId,
  affinity: a.affinity,
  status: a.status,
  assignedBy: a.assignedBy,
  createdAt: a.createdAt,
  entity: a,
});

@ObjectType('ReviewerProgress')
export class ReviewerProgressObject {
  @Field(() => CallReviewerObject) reviewer: CallReviewerObject;
  @Field(() => Int) assigned: number;
  @Field(() => Int, { description: 'Waiting for the conflict declaration.' })
  awaitingDeclaration: number;
  @Field(() => Int) conflicts: number;
  @Field(() => Int) drafts: number;
  @Field(() => Int) submitted: number;
}

@ObjectType('ApplicationReviewProgress')
export class ApplicationReviewProgressObject {
  @Field(() => ID) applicationId: string;
  @Field() title: string;
  @Field(() => Int) needed: number;
  @Field(() => Int) assigned: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) conflicts: number;
}

@ObjectType('ReviewProgress')
export class ReviewProgressObject {
  @Field(() => [ReviewerProgressObject]) reviewers: ReviewerProgressObject[];
  @Field(() => [ApplicationReviewProgressObject]) applications: ApplicationReviewProgressObject[];
  @Field(() => [ReviewAssignmentObject]) assignments: ReviewAssignmentObject[];
  @Field(() => Float) totalAffinity: number;
}
