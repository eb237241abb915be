import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HomeSummaryObject } from '../home/home-summary.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { InterestObject, toInterestObject } from './interest.object';
import { InterestService } from './interest.service';

/** How many of the latest waiting interests the home page lists. */
const LATEST = 5;

@ObjectType('HomeInterestsAwaiting')
export class HomeInterestsAwaitingObject {
  @Field(() => Int, {
    description: 'Interests your organizations received, SUBMITTED or SHORTLISTED.',
  })
  count: number;
  @Field(() => [InterestObject], { description: 'The latest few of them, newest first.' })
  latest: InterestObject[];
}

/** The interests' part of the home summary (owners: what waits for them; senders: answers). */
@Resolver(() => HomeSummaryObject)
export class InterestHomeResolver {
  constructor(private readonly service: InterestService) {}

  @ResolveField(() => HomeInterestsAwaitingObject, {
    description: 'Interests your organizations received that wait for your answer.',
  })
  async interestsAwaitingAnswer(
    @CurrentActor() actor: Actor,
  ): Promise<HomeInterestsAwaitingObject> {
    const { rows, count } = await this.service.awaitingAnswer(actor, LATEST);
    return { count, latest: rows.map(toInterestObject) };
  }

  @ResolveField(() => Int, {
    description:
      'Interests your organizations sent that were accepted or declined since the last visit.',
  })
  interestAnswersSince(
    @CurrentActor() actor: Actor,
    @Parent() summary: HomeSummaryObject,
  ): Promise<number> {
    return this.service.answeredSince(actor, summary.since);
  }
}
