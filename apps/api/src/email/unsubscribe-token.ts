import { isEmailType, isNotificationEmail, type EmailType } from '@spillover/domain';
import { hmac, safeEqual } from '../platform/auth/secrets';

/**
 * The token of a one-click unsubscribe link: who and which type, signed with the platform
 * secret. It needs no storage and no sign-in (mail providers POST it without cookies), and
 * it can only ever unsubscribe that user from that type.
 */
export function unsubscribeToken(secret: string, userId: string, type: EmailType): string {
  const subject = Buffer.from(`${userId}:${type}`).toString('base64url');
  return `${subject}.${hmac(secret, `unsubscribe:${userId}:${type}`)}`;
}

export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; type: EmailType } | null {
  const [subject, signature, ...rest] = token.split('.');
  if (!subject || !signature || rest.length) return null;
  const [userId, type, ...more] = Buffer.from(subject, 'base64url').toString('utf8').split(':');
  if (!userId || !type || more.length || !isEmailType(type) || !isNotificationEmail(type))
    return null;
  if (!/^[0-9a-f-]{36}$/.test(userId)) return null;
  return safeEqual(signature, hmac(secret, `unsubscribe:${userId}:${type}`))
    ? { userId, type }
    : null;
}
