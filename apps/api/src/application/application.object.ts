import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  APPLICATION_STATUSES,
  PARTNER_STATUSES,
  type ApplicationStatus,
  type EligibilityRule,
  type OrganizationKind,
  type OrganizationSize,
  type PartnerStatus,
} from '@spillover/domain';
import {
  EligibilityFailureObject,
  EligibilityRuleEnum,
  toEligibilityFailureObject,
} from '../call/call.object';
import { OrganizationKindEnum, OrganizationSizeEnum } from '../organization/organization.object';
import { enumOf } from '../platform/graphql/enum-of';
import type { ApplicationPartnerEntity } from './application-partner.entity';
import type { ApplicationEntity } from './application.entity';
import type { InvitationRow } from './application.repository';

export const ApplicationStatusEnum = enumOf(APPLICATION_STATUSES);
registerEnumType(ApplicationStatusEnum, { name: 'ApplicationStatus' });

export const PartnerStatusEnum = enumOf(PARTNER_STATUSES);
registerEnumType(PartnerStatusEnum, { name: 'ApplicationPartnerStatus' });

@ObjectType('ApplicationPartner')
export class ApplicationPartnerObject {
  @Field(() => PartnerStatusEnum) status: PartnerStatus;
  @Field(() => GraphQLSafeInt, { description: 'Minor units of the call’s currency.' })
  requestedBudget: number;
  @Field(() => GraphQLSafeInt) ownContribution: number;
  @Field() invitedAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  organizationId: string;
}

/** An application (신청). The consortium, live eligibility and suggestions are resolved fields. */
@ObjectType('Application')
export class ApplicationObject {
  @Field(() => ID) id: string;
  @Field(() => ApplicationStatusEnum) status: ApplicationStatus;
  @Field() title: string;
  @Field() abstract: string;
  @Field() workPlanSummary: string;
  @Field(() => Int, { nullable: true }) durationMonths: number | null;
  @Field(() => GraphQLSafeInt) leadRequestedBudget: number;
  @Field(() => GraphQLSafeInt) leadOwnContribution: number;
  @Field(() => [ID]) linkedNeedIds: string[];
  @Field(() => [ID]) linkedCollaborationIds: string[];
  @Field(() => [EligibilityFailureObject], {
    nullable: true,
    description: 'The rules it failed when eligibility was decided at close; null before.',
  })
  failedRules: EligibilityFailureObject[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'A manager’s written reason for an override.',
  })
  overrideReason: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  callId: string;
  leadOrganizationId: string;
  entity: ApplicationEntity;
}

@ObjectType('ConsortiumOrganizationFacts', {
  description:
    'What the eligibility rules read of one organization of the consortium: the facts the server checks, for the form to run the same rules live.',
})
export class ConsortiumOrganizationFactsObject {
  @Field(() => ID) organizationId: string;
  @Field(() => OrganizationKindEnum) kind: OrganizationKind;
  @Field(() => OrganizationSizeEnum, { nullable: true }) size: OrganizationSize | null;
  @Field() country: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => [ID], {
    description:
      'Its ACTIVE memberships among the call’s funding clusters and their partner clusters (no other cluster).',
  })
  activeClusterIds: string[];
}

@ObjectType('SuggestedPartner')
export class SuggestedPartnerObject {
  @Field(() => Float, { description: 'The matching engine’s partner score, in [0, 1].' })
  score: number;
  organizationId: string;
}

@ObjectType('PartnerSuggestion', {
  description: 'Organizations that would satisfy a failed rule, ranked for the linked needs.',
})
export class PartnerSuggestionObject {
  @Field(() => EligibilityRuleEnum) rule: EligibilityRule;
  @Field(() => EligibilityFailureObject) failure: EligibilityFailureObject;
  @Field(() => [SuggestedPartnerObject]) organizations: SuggestedPartnerObject[];
}

@ObjectType('ApplicationInvitation', {
  description:
    'An invitation as the invited organization reads it (the application itself once accepted).',
})
export class ApplicationInvitationObject {
  @Field(() => ID) applicationId: string;
  @Field() title: string;
  @Field(() => PartnerStatusEnum) status: PartnerStatus;
  @Field(() => ApplicationStatusEnum) applicationStatus: ApplicationStatus;
  @Field(() => GraphQLSafeInt) requestedBudget: number;
  @Field(() => GraphQLSafeInt) ownContribution: number;
  @Field() invitedAt: Date;
  organizationId: string;
  leadOrganizationId: string;
  callId: string;
}

export const toApplicationObject = (entity: ApplicationEntity): ApplicationObject => ({
  id: entity.id,
  status: entity.status,
  title: entity.title,
  abstract: entity.abstract,
  workPlanSummary: entity.workPlanSummary,
  durationMonths: entity.durationMonths,
  leadRequestedBudget: entity.leadRequestedBudget,
  leadOwnContribution: entity.leadOwnContribution,
  linkedNeedIds: entity.linkedNeedIds,
  linkedCollaborationIds: entity.linkedCollaborationIds,
  failedRules: entity.failedRules?.map(toEligibilityFailureObject) ?? null,
  overrideReason: entity.overrideReason,
  submittedAt: entity.submittedAt,
  decidedAt: entity.decidedAt,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
  callId: entity.callId,
  leadOrganizationId: entity.leadOrganizationId,
  entity,
});

export const toApplicationPartnerObject = (
  entity: ApplicationPartnerEntity,
): ApplicationPartnerObject => ({
  status: entity.status,
  requestedBudget: entity.requestedBudget,
  ownContribution: entity.ownContribution,
  invitedAt: entity.invitedAt,
  answeredAt: entity.answeredAt,
  organizationId: entity.organizationId,
});

export const toInvitationObject = (row: InvitationRow): ApplicationInvitationObject => ({
  ...row,
  requestedBudget: Number(row.requestedBudget),
  ownContribution: Number(row.ownContribution),
});
