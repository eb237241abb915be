import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ClusterMembershipObject } from '../cluster/cluster.object';
import { MatchSideEnum } from '../match/match.object';
import type { MatchSide } from '@spillover/domain';

/**
 * What needs the signed-in user now. The object carries only the moment and the user; every
 * part is a field of its own resolved by a resolver of its feature (`@Resolver(() =>
 * HomeSummaryObject)` + `@ResolveField`), so a feature adds its part without touching others.
 */
@ObjectType('HomeSummary')
export class HomeSummaryObject {
  @Field({
    description: 'New things are those since this instant (the last visit, at most 30 days back).',
  })
  since: Date;
  @Field() generatedAt: Date;
  userId: string;
}

@ObjectType('HomeMatch', { description: 'A match new since the last visit, on one of your lists.' })
export class HomeMatchObject {
  @Field(() => MatchSideEnum, {
    description:
      'NEED_OWNER: a capability for your need; CAPABILITY_OWNER: a need for your capability.',
  })
  side: MatchSide;
  @Field(() => Float, { description: 'The stored score, in [0, 1].' }) score: number;
  @Field() foundAt: Date;
  needId: string;
  capabilityId: string;
}

@ObjectType('HomeNewMatches')
export class HomeNewMatchesObject {
  @Field(() => Int, {
    description: 'New matches on the lists of your organizations (dismissed ones left out).',
  })
  count: number;
  @Field(() => [HomeMatchObject], { description: 'The best few of them.' }) top: HomeMatchObject[];
}

@ObjectType('HomeAdminOverview', { description: 'Pointers for platform admins.' })
export class HomeAdminOverviewObject {
  @Field(() => Int, { description: 'E-mails queued and not yet sent.' }) emailsQueued: number;
  @Field(() => Int, { description: 'E-mails written in the last 24 hours.' }) emailsLastDay: number;
  @Field(() => Int, { description: 'Audit events recorded in the last 24 hours.' })
  auditEventsLastDay: number;
}

@ObjectType('HomePendingDecisions')
export class HomePendingDecisionsObject {
  @Field(() => Int) count: number;
  @Field(() => [ClusterMembershipObject], { description: 'The oldest applications first.' })
  oldest: ClusterMembershipObject[];
}
