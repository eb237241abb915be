import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { LiveEvents, type LiveSubscriber } from '../platform/live/live-events';
import type { LiveEventPayload } from '../platform/live/live-event-kinds';
import { Policy } from '../platform/policy/policy.service';
import { NotificationService } from './notification.service';

export type NotificationsStored = LiveEventPayload<'notificationsStored'>;

/** What a subscriber receives: one notification of its own. */
export interface NotificationReceived {
  notificationId: string;
}

/**
 * Live notifications: a fan-out publishes the event's key with its recipients in batches; a
 * subscriber hears only events naming it, and only while its notification of the event is
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
    this.live.authorize(
      'notificationsStored',
      async (actor, event) =>
        actor.kind === 'user' &&
        event.recipientIds.includes(actor.userId) &&
        (await this.notifications.ofEvent(actor, event.eventKey)) !== null,
    );
  }

  async subscribe(
    actor: Actor,
    subscriber: LiveSubscriber,
  ): Promise<AsyncIterableIterator<NotificationReceived>> {
    const { userId } = await this.policy.signedIn(actor);
    const stored = await this.live.subscribe(subscriber, 'notificationsStored', (payload) =>
      payload.recipientIds.includes(userId),
    );
    // The event names the notification by its key; the subscriber is told its id. The
    // receive policy has just read it, so it is found unless it vanished since.
    const received = async (): Promise<IteratorResult<NotificationReceived>> => {
      for (;;) {
        const next = await stored.next();
        if (next.done) return { value: undefined, done: true };
        const currentActor = (await subscriber.actor()) ?? actor;
        const row = await this.notifications.ofEvent(currentActor, next.value.eventKey);
        if (row) return { value: { notificationId: row.id }, done: false };
      }
    };
    const iterator: AsyncIterableIterator<NotificationReceived> = {
      next: received,
      return: async () => {
        await stored.return?.();
        return { value: undefined, done: true };
      },
      throw: async (error?: unknown) => {
        await stored.return?.();
        throw error instanceof Error ? error : new Error(String(error));
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
