import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { HomeSummaryObject } from '../home/home-summary.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { ConversationService } from './conversation.service';

/** The conversations' part of the home summary. */
@Resolver(() => HomeSummaryObject)
export class ConversationHomeResolver {
  constructor(private readonly service: ConversationService) {}

  @ResolveField(() => Int, { description: 'Unread messages across all your conversations.' })
  unreadMessages(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.totalUnread(actor);
  }
}
