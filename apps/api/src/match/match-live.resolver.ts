import { Args, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { ListingKindEnum } from '../listing/listing-kind.enum';
import { OptionalIdPipe } from '../platform/graphql/validation';
import type { LiveSubscriber } from '../platform/live/live-events';
import { CurrentSubscriber } from '../platform/live/subscriber.decorator';
import { MatchLive, type MatchesRefreshed } from './match-live';

@ObjectType('MatchesRefreshed', {
  description: "A listing's stored matches were recomputed: read them again.",
})
export class MatchesRefreshedObject {
  @Field(() => ListingKindEnum)
  listingKind!: MatchesRefreshed['listingKind'];

  @Field(() => ID)
  listingId!: string;
}

@Resolver()
export class MatchLiveResolver {
  constructor(private readonly live: MatchLive) {}

  @Subscription(() => MatchesRefreshedObject, {
    description:
      'Each time the matches of a need or capability (exactly one) were refreshed, while you may see it; at once when no refresh is pending as it starts. NOT_FOUND when you may not see it.',
    resolve: (event: MatchesRefreshed): MatchesRefreshedObject => event,
  })
  matchesRefreshed(
    @CurrentActor() actor: Actor,
    @CurrentSubscriber() subscriber: LiveSubscriber,
    @Args('needId', { type: () => ID, nullable: true }, OptionalIdPipe) needId?: string,
    @Args('capabilityId', { type: () => ID, nullable: true }, OptionalIdPipe) capabilityId?: string,
  ) {
    return this.live.subscribe(actor, subscriber, { needId, capabilityId });
  }
}
