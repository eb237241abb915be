import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { NotificationDelivery } from '@spillover/domain';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { IdPipe } from '../platform/graphql/validation';
import type { LiveSubscriber } from '../platform/live/live-events';
import { CurrentSubscriber } from '../platform/live/subscriber.decorator';
import { NotificationLive, type NotificationReceived } from './notification-live';
import {
  NotificationConnection,
  NotificationDeliveryEnum,
  NotificationObject,
  NotificationPreferenceObject,
  NotificationReceivedObject,
  toNotificationObject,
  toPreferenceObject,
} from './notification.object';
import { NotificationService } from './notification.service';

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly live: NotificationLive,
  ) {}

  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first; only those about things you may still read.',
  })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<Connection<NotificationObject>> {
    const limit = pageSize(first);
    const rows = await this.service.list(actor, {
      unreadOnly,
      first: limit + 1,
      after: decodeCursor(after, ['timestamp', 'uuid']),
    });
    return toConnection(
      rows,
      limit,
      (row) => [row.createdAt.toISOString(), row.id],
      toNotificationObject,
    );
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the header bell).' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => NotificationObject, { description: 'Marks one of your notifications read.' })
  async markNotificationRead(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<NotificationObject> {
    return toNotificationObject(await this.service.markRead(actor, id));
  }

  @Mutation(() => Int, {
    description: 'Marks all your notifications read; returns how many were unread.',
  })
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.markAllRead(actor);
  }

  @Query(() => [NotificationPreferenceObject], {
    description: 'How you receive each type of notification.',
  })
  async notificationPreferences(
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferenceObject[]> {
    return (await this.service.preferences(actor)).map(toPreferenceObject);
  }

  @Mutation(() => NotificationPreferenceObject, {
    description: 'Chooses how you receive one type of notification.',
  })
  async setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args('type') type: string,
    @Args('delivery', { type: () => NotificationDeliveryEnum }) delivery: NotificationDelivery,
  ): Promise<NotificationPreferenceObject> {
    return toPreferenceObject(await this.service.setPreference(actor, { type, delivery }));
  }

  @Query(() => Int, {
    description: 'The match score (percent) above which a new match of your needs notifies you.',
  })
  strongMatchThreshold(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.strongMatchThreshold(actor);
  }

  @Mutation(() => Int, { description: 'Sets your strong-match threshold, 50 to 100 percent.' })
  setStrongMatchThreshold(
    @CurrentActor() actor: Actor,
    @Args('percent', { type: () => Int }) percent: number,
  ): Promise<number> {
    return this.service.setStrongMatchThreshold(actor, percent);
  }

  @Subscription(() => NotificationReceivedObject, {
    description:
      'Each new notification of yours as it is stored, only ones you may read: read the inbox and the count again.',
    resolve: (event: NotificationReceived): NotificationReceivedObject => ({
      notificationId: event.notificationId,
    }),
  })
  notificationReceived(
    @CurrentActor() actor: Actor,
    @CurrentSubscriber() subscriber: LiveSubscriber,
  ) {
    return this.live.subscribe(actor, subscriber);
  }
}
