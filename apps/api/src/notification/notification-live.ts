import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isDomainError } from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import { LiveEvents, type LiveSubscriber } from '../platform/live/live-events';
import type { LiveEventPayload } from '../platform/live/live-event-kinds';
import { Policy } from '../platform/policy/policy.service';
import { NotificationService } from './notification.service';

export type NotificationReceived = LiveEventPayload<'notificationReceived'>;

/**
 * Live notifications: a subscriber hears only its own, and only while the notification is
 * one it could read in its inbox (the same read as `notifications`), so one about a need
 * that became private for it is never delivered.
 */
@Injectable()
export class NotificationLive implements OnModuleInit {
  constructor(
    private readonly live: LiveEvents,
    private readonly notifications: NotificationService,
    private readonly policy: Policy,
  ) {}

  onModuleInit(): void {
    this.live.authorize('notificationReceived', (actor, event) => this.mayRead(actor, event));
  }

  async subscribe(actor: Actor, subscriber: LiveSubscriber) {
    const { userId } = await this.policy.signedIn(actor);
    return this.live.subscribe(
      subscriber,
      'notificationReceived',
      (payload) => payload.recipientId === userId,
    );
  }

  private async mayRead(actor: Actor, event: NotificationReceived): Promise<boolean> {
    if (actor.kind !== 'user' || actor.userId !== event.recipientId) return false;
    try {
      await this.notifications.get(actor, event.notificationId);
      return true;
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  }
}
