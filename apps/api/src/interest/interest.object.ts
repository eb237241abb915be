import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  INTEREST_ACTIONS,
  INTEREST_ROLES,
  INTEREST_STATUSES,
  type InterestAction,
  type ListingKind,
  type InterestRole,
  type InterestStatus,
  type MatchReason,
} from '@spillover/domain';
import { ListingKindEnum } from '../listing/listing-kind.enum';
import { ConnectionType } from '../platform/graphql/connection';
import { enumOf } from '../platform/graphql/enum-of';
import type { InterestEntity } from './interest.entity';

export const InterestStatusEnum = enumOf(INTEREST_STATUSES);
export const InterestActionEnum = enumOf(INTEREST_ACTIONS);
export const InterestRoleEnum = enumOf(INTEREST_ROLES);
export const InterestOrderEnum = enumOf(['DATE', 'SCORE'] as const);
registerEnumType(InterestStatusEnum, {
  name: 'InterestStatus',
  description: 'SUBMITTED → SHORTLISTED → ACCEPTED | DECLINED, or WITHDRAWN by the sender.',
});
registerEnumType(InterestActionEnum, { name: 'InterestAction' });
registerEnumType(InterestRoleEnum, {
  name: 'InterestRole',
  description:
    "How you stand to an interest: a member (or ORG_ADMIN) of the sender or of the listing's owner.",
});
registerEnumType(InterestOrderEnum, {
  name: 'InterestOrder',
  description:
    'DATE: newest first. SCORE: best match first (interests without a match last), then newest.',
});

/** An expression of interest (관심표명), as either of its two organizations reads it. */
@ObjectType('Interest')
export class InterestObject {
  @Field(() => ID) id: string;
  @Field(() => ListingKindEnum) listingKind: ListingKind;
  @Field(() => InterestStatusEnum) status: InterestStatus;
  @Field() message: string;
  @Field() proposedApproach: string;
  @Field(() => String, {
    nullable: true,
    description: "The owner's reason for declining; the sender reads it.",
  })
  declineReason: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'The score (0 to 1) of the match it was sent from; null when not sent from a match.',
  })
  matchScore: number | null;
  @Field({ description: 'Sent from a match card: its reasons travel along.' }) fromMatch: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was accepted, declined or withdrawn.',
  })
  decidedAt: Date | null;
  needId: string | null;
  capabilityId: string | null;
  senderOrganizationId: string;
  ownerOrganizationId: string;
  storedReasons: readonly MatchReason[];
}

export const toInterestObject = (entity: InterestEntity): InterestObject => ({
  id: entity.id,
  listingKind: entity.listingKind,
  status: entity.status,
  message: entity.message,
  proposedApproach: entity.proposedApproach,
  declineReason: entity.declineReason,
  matchScore: entity.matchScore,
  fromMatch: entity.matchReasons.length > 0 || entity.matchScore !== null,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
  decidedAt: entity.decidedAt,
  needId: entity.needId,
  capabilityId: entity.capabilityId,
  senderOrganizationId: entity.senderOrganizationId,
  ownerOrganizationId: entity.ownerOrganizationId,
  storedReasons: entity.matchReasons,
});

export const InterestConnection = ConnectionType(InterestObject, 'Interest');

@ObjectType('InterestChanged', {
  description: 'An interest was submitted or changed state: read it (or its list) again.',
})
export class InterestChangedObject {
  @Field(() => ID) interestId: string;
  @Field(() => InterestStatusEnum) status: InterestStatus;
  @Field(() => ListingKindEnum) listingKind: ListingKind;
  @Field(() => ID) listingId: string;
}

export type { InterestAction, InterestRole };
