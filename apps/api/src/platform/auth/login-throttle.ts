import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { loginDelayMs, signInLimits, type SignInLimit } from '@spillover/domain';
import { Attempt, AttemptThrottle, type AttemptKey } from './attempt-throttle';

// Keys name the account by a hash: the table need not list who is being attacked, and a
// 254-character address plus an IPv6 address still fits its 255-character key.
const accountKey = (email: string): string => createHash('sha256').update(email).digest('hex');

/** Who is trying to sign in: the account named, the client's address, the browser's device cookie. */
export interface SignInSource {
  email: string;
  address: string;
  /** The nonce of a valid known-device cookie for this account, if the browser has one. */
  device: string | null;
}

const SUCCESS: Record<SignInLimit, AttemptKey['onSuccess']> = {
  // The owner proved itself here: forget this address's and this browser's failures.
  signInAccountAddress: 'clear',
  signInDevice: 'clear',
  // Only give this attempt back: the owner signing in must not reset a distributed
  // attacker's count against the account, nor the count of other people at the address.
  signInAccount: 'refund',
  signInAddress: 'refund',
};

function keyOf(kind: SignInLimit, source: SignInSource): string {
  switch (kind) {
    case 'signInAccountAddress':
      return `${accountKey(source.email)}:${source.address}`;
    case 'signInAccount':
      return accountKey(source.email);
    case 'signInAddress':
      return source.address;
    case 'signInDevice':
      return `${accountKey(source.email)}:${source.device ?? ''}`;
  }
}

/** The sign-in policy of the domain (`signInLimits`) applied to the attempt counters. */
@Injectable()
export class LoginThrottle {
  constructor(private readonly attempts: AttemptThrottle) {}

  /**
   * Charges a sign-in attempt before its password is checked (refusing with RATE_LIMITED
   * when a limit is spent), then waits the delay the earlier failures earned.
   */
  async begin(source: SignInSource): Promise<Attempt> {
    const kinds = signInLimits(source.device !== null);
    const attempt = await this.attempts.begin(
      kinds.map((kind) => ({ kind, key: keyOf(kind, source), onSuccess: SUCCESS[kind] })),
    );
    const delay = loginDelayMs(attempt.earlier);
    if (delay > 0) await sleep(delay);
    return attempt;
  }

  /** A password change from a signed-in session: guesses at the old password are moot, let strangers' limits start afresh. */
  async forgiveAccount(email: string): Promise<void> {
    await Promise.all([
      this.attempts.clear('signInAccount', accountKey(email)),
      this.attempts.clearStartingWith('signInAccountAddress', `${accountKey(email)}:`),
      this.attempts.clearStartingWith('signInDevice', `${accountKey(email)}:`),
    ]);
  }
}
