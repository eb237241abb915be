import { NOTIFICATION_TYPE_NAMES, type NotificationType } from '../notification/notification-types';

/**
 * Every kind of e-mail the platform sends, one registry. `account` e-mails answer something
 * the recipient just did (confirm your address, reset your password): they always go out.
 * `notification` e-mails tell the recipient about something others did; each carries a
 * one-click unsubscribe for its type (RFC 8058). A new notification adds an entry here and
 * its texts under `types` in both catalogs (email-catalog.en.ts / .ko.ts); the mailer,
 * the unsubscribe link and the outbox take it from there.
 */
const ACCOUNT_EMAIL_TYPES = {
  'account.verifyEmail': { kind: 'account' },
  'account.passwordReset': { kind: 'account' },
} as const;

type EmailKind = { kind: 'account' | 'notification' };

// Every notification type (notification-types.ts) is also an e-mail type, so a type added
// there is mailed, unsubscribed from and listed in the outbox without an entry here.
export const EMAIL_TYPES: Record<
  keyof typeof ACCOUNT_EMAIL_TYPES | NotificationType | 'notification.digest',
  EmailKind
> = {
  ...ACCOUNT_EMAIL_TYPES,
  ...(Object.fromEntries(
    NOTIFICATION_TYPE_NAMES.map((type) => [type, { kind: 'notification' }]),
  ) as Record<NotificationType, EmailKind>),
  'notification.digest': { kind: 'notification' },
};

export type EmailType = keyof typeof EMAIL_TYPES;

export const EMAIL_TYPE_NAMES = Object.keys(EMAIL_TYPES) as EmailType[];

export const isEmailType = (value: string): value is EmailType => Object.hasOwn(EMAIL_TYPES, value);

/** Whether the recipient may unsubscribe from this type (and whether its e-mails say so). */
export const isNotificationEmail = (type: EmailType): boolean =>
  EMAIL_TYPES[type].kind === 'notification';

/** How an e-mail in the outbox stands: waiting for the job, handed to SMTP, or kept here. */
export const EMAIL_STATUSES = ['QUEUED', 'SENT', 'KEPT'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
