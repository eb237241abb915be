import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CapabilityObject, toCapabilityObject } from '../capability/capability.object';
import { toClusterMembershipObject } from '../cluster/cluster.object';
import { Loaders } from '../platform/loaders/loaders';
import { NeedObject, toNeedObject } from '../need/need.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import {
  HomeAdminOverviewObject,
  HomeMatchObject,
  HomeNewMatchesObject,
  HomePendingDecisionsObject,
  HomeSummaryObject,
} from './home-summary.object';
import { HomeService } from './home.service';

@Resolver(() => HomeSummaryObject)
export class HomeResolver {
  constructor(private readonly service: HomeService) {}

  @Query(() => HomeSummaryObject, {
    description:
      'What needs the signed-in user now (each part a field of its own). UNAUTHENTICATED for visitors.',
  })
  homeSummary(
    @CurrentActor() actor: Actor,
    @Args('since', {
      type: () => Date,
      nullable: true,
      description:
        'The last visit: "new" means since then (at most 30 days back; 7 days by default).',
    })
    since: Date | null,
  ): Promise<HomeSummaryObject> {
    return this.service.summary(actor, since);
  }

  @ResolveField(() => HomeNewMatchesObject, {
    description: "New matches on your organizations' lists since the last visit.",
  })
  newMatches(
    @CurrentActor() actor: Actor,
    @Parent() summary: HomeSummaryObject,
  ): Promise<HomeNewMatchesObject> {
    return this.service.newMatches(actor, summary.since);
  }

  @ResolveField(() => [NeedObject], {
    description: "Your organizations' open needs whose response deadline is in the next 7 days.",
  })
  async ownDeadlinesThisWeek(@CurrentActor() actor: Actor): Promise<NeedObject[]> {
    return (await this.service.ownDeadlines(actor)).map(toNeedObject);
  }

  @ResolveField(() => [NeedObject], {
    description:
      "Others' open needs your capabilities were matched with that close in the next 7 days.",
  })
  async answerableClosingThisWeek(@CurrentActor() actor: Actor): Promise<NeedObject[]> {
    return (await this.service.answerableClosingSoon(actor)).map(toNeedObject);
  }

  @ResolveField(() => HomePendingDecisionsObject, {
    description: 'Applications waiting for your decision in the clusters you manage.',
  })
  async pendingDecisions(@CurrentActor() actor: Actor): Promise<HomePendingDecisionsObject> {
    const { count, rows } = await this.service.pendingDecisions(actor);
    return { count, oldest: rows.map(toClusterMembershipObject) };
  }

  @ResolveField(() => HomeAdminOverviewObject, {
    nullable: true,
    description: 'Outbox and audit pointers; platform admins only (null for others).',
  })
  adminOverview(@CurrentActor() actor: Actor): Promise<HomeAdminOverviewObject | null> {
    return this.service.adminOverview(actor);
  }
}

@Resolver(() => HomeMatchObject)
export class HomeMatchResolver {
  constructor(private readonly loaders: Loaders) {}

  // The summary's query passed both listings through the viewer's predicates.
  @ResolveField(() => NeedObject)
  async need(@CurrentActor() actor: Actor, @Parent() match: HomeMatchObject): Promise<NeedObject> {
    const need = await this.loaders.of(actor).need.load(match.needId);
    if (!need) throw new Error(`home match lost its need ${match.needId}`);
    return toNeedObject(need);
  }

  @ResolveField(() => CapabilityObject)
  async capability(
    @CurrentActor() actor: Actor,
    @Parent() match: HomeMatchObject,
  ): Promise<CapabilityObject> {
    const capability = await this.loaders.of(actor).capability.load(match.capabilityId);
    if (!capability) throw new Error(`home match lost its capability ${match.capabilityId}`);
    return toCapabilityObject(capability);
  }
}
