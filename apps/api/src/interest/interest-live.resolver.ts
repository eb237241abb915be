import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { OptionalIdPipe } from '../platform/graphql/validation';
import type { LiveSubscriber } from '../platform/live/live-events';
import { CurrentSubscriber } from '../platform/live/subscriber.decorator';
import { listingRef } from './interest-listing-ref';
import { InterestLive, type InterestChanged } from './interest-live';
import { InterestChangedObject } from './interest.object';

@Resolver()
export class InterestLiveResolver {
  constructor(private readonly live: InterestLive) {}

  @Subscription(() => InterestChangedObject, {
    description:
      "Each time an interest you may read is submitted or changes state: of one listing (needId or capabilityId), or with neither, any of your organizations' interests.",
    resolve: (event: InterestChanged): InterestChangedObject => ({
      interestId: event.interestId,
      status: event.status,
      listingKind: event.listingKind,
      listingId: event.listingId,
    }),
  })
  interestChanged(
    @CurrentActor() actor: Actor,
    @CurrentSubscriber() subscriber: LiveSubscriber,
    @Args('needId', { type: () => ID, nullable: true }, OptionalIdPipe) needId?: string,
    @Args('capabilityId', { type: () => ID, nullable: true }, OptionalIdPipe) capabilityId?: string,
  ) {
    return this.live.subscribe(
      actor,
      subscriber,
      needId || capabilityId ? listingRef({ needId, capabilityId }) : null,
    );
  }
}
