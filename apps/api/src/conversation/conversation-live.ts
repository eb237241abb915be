import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { LiveEvents, type LiveSubscriber } from '../platform/live/live-events';
import { Policy } from '../platform/policy/policy.service';
import { ConversationService, type MessagePosted } from './conversation.service';

/**
 * Live messages: a subscriber hears of a message only while it is a member of one of the
 * conversation's two organizations (the read rule; moderators read reported conversations
 * by asking, never live). One conversation (NOT_FOUND at subscribe when unreadable) or all
 * of the viewer's (the header's unread count).
 */
@Injectable()
export class ConversationLive implements OnModuleInit {
  constructor(
    private readonly live: LiveEvents,
    private readonly conversations: ConversationService,
    private readonly policy: Policy,
  ) {}

  onModuleInit(): void {
    this.live.authorize('conversationMessagePosted', (actor, event) =>
      this.conversations.mayReceive(actor, event),
    );
  }

  async subscribe(actor: Actor, subscriber: LiveSubscriber, conversationId?: string) {
    if (conversationId !== undefined) {
      const view = await this.conversations.get(actor, conversationId);
      return this.live.subscribe(
        subscriber,
        'conversationMessagePosted',
        (payload: MessagePosted) => payload.conversationId === view.row.id,
      );
    }
    const facts = await this.policy.signedIn(actor);
    // Pre-filter by the organizations the viewer had when subscribing; the receive policy
    // checks every event against the current memberships.
    const organizations = new Set(facts.orgRoles.keys());
    return this.live.subscribe(subscriber, 'conversationMessagePosted', (payload: MessagePosted) =>
      payload.organizationIds.some((id) => organizations.has(id)),
    );
  }
}
