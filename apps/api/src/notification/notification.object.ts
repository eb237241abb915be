import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_SUBJECTS,
  type NotificationDelivery,
  type NotificationSubject,
} from '@spillover/domain';
import { ConnectionType } from '../platform/graphql/connection';
import { enumOf } from '../platform/graphql/enum-of';
import type { NotificationPreferenceView } from './notification.service';
import type { NotificationRow } from './notification.repository';

export const NotificationDeliveryEnum = enumOf(NOTIFICATION_DELIVERIES);
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description:
    'IN_APP: the inbox only; EMAIL_NOW: the inbox and an e-mail at once; DAILY_DIGEST: the inbox and one e-mail a day; OFF: nothing.',
});

export const NotificationSubjectEnum = enumOf(NOTIFICATION_SUBJECTS);
registerEnumType(NotificationSubjectEnum, {
  name: 'NotificationSubject',
  description: 'What a notification is about: a need, a capability, or the recipient only (NONE).',
});

@ObjectType('NotificationParam', { description: 'One value the texts of a notification show.' })
export class NotificationParamObject {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType('Notification', {
  description:
    'Something that happened for you. Its words are the e-mail catalog entry of its type (`types.<type>.subject`) with its params.',
})
export class NotificationObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Its type, e.g. need.ndaAccepted (see notificationPreferences).' })
  type!: string;
  @Field(() => [NotificationParamObject]) params!: NotificationParamObject[];
  @Field({ description: 'The page it is about, relative to the web app.' }) path!: string;
  @Field(() => NotificationSubjectEnum) subjectKind!: NotificationSubject;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

export const NotificationConnection = ConnectionType(NotificationObject, 'Notification', false);

export const toNotificationObject = (row: NotificationRow): NotificationObject => ({
  id: row.id,
  type: row.type,
  params: Object.entries(row.params).map(([name, value]) => ({ name, value: String(value) })),
  path: row.path,
  subjectKind: row.subjectKind,
  subjectId: row.subjectId,
  readAt: row.readAt,
  createdAt: row.createdAt,
});

@ObjectType('NotificationPreference', {
  description: 'How you receive one type of notification.',
})
export class NotificationPreferenceObject {
  @Field() type!: string;
  @Field(() => NotificationDeliveryEnum) delivery!: NotificationDelivery;
  @Field({ description: "True while you have not chosen: the type's default applies." })
  isDefault!: boolean;
}

export const toPreferenceObject = (
  view: NotificationPreferenceView,
): NotificationPreferenceObject => view;

@ObjectType('NotificationReceived', { description: 'A new notification of yours was stored.' })
export class NotificationReceivedObject {
  @Field(() => ID) notificationId!: string;
}
