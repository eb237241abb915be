import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  BUDGET_RULES,
  type BudgetRule,
  CALL_PHASES,
  CALL_STATUSES,
  ELIGIBILITY_RULES,
  FUNDER_SCOPES,
  FUNDING_MODES,
  MEMBERSHIP_REQUIREMENTS,
  callPhase,
  type CallPhase,
  type CallStatus,
  type EligibilityFailure,
  type EligibilityRule,
  type EligibilityRules,
  type EvaluationCriterion,
  type FunderScope,
  type FundingMode,
  type MembershipRequirement,
  type OrganizationKind,
  type OrganizationSize,
  type RuleSentence,
} from '@spillover/domain';
import { ConnectionType } from '../platform/graphql/connection';
import { enumOf } from '../platform/graphql/enum-of';
import { OrganizationKindEnum, OrganizationSizeEnum } from '../organization/organization.object';
import type { CallEntity } from './call.entity';
import type { FunderRow } from './call.repository';

export const CallStatusEnum = enumOf(CALL_STATUSES);
export const CallPhaseEnum = enumOf(CALL_PHASES);
export const FundingModeEnum = enumOf(FUNDING_MODES);
export const FunderScopeEnum = enumOf(FUNDER_SCOPES);
export const MembershipRequirementEnum = enumOf(MEMBERSHIP_REQUIREMENTS);
export const EligibilityRuleEnum = enumOf(ELIGIBILITY_RULES);
export const BudgetRuleEnum = enumOf(BUDGET_RULES);
registerEnumType(CallStatusEnum, { name: 'CallStatus' });
registerEnumType(CallPhaseEnum, {
  name: 'CallPhase',
  description:
    'By the server clock: DRAFT, UPCOMING (open, window ahead), OPEN (taking submissions), CLOSED (deadline passed).',
});
registerEnumType(FundingModeEnum, { name: 'FundingMode' });
registerEnumType(FunderScopeEnum, {
  name: 'FunderScope',
  description:
    'Whom a funder funds: its ACTIVE MEMBERS, or organizations of its REGION or COUNTRY.',
});
registerEnumType(MembershipRequirementEnum, { name: 'MembershipRequirement' });
registerEnumType(EligibilityRuleEnum, { name: 'EligibilityRule' });
registerEnumType(BudgetRuleEnum, {
  name: 'BudgetRule',
  description:
    'STOP: funding stops at the first project that does not fit (no gaps); SKIP: the next that fits is funded (gaps possible); PARTIAL: the first that does not fit is offered the remainder.',
});

@ObjectType('RequiredKinds')
export class RequiredKindObject {
  @Field(() => [OrganizationKindEnum]) kinds: OrganizationKind[];
  @Field(() => Int) min: number;
}

@ObjectType('EligibilityRules', { description: 'Counts include the lead; null or empty: no rule.' })
export class EligibilityRulesObject {
  @Field(() => Int, { nullable: true }) minPartners: number | null;
  @Field(() => Int, { nullable: true }) maxPartners: number | null;
  @Field(() => [RequiredKindObject]) requiredKinds: RequiredKindObject[];
  @Field(() => [OrganizationKindEnum]) leadKinds: OrganizationKind[];
  @Field(() => [OrganizationSizeEnum]) leadSizes: OrganizationSize[];
  @Field(() => Int, { nullable: true }) minRegions: number | null;
  @Field(() => Int, { nullable: true }) minCountries: number | null;
  @Field() internationalPartnerRequired: boolean;
  @Field(() => MembershipRequirementEnum) membership: MembershipRequirement;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Minor units of the call’s currency.',
  })
  maxBudgetPerPartner: number | null;
}

@ObjectType('EvaluationCriterion')
export class EvaluationCriterionObject {
  @Field() name: string;
  @Field() description: string;
  @Field(() => Int, { description: 'Percent of the overall score.' }) weight: number;
  @Field(() => Int) maxScore: number;
  @Field(() => Int, { nullable: true }) minScore: number | null;
}

@ObjectType('CallFunder')
export class CallFunderObject {
  @Field(() => GraphQLSafeInt, { description: 'Minor units of the funder’s own currency.' })
  budget: number;
  @Field() currency: string;
  @Field(() => FunderScopeEnum) funds: FunderScope;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Minor units of the call’s currency.',
  })
  maxPerProject: number | null;
  @Field(() => Int, {
    description: 'Paying order: a partner two funders could pay is paid by the first.',
  })
  position: number;
  clusterId: string;
}

@ObjectType('NamedValue')
export class NamedValueObject {
  @Field() name: string;
  @Field() value: string;
}

@ObjectType('RuleSentence', {
  description: 'A rule in words: an i18n key (call.rule.*) and its parameters.',
})
export class RuleSentenceObject {
  @Field() key: string;
  @Field(() => [NamedValueObject]) params: NamedValueObject[];
}

@ObjectType('FieldProblem')
export class FieldProblemObject {
  @Field() field: string;
  @Field() message: string;
}

@ObjectType('FailingOrganization')
export class FailingOrganizationObject {
  @Field(() => ID) organizationId: string;
  @Field(() => String, {
    nullable: true,
    description: 'What failed: a budget, a rate, a kind, a size, a country.',
  })
  value: string | null;
}

@ObjectType('EligibilityFailure')
export class EligibilityFailureObject {
  @Field(() => EligibilityRuleEnum) rule: EligibilityRule;
  @Field({ description: 'i18n key, call.eligibility.<rule>' }) key: string;
  @Field(() => [NamedValueObject]) params: NamedValueObject[];
  @Field(() => [FailingOrganizationObject]) organizations: FailingOrganizationObject[];
}

/** A consortium call (공모). Funders, rules in words and the viewer's rights are resolved fields. */
@ObjectType('Call')
export class CallObject {
  @Field(() => ID) id: string;
  @Field(() => CallStatusEnum) status: CallStatus;
  @Field(() => CallPhaseEnum) phase: CallPhase;
  @Field() programmeName: string;
  @Field(() => String, { nullable: true }) titleEn: string | null;
  @Field(() => String, { nullable: true }) titleKo: string | null;
  @Field(() => String, { nullable: true }) descriptionEn: string | null;
  @Field(() => String, { nullable: true }) descriptionKo: string | null;
  @Field(() => String, { nullable: true, description: 'IANA zone, e.g. Asia/Seoul' }) timeZone:
    string | null;
  @Field(() => Date, { nullable: true }) opensAt: Date | null;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) maxGrantPerProject: number | null;
  @Field(() => Int, { nullable: true, description: 'Percent.' }) maxFundingRate: number | null;
  @Field(() => FundingModeEnum, { nullable: true }) fundingMode: FundingMode | null;
  @Field(() => EligibilityRulesObject, { nullable: true }) eligibility: EligibilityRules | null;
  @Field(() => [EvaluationCriterionObject]) criteria: EvaluationCriterionObject[];
  @Field(() => Int, { nullable: true, description: 'Percent of the maximum weighted score.' })
  threshold: number | null;
  @Field(() => Int, { nullable: true }) reviewersPerApplication: number | null;
  @Field(() => BudgetRuleEnum) budgetRule: BudgetRule;
  @Field(() => Int, { description: 'Days after publication applicants may request redress.' })
  redressDays: number;
  @Field(() => Date, { nullable: true }) resultsPublishedAt: Date | null;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  clusterId: string;
  entity: CallEntity;
}

export const toCallObject = (entity: CallEntity, now = new Date()): CallObject => ({
  id: entity.id,
  status: entity.status,
  phase: callPhase(entity, now),
  programmeName: entity.programmeName,
  titleEn: entity.titleEn,
  titleKo: entity.titleKo,
  descriptionEn: entity.descriptionEn,
  descriptionKo: entity.descriptionKo,
  timeZone: entity.timeZone,
  opensAt: entity.opensAt,
  closesAt: entity.closesAt,
  currency: entity.currency,
  maxGrantPerProject: entity.maxGrantPerProject,
  maxFundingRate: entity.maxFundingRate,
  fundingMode: entity.fundingMode,
  eligibility: entity.eligibility,
  criteria: (entity.criteria ?? []).map((c: EvaluationCriterion) => ({
    name: c.name,
    description: c.description,
    weight: c.weight,
    maxScore: c.maxScore,
    minScore: c.minScore ?? null,
  })),
  threshold: entity.threshold,
  reviewersPerApplication: entity.reviewersPerApplication,
  budgetRule: entity.budgetRule,
  redressDays: entity.redressDays,
  resultsPublishedAt: entity.resultsPublishedAt,
  openedAt: entity.openedAt,
  closedAt: entity.closedAt,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
  clusterId: entity.clusterId,
  entity,
});

export const toCallFunderObject = (row: FunderRow): CallFunderObject => ({
  budget: row.budget,
  currency: row.currency,
  funds: row.funds,
  maxPerProject: row.maxPerProject,
  position: row.position,
  clusterId: row.clusterId,
});

const named = (params: Readonly<Record<string, string | number>>): NamedValueObject[] =>
  Object.entries(params).map(([name, value]) => ({ name, value: String(value) }));

export const toRuleSentenceObject = (sentence: RuleSentence): RuleSentenceObject => ({
  key: sentence.key,
  params: named(sentence.params),
});

export const toEligibilityFailureObject = (
  failure: EligibilityFailure,
): EligibilityFailureObject => ({
  rule: failure.rule,
  key: failure.key,
  params: named(failure.params),
  organizations: failure.organizations.map((o) => ({
    organizationId: o.organizationId,
    value: o.value === null ? null : String(o.value),
  })),
});

export const CallConnection = ConnectionType(CallObject, 'Call');
