import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { BookmarkedMatchObject } from '../match/bookmark.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { pairKey } from './interest.repository';
import type { InterestEntity } from './interest.entity';
import { InterestObject, toInterestObject } from './interest.object';
import { InterestService } from './interest.service';

type Pair = { needId: string; capabilityId: string };

/**
 * The interest state of a bookmarked match. A bookmark pairs a need and a capability of two
 * organizations, one of them the bookmarking one; whichever side it stands on, the interest
 * that matters is the one between those two organizations about the pair: the need's
 * organization received it from the capability's about the need, or sent it about the
 * capability (and the other way round for the capability's side). The latest such interest
 * wins, so a withdrawn one followed by a fresh one shows the fresh one. Only interests the
 * viewer's organizations are a party to are read, and a whole page takes one statement.
 */
@Resolver(() => BookmarkedMatchObject)
export class InterestBookmarkResolver {
  private readonly perRequest = new WeakMap<
    Actor,
    DataLoader<Pair, InterestEntity | null, string>
  >();

  constructor(private readonly service: InterestService) {}

  @ResolveField(() => InterestObject, {
    nullable: true,
    description:
      "The latest interest between the pair's two organizations about its need or its capability; null when none.",
  })
  async interest(
    @CurrentActor() actor: Actor,
    @Parent() bookmark: BookmarkedMatchObject,
  ): Promise<InterestObject | null> {
    const interest = await this.loader(actor).load({
      needId: bookmark.needId,
      capabilityId: bookmark.capabilityId,
    });
    return interest ? toInterestObject(interest) : null;
  }

  private loader(actor: Actor): DataLoader<Pair, InterestEntity | null, string> {
    let loader = this.perRequest.get(actor);
    if (!loader) {
      loader = new DataLoader<Pair, InterestEntity | null, string>(
        async (pairs) => {
          const found = await this.service.latestForPairs(actor, pairs);
          return pairs.map((p) => found.get(pairKey(p.needId, p.capabilityId)) ?? null);
        },
        { cacheKeyFn: (p) => pairKey(p.needId, p.capabilityId) },
      );
      this.perRequest.set(actor, loader);
    }
    return loader;
  }
}
