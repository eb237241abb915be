import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  callDraftSchema,
  callFilterSchema,
  callFunderSchema,
  callPatchSchema,
  consortiumInputSchema,
  type BudgetRule,
  type CallPhase,
  type FunderScope,
  type FundingMode,
  type MembershipRequirement,
  type OrganizationKind,
  type OrganizationSize,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';
import { OrganizationKindEnum, OrganizationSizeEnum } from '../../organization/organization.object';
import {
  BudgetRuleEnum,
  CallPhaseEnum,
  FunderScopeEnum,
  FundingModeEnum,
  MembershipRequirementEnum,
} from '../call.object';

@InputType('RequiredKindsInput')
export class RequiredKindInput {
  @Field(() => [OrganizationKindEnum]) kinds: OrganizationKind[];
  @Field(() => Int) min: number;
}

@InputType('EligibilityRulesInput', {
  description: 'Counts include the lead. Omitted or null: no rule.',
})
export class EligibilityRulesInput {
  @Field(() => Int, { nullable: true }) minPartners?: number | null;
  @Field(() => Int, { nullable: true }) maxPartners?: number | null;
  @Field(() => [RequiredKindInput], { nullable: true }) requiredKinds?: RequiredKindInput[];
  @Field(() => [OrganizationKindEnum], { nullable: true }) leadKinds?: OrganizationKind[];
  @Field(() => [OrganizationSizeEnum], {
    nullable: true,
    description: 'For a firm lead, e.g. MICRO, SMALL, MEDIUM for an SME lead.',
  })
  leadSizes?: OrganizationSize[];
  @Field(() => Int, { nullable: true }) minRegions?: number | null;
  @Field(() => Int, { nullable: true }) minCountries?: number | null;
  @Field(() => Boolean, { nullable: true }) internationalPartnerRequired?: boolean;
  @Field(() => MembershipRequirementEnum, {
    nullable: true,
    description: 'Who must be an ACTIVE member of a funding (or partner) cluster.',
  })
  membership?: MembershipRequirement;
  @Field(() => GraphQLSafeInt, { nullable: true }) maxBudgetPerPartner?: number | null;
}

@InputType('EvaluationCriterionInput')
export class EvaluationCriterionInput {
  @Field() name: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => Int) weight: number;
  @Field(() => Int) maxScore: number;
  @Field(() => Int, { nullable: true }) minScore?: number | null;
}

@InputType({ isAbstract: true })
class CallFields {
  @Field(() => String, { nullable: true }) titleEn?: string | null;
  @Field(() => String, { nullable: true }) titleKo?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true }) descriptionKo?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone of the call, e.g. Asia/Seoul.',
  })
  timeZone?: string | null;
  @Field(() => Date, { nullable: true }) opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) closesAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217' }) currency?: string | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Minor units of the call’s currency.',
  })
  maxGrantPerProject?: number | null;
  @Field(() => Int, { nullable: true, description: 'Percent, 1–100.' }) maxFundingRate?:
    number | null;
  @Field(() => FundingModeEnum, { nullable: true }) fundingMode?: FundingMode | null;
  @Field(() => EligibilityRulesInput, { nullable: true })
  eligibility?: EligibilityRulesInput | null;
  @Field(() => [EvaluationCriterionInput], { nullable: true }) criteria?:
    EvaluationCriterionInput[] | null;
  @Field(() => Int, { nullable: true, description: 'Percent of the maximum weighted score.' })
  threshold?: number | null;
  @Field(() => Int, { nullable: true }) reviewersPerApplication?: number | null;
  @Field(() => BudgetRuleEnum, {
    nullable: true,
    description:
      'What the award does with a project that does not fit the remaining budget; STOP when unset.',
  })
  budgetRule?: BudgetRule | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days after publication applicants may request redress, 0–90.',
  })
  redressDays?: number | null;
}

@InputType()
@ValidatedBy(callDraftSchema)
export class CallDraftInput extends CallFields {
  @Field() programmeName: string;
}

@InputType()
@ValidatedBy(callPatchSchema)
export class UpdateCallInput extends CallFields {
  @Field({ nullable: true }) programmeName?: string;
}

@InputType()
@ValidatedBy(callFunderSchema)
export class CallFunderInput {
  @Field(() => ID) clusterId: string;
  @Field(() => GraphQLSafeInt, { description: 'Minor units of the funder’s own currency.' })
  budget: number;
  @Field() currency: string;
  @Field(() => FunderScopeEnum) funds: FunderScope;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Minor units of the call’s currency: the most it pays one project.',
  })
  maxPerProject?: number | null;
}

@InputType()
export class ConsortiumMemberInput {
  @Field(() => ID) organizationId: string;
  @Field(() => GraphQLSafeInt, { description: 'Minor units of the call’s currency.' })
  requestedBudget: number;
  @Field(() => GraphQLSafeInt) ownContribution: number;
}

@InputType()
@ValidatedBy(consortiumInputSchema)
export class ConsortiumInput {
  @Field(() => ConsortiumMemberInput) lead: ConsortiumMemberInput;
  @Field(() => [ConsortiumMemberInput], {
    description: 'Accepted partners, the lead not repeated.',
  })
  partners: ConsortiumMemberInput[];
}

@InputType()
@ValidatedBy(callFilterSchema)
export class CallFilterInput {
  @Field(() => CallPhaseEnum, { nullable: true }) phase?: CallPhase | null;
  @Field(() => ID, { nullable: true, description: 'The call’s cluster or one of its funders.' })
  clusterId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1: the country of the call’s cluster or of a funder.',
  })
  country?: string | null;
}
