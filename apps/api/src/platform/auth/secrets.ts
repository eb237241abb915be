import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new bearer secret: 32 random bytes, URL-safe, with a prefix that names its use. */
export const newToken = (prefix: string): string =>
  `${prefix}_${randomBytes(32).toString('base64url')}`;

/**
 * Session and API tokens carry 256 random bits, so a fast hash is enough to make a stolen
 * database useless; a slow password hash would only slow every request.
 */
export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

export function hmac(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
