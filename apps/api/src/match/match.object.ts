import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  MATCH_COMPONENTS,
  MATCH_DISMISS_REASONS,
  MATCH_REASON_CODES,
  MATCH_SIDES,
  PARTNER_COMPONENTS,
  describeMatchReason,
  isLearnedReason,
  type Language,
  type MatchComponentName,
  type MatchDismissReason,
  type MatchReason,
  type MatchReasonCode,
  type MatchSide,
  type PartnerComponentName,
  type PartnerReason,
} from '@spillover/domain';
import { CapabilityObject } from '../capability/capability.object';
import { NeedObject } from '../need/need.object';
import { OrganizationObject } from '../organization/organization.object';
import { ConnectionType, type Connection } from '../platform/graphql/connection';
import { enumOf } from '../platform/graphql/enum-of';

export const MatchComponentNameEnum = enumOf<MatchComponentName | PartnerComponentName>([
  ...MATCH_COMPONENTS,
  ...PARTNER_COMPONENTS,
]);
export const MatchReasonCodeEnum = enumOf(MATCH_REASON_CODES);
export const MatchSideEnum = enumOf(MATCH_SIDES);
export const MatchDismissReasonEnum = enumOf(MATCH_DISMISS_REASONS);
registerEnumType(MatchComponentNameEnum, {
  name: 'MatchComponentName',
  description:
    'The named parts of a score: a match (MATCH_WEIGHTS in packages/domain) or a partner (PARTNER_WEIGHTS).',
});
registerEnumType(MatchReasonCodeEnum, { name: 'MatchReasonCode' });
registerEnumType(MatchSideEnum, {
  name: 'MatchSide',
  description:
    "Whose list a match is on: the need's owner (capabilities for its need) or the capability's owner (needs for its capability).",
});
registerEnumType(MatchDismissReasonEnum, { name: 'MatchDismissReason' });

@ObjectType('MatchComponent', {
  description: 'One weighted part of a score: contribution = weight × value.',
})
export class MatchComponentObject {
  @Field(() => MatchComponentNameEnum) name: MatchComponentName | PartnerComponentName;
  @Field(() => Float) weight: number;
  @Field(() => Float, { description: 'How well this part fits, 0 to 1.' }) value: number;
  @Field(() => Float) contribution: number;
  @Field({ description: "A preference learned from the owner's dismissals changed this part." })
  learned: boolean;
}

@ObjectType('MatchReason', {
  description: 'Why a match scored as it did, readable in the language asked for.',
})
export class MatchReasonObject {
  @Field(() => MatchReasonCodeEnum) code: MatchReasonCode;
  @Field(() => MatchComponentNameEnum) component: MatchComponentName | PartnerComponentName;
  @Field() text: string;
  @Field({ description: "The reason reports a preference learned from the owner's dismissals." })
  learned: boolean;
}

/** Score, components and reasons: what every kind of match carries. */
@ObjectType({ isAbstract: true })
export class ScoredObject {
  @Field(() => Float, { description: 'In [0, 1].' }) score: number;
  @Field(() => [MatchComponentObject]) components: MatchComponentObject[];
  @Field(() => [MatchReasonObject], { description: 'Strongest first.' })
  reasons: MatchReasonObject[];
  @Field({ description: 'A learned preference of the owner moved this match.' }) learned: boolean;
}

@ObjectType('CapabilityMatch', { description: 'A capability that could meet a need.' })
export class CapabilityMatchObject extends ScoredObject {
  @Field(() => CapabilityObject) capability: CapabilityObject;
  @Field({ description: 'Bookmarked by the need’s owner (false for everyone else).' })
  bookmarked: boolean;
}

@ObjectType('NeedMatch', { description: 'A need a capability could serve.' })
export class NeedMatchObject extends ScoredObject {
  @Field(() => NeedObject) need: NeedObject;
  @Field(() => CapabilityObject, {
    description: 'The capability it matched (for "needs you could answer": the best of yours).',
  })
  capability: CapabilityObject;
  @Field({ description: 'Bookmarked by the capability’s owner (false for everyone else).' })
  bookmarked: boolean;
}

@ObjectType('PartnerMatch', {
  description:
    'An organization that could meet a need, ranked by its capabilities, profile and track record.',
})
export class PartnerMatchObject extends ScoredObject {
  @Field(() => OrganizationObject) organization: OrganizationObject;
  @Field(() => [CapabilityObject], {
    description: 'Its capabilities that match the need, best first.',
  })
  capabilities: CapabilityObject[];
}

@ObjectType('MatchFeedback')
export class MatchFeedbackObject {
  @Field() needId: string;
  @Field() capabilityId: string;
  @Field(() => MatchSideEnum) side: MatchSide;
  @Field() action: string;
  @Field(() => MatchDismissReasonEnum, { nullable: true }) reason: MatchDismissReason | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

export interface MatchConnection<T> extends Connection<T> {
  refreshedAt: Date | null;
  refreshPending: boolean;
}

/** A ranked list of matches with when it was last refreshed in the background. */
function MatchConnectionType<T>(node: new () => T, name: string) {
  const type = ConnectionType(node, name, false);
  Field(() => Date, {
    nullable: true,
    description: 'When the background refresh last computed these matches; null before the first.',
  })(type.prototype, 'refreshedAt');
  Field(() => Boolean, {
    description: 'A change is waiting for the background refresh: matches may move soon.',
  })(type.prototype, 'refreshPending');
  return type as unknown as new () => MatchConnection<T>;
}

export const CapabilityMatchConnection = MatchConnectionType(
  CapabilityMatchObject,
  'CapabilityMatch',
);
export const NeedMatchConnection = MatchConnectionType(NeedMatchObject, 'NeedMatch');
export const PartnerMatchConnection = MatchConnectionType(PartnerMatchObject, 'PartnerMatch');

export const toReasonObjects = (
  reasons: readonly (MatchReason | PartnerReason)[],
  language: Language,
): MatchReasonObject[] =>
  reasons.map((reason) => ({
    code: reason.code,
    component: reason.component,
    text: describeMatchReason(reason, language),
    learned: isLearnedReason(reason.code),
  }));
