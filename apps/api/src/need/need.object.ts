import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  COLLABORATION_TYPES,
  NEED_CLOSE_REASONS,
  NEED_STATUSES,
  VISIBILITIES,
  type CollaborationType,
  type ConfidentialAccess,
  type NeedCloseReason,
  type NeedStatus,
  type Visibility,
} from '@spillover/domain';
import { ConnectionType } from '../platform/graphql/connection';
import type { NdaAcceptanceEntity } from './nda-acceptance.entity';
import type { TechnologyNeedEntity } from './need.entity';
import { enumOf } from '../platform/graphql/enum-of';

export const NeedStatusEnum = enumOf(NEED_STATUSES);
export const NeedCloseReasonEnum = enumOf(NEED_CLOSE_REASONS);
export const VisibilityEnum = enumOf(VISIBILITIES);
export const CollaborationTypeEnum = enumOf(COLLABORATION_TYPES);
export const ConfidentialAccessEnum = enumOf<ConfidentialAccess>([
  'OWNER',
  'ACCEPTED',
  'NDA_REQUIRED',
  'NO_NDA',
]);
registerEnumType(NeedStatusEnum, { name: 'NeedStatus' });
registerEnumType(NeedCloseReasonEnum, { name: 'NeedCloseReason' });
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description:
    'PUBLIC: everyone. CLUSTER: ACTIVE members of the owner’s clusters. PRIVATE: invited organizations.',
});
registerEnumType(CollaborationTypeEnum, { name: 'CollaborationType' });
registerEnumType(ConfidentialAccessEnum, {
  name: 'ConfidentialAccess',
  description: 'Why the viewer does or does not see the confidential details.',
});

@ObjectType('NdaTerms')
export class NdaTermsObject {
  @Field() text: string;
  @Field() version: string;
}

/** A technology need (기술수요). Confidential details are resolved through the NDA rule. */
@ObjectType('TechnologyNeed')
export class NeedObject {
  @Field(() => ID) id: string;
  @Field(() => NeedStatusEnum) status: NeedStatus;
  @Field(() => NeedCloseReasonEnum, { nullable: true }) closeReason: NeedCloseReason | null;
  @Field() title: string;
  @Field() publicSummary: string;
  @Field() desiredOutcome: string;
  @Field(() => [String], { description: 'Technology taxonomy codes' }) technologyAreas: string[];
  @Field(() => [String], { description: 'NACE Rev.2 codes' }) sectors: string[];
  @Field(() => Int, { nullable: true }) currentTrl: number | null;
  @Field(() => Int, { nullable: true }) targetTrl: number | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'In the currency’s minor units (won, cents).',
  })
  budgetMin: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) budgetMax: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217' }) currency: string | null;
  @Field(() => Date, { nullable: true }) responseDeadline: Date | null;
  @Field(() => [CollaborationTypeEnum]) collaborationTypes: CollaborationType[];
  @Field() internationalPartnersWelcome: boolean;
  @Field(() => VisibilityEnum) visibility: Visibility;
  @Field(() => NdaTermsObject, { nullable: true }) ndaTerms: NdaTermsObject | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  organizationId: string;
  confidential: string;
}

export const toNeedObject = (entity: TechnologyNeedEntity): NeedObject => ({
  id: entity.id,
  status: entity.status,
  closeReason: entity.closeReason,
  title: entity.title,
  publicSummary: entity.publicSummary,
  desiredOutcome: entity.desiredOutcome,
  technologyAreas: entity.technologyAreas,
  sectors: entity.sectors,
  currentTrl: entity.currentTrl,
  targetTrl: entity.targetTrl,
  budgetMin: entity.budgetMin,
  budgetMax: entity.budgetMax,
  currency: entity.currency,
  responseDeadline: entity.responseDeadline,
  collaborationTypes: entity.collaborationTypes,
  internationalPartnersWelcome: entity.internationalPartnersWelcome,
  visibility: entity.visibility,
  ndaTerms:
    entity.ndaText !== null && entity.ndaVersion !== null
      ? { text: entity.ndaText, version: entity.ndaVersion }
      : null,
  publishedAt: entity.publishedAt,
  closedAt: entity.closedAt,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
  organizationId: entity.organizationId,
  // Not a GraphQL field: `confidentialDetails` is resolved through the NDA rule.
  confidential: entity.confidentialDetails,
});

@ObjectType('NdaAcceptance')
export class NdaAcceptanceObject {
  @Field(() => ID) id: string;
  @Field() version: string;
  @Field() acceptedAt: Date;
  organizationId: string;
  acceptedById: string | null;
}

export const toNdaAcceptanceObject = (a: NdaAcceptanceEntity): NdaAcceptanceObject => ({
  id: a.id,
  version: a.version,
  acceptedAt: a.acceptedAt,
  organizationId: a.organizationId,
  acceptedById: a.acceptedById,
});

export const NeedConnection = ConnectionType(NeedObject, 'TechnologyNeed');
