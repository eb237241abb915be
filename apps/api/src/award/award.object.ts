import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  AWARD_STATUSES,
  awardCutSchema,
  redressAnswerSchema,
  redressRequestSchema,
  type AwardStatus,
} from '@spillover/domain';
import { NamedValueObject } from '../call/call.object';
import { enumOf } from '../platform/graphql/enum-of';
import { ValidatedBy } from '../platform/graphql/validation';

export const AwardStatusEnum = enumOf(AWARD_STATUSES);
registerEnumType(AwardStatusEnum, {
  name: 'AwardStatus',
  description: 'FUNDED 선정, RESERVE 예비, REJECTED 미선정.',
});

@ObjectType('AwardReason', {
  description:
    '"Why not funded": a machine-readable code and parameters, and the sentence in English and Korean.',
})
export class AwardReasonObject {
  @Field() code: string;
  @Field(() => [NamedValueObject]) params: NamedValueObject[];
  @Field() en: string;
  @Field() ko: string;
}

@ObjectType('CriterionResult')
export class CriterionResultObject {
  @Field(() => Int, { description: 'The criterion’s index in the call.' }) index: number;
  @Field() name: string;
  @Field(() => Int) weight: number;
  @Field(() => Int) maxScore: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the submitted reviews’ scores, on the criterion’s scale.',
  })
  mean: number | null;
  @Field(() => Float, { description: 'Its part of the 0–100 score.' }) weighted: number;
  @Field(() => Int) reviews: number;
}

@ObjectType('FunderAmount')
export class FunderAmountObject {
  @Field(() => ID) clusterId: string;
  @Field(() => GraphQLSafeInt, { description: 'Minor units of the call’s currency.' })
  amount: number;
}

@ObjectType('AwardRow')
export class AwardRowObject {
  @Field(() => ID) applicationId: string;
  @Field() title: string;
  @Field() leadName: string;
  @Field(() => Int) rank: number;
  @Field(() => Float) score: number;
  @Field(() => [CriterionResultObject]) criteria: CriterionResultObject[];
  @Field(() => Int) reviewCount: number;
  @Field(() => AwardStatusEnum) status: AwardStatus;
  @Field() partial: boolean;
  @Field(() => GraphQLSafeInt) requested: number;
  @Field(() => GraphQLSafeInt) granted: number;
  @Field(() => [FunderAmountObject]) grants: FunderAmountObject[];
  @Field(() => [AwardReasonObject]) reasons: AwardReasonObject[];
}

@ObjectType('FunderAwardLine')
export class FunderAwardLineObject {
  @Field(() => ID) applicationId: string;
  @Field() title: string;
  @Field(() => Int) rank: number;
  @Field(() => GraphQLSafeInt) amount: number;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'What the funder had left (could-not-pay lines).',
  })
  remaining: number | null;
  @Field() partial: boolean;
}

@ObjectType('FunderAllocation', {
  description: 'What one funder funds, and what it could not pay (virtual common pot).',
})
export class FunderAllocationObject {
  @Field(() => ID) clusterId: string;
  @Field() name: string;
  @Field() nameKo: string;
  @Field(() => GraphQLSafeInt) budget: number;
  @Field(() => GraphQLSafeInt) granted: number;
  @Field(() => GraphQLSafeInt) remaining: number;
  @Field(() => [FunderAwardLineObject]) funded: FunderAwardLineObject[];
  @Field(() => [FunderAwardLineObject]) couldNotPay: FunderAwardLineObject[];
}

@ObjectType('RedressRequest', {
  description: 'A redress request (이의신청) and its answer on the record.',
})
export class RedressRequestObject {
  @Field(() => ID) id: string;
  @Field(() => ID) applicationId: string;
  @Field() applicationTitle: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field() text: string;
  @Field() filedAt: Date;
  @Field(() => String, { nullable: true }) answer: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
}

@ObjectType('CallAward', {
  description:
    'A call’s ranking and allocation: a live preview before publication, the published award after.',
})
export class CallAwardObject {
  @Field(() => ID) callId: string;
  @Field() published: boolean;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() currency: string;
  @Field(() => [AwardRowObject]) rows: AwardRowObject[];
  @Field(() => [FunderAllocationObject]) funders: FunderAllocationObject[];
  @Field(() => [RedressRequestObject]) redressRequests: RedressRequestObject[];
}

@ObjectType('ReviewerComment')
export class ReviewerCommentObject {
  @Field(() => Int) criterion: number;
  @Field() criterionName: string;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field() comment: string;
}

@ObjectType('AnonymousReview', {
  description:
    'A submitted review without who wrote it: reviewers are numbered in an order unrelated to assignment.',
})
export class AnonymousReviewObject {
  @Field(() => Int) reviewer: number;
  @Field(() => [ReviewerCommentObject]) comments: ReviewerCommentObject[];
}

@ObjectType('ApplicationResult', {
  description: 'An application’s published result as its consortium reads it.',
})
export class ApplicationResultObject {
  @Field(() => ID) applicationId: string;
  @Field(() => ID) callId: string;
  @Field() title: string;
  @Field() currency: string;
  @Field(() => AwardStatusEnum) status: AwardStatus;
  @Field(() => Int) rank: number;
  @Field(() => Int) rankedCount: number;
  @Field(() => Float) score: number;
  @Field(() => Int, { description: 'The call’s overall threshold.' }) threshold: number;
  @Field() partial: boolean;
  @Field(() => GraphQLSafeInt) requested: number;
  @Field(() => GraphQLSafeInt) granted: number;
  @Field(() => [CriterionResultObject]) criteria: CriterionResultObject[];
  @Field(() => [AwardReasonObject]) reasons: AwardReasonObject[];
  @Field(() => [AnonymousReviewObject]) reviews: AnonymousReviewObject[];
  @Field() redressDeadline: Date;
  @Field({ description: 'Whether the viewer may file a redress request now.' })
  mayRequestRedress: boolean;
  @Field({ description: 'Whether the viewer may decline the award (FUNDED, consortium member).' })
  mayDecline: boolean;
  @Field(() => RedressRequestObject, { nullable: true }) redress: RedressRequestObject | null;
}

@ObjectType('AwardChange')
export class AwardChangeObject {
  @Field(() => [ID], { description: 'Applications promoted from the reserve list (or topped up).' })
  promoted: string[];
}

@InputType()
@ValidatedBy(redressRequestSchema)
export class RedressRequestInput {
  @Field() text: string;
}

@InputType()
@ValidatedBy(redressAnswerSchema)
export class RedressAnswerInput {
  @Field() answer: string;
}

@InputType()
@ValidatedBy(awardCutSchema)
export class CutAwardInput {
  @Field() note: string;
}
