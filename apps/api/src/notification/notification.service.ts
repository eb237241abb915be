import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  NOTIFICATION_TYPE_NAMES,
  NOTIFICATION_TYPES,
  STRONG_MATCH_THRESHOLD_DEFAULT,
  effectiveDelivery,
  notFound,
  parseNotificationPreference,
  parseStrongMatchThreshold,
  type NotificationDelivery,
  type NotificationType,
} from '@spillover/domain';
import { Mailer } from '../email/mailer';
import type { Actor } from '../platform/auth/actor';
import { Transactions } from '../platform/database/transactions';
import { JobEvents } from '../platform/jobs/job-events';
import { LiveEvents } from '../platform/live/live-events';
import { LIVE_RECIPIENTS_PER_EVENT } from '../platform/live/live-event-kinds';
import { ActorFactsLoader } from '../platform/policy/actor-facts';
import { Policy } from '../platform/policy/policy.service';
import { NOTIFICATION_FAN_OUT, type NotificationEvent } from './notification-event';
import { NotificationRepository, type NotificationRow } from './notification.repository';

export interface NotificationPreferenceView {
  type: NotificationType;
  delivery: NotificationDelivery;
  isDefault: boolean;
}

/**
 * Notifications: producers call `notify` inside the transaction of the change that causes
 * the event; the fan-out job stores one row per recipient (respecting each one's delivery
 * for the type), queues the EMAIL_NOW e-mails and publishes one live event per recipient.
 * Every read (list, count, live) keeps only notifications about what the recipient may
 * still read, through the listings' own visibility predicates.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly events: JobEvents,
    private readonly mailer: Mailer,
    private readonly live: LiveEvents,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
    private readonly facts: ActorFactsLoader,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.define<{ event: NotificationEvent }>({
      name: NOTIFICATION_FAN_OUT,
      run: ({ event }, { key }) => this.fanOut(event, key),
    });
  }

  /** Queues an event in the caller's transaction; the same key is one event. */
  notify(event: NotificationEvent, key: string): Promise<void> {
    return this.events.enqueue(NOTIFICATION_FAN_OUT, { event }, `${event.type}:${key}`);
  }

  /** Queues many events in one statement (a call's results to every consortium), like `notify`. */
  notifyMany(events: readonly { event: NotificationEvent; key: string }[]): Promise<void> {
    return this.events.enqueueMany(
      NOTIFICATION_FAN_OUT,
      events.map(({ event, key }) => ({ payload: { event }, key: `${event.type}:${key}` })),
    );
  }

  /** The job: runs inside the transaction that records its key (acts once per key). */
  async fanOut(event: NotificationEvent, key: string): Promise<void> {
    const stored = await this.repository.fanOut({
      type: event.type,
      eventKey: key,
      defaultDelivery: NOTIFICATION_TYPES[event.type].defaultDelivery,
      recipients: event.recipients,
      exceptUserId: event.exceptUserId ?? null,
      scorePercent: event.scorePercent ?? null,
      defaultThreshold: STRONG_MATCH_THRESHOLD_DEFAULT,
      subjectKind: event.subject?.kind ?? 'NONE',
      subjectId: event.subject?.id ?? null,
      params: event.params,
      path: event.path,
    });
    // About a listing: only a recipient who may read it hears of it (a listing's own
    // organization always may; a cluster manager or an admin recipient is checked).
    const delivered = [];
    for (const row of stored)
      if (!event.subject || (await this.visibleTo(row.recipientId, row.id))) delivered.push(row);
    await this.mailer.sendToUsers(
      { type: event.type, params: event.params, path: event.path },
      delivered.filter((row) => row.delivery === 'EMAIL_NOW').map((row) => row.recipientId),
    );
    await this.live.publishMany(
      'notificationsStored',
      chunks(delivered.map((row) => row.recipientId).sort(), LIVE_RECIPIENTS_PER_EVENT).map(
        (recipientIds) => ({ eventKey: key, recipientIds }),
      ),
    );
    if (
      event.mailWithoutAccount &&
      !stored.length &&
      !(await this.repository.hasAccount(event.mailWithoutAccount.address))
    )
      await this.mailer.send({
        type: event.type,
        to: {
          userId: null,
          address: event.mailWithoutAccount.address,
          name: event.mailWithoutAccount.address,
          language: event.mailWithoutAccount.language,
        },
        params: event.params,
        path: event.path,
      });
  }

  private async visibleTo(userId: string, notificationId: string): Promise<boolean> {
    const actor = await this.facts.signIn(userId, `notification-${notificationId}`, {
      kind: 'session',
      sessionId: 'notification-fan-out',
    });
    if (!actor) return false;
    const [need, capability] = await this.predicates(actor);
    return (await this.repository.findVisible(notificationId, userId, need, capability)) !== null;
  }

  private async predicates(actor: Actor) {
    return Promise.all([
      this.policy.listingVisibility(actor, 'n', 'need'),
      this.policy.listingVisibility(actor, 'c', 'capability'),
    ] as const);
  }

  async list(
    actor: Actor,
    options: { unreadOnly: boolean; first: number; after: unknown[] | null },
  ): Promise<NotificationRow[]> {
    const { userId } = await this.policy.signedIn(actor);
    const [need, capability] = await this.predicates(actor);
    return this.repository.list(userId, need, capability, options);
  }

  async unreadCount(actor: Actor): Promise<number> {
    const { userId } = await this.policy.signedIn(actor);
    const [need, capability] = await this.predicates(actor);
    return this.repository.countUnread(userId, need, capability);
  }

  /** The actor's notification of one event, if stored and still visible to them. */
  async ofEvent(actor: Actor, eventKey: string): Promise<NotificationRow | null> {
    const { userId } = await this.policy.signedIn(actor);
    const [need, capability] = await this.predicates(actor);
    return this.repository.findVisibleOfEvent(eventKey, userId, need, capability);
  }

  /** One of the actor's own notifications that is still visible to them; else NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<NotificationRow> {
    const { userId } = await this.policy.signedIn(actor);
    const [need, capability] = await this.predicates(actor);
    const row = await this.repository.findVisible(id, userId, need, capability);
    if (!row) throw notFound('This notification');
    return row;
  }

  async markRead(actor: Actor, id: string): Promise<NotificationRow> {
    return this.transactions.run(async () => {
      const row = await this.get(actor, id);
      await this.repository.markRead(row.id);
      return this.get(actor, id);
    });
  }

  async markAllRead(actor: Actor): Promise<number> {
    const { userId } = await this.policy.signedIn(actor);
    return this.transactions.run(() => this.repository.markAllRead(userId));
  }

  async preferences(actor: Actor): Promise<NotificationPreferenceView[]> {
    const { userId } = await this.policy.signedIn(actor);
    const chosen = await this.repository.preferences(userId);
    return NOTIFICATION_TYPE_NAMES.map((type) => ({
      type,
      delivery: effectiveDelivery(type, chosen.get(type)),
      isDefault: !chosen.has(type),
    }));
  }

  async setPreference(
    actor: Actor,
    input: { type: string; delivery: string },
  ): Promise<NotificationPreferenceView> {
    const { userId } = await this.policy.signedIn(actor);
    const { type, delivery } = parseNotificationPreference(input);
    await this.transactions.run(() => this.repository.setPreference(userId, type, delivery));
    return { type, delivery, isDefault: false };
  }

  async strongMatchThreshold(actor: Actor): Promise<number> {
    const { userId } = await this.policy.signedIn(actor);
    return (await this.repository.threshold(userId)) ?? STRONG_MATCH_THRESHOLD_DEFAULT;
  }

  async setStrongMatchThreshold(actor: Actor, percent: number): Promise<number> {
    const { userId } = await this.policy.signedIn(actor);
    const valid = parseStrongMatchThreshold(percent);
    await this.transactions.run(() => this.repository.setThreshold(userId, valid));
    return valid;
  }
}

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size));
  return out;
};
