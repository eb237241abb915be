/**
 * How guessing passwords is slowed without locking the owner out. Every attempt is counted
 * before the password is checked (so parallel guesses cannot outrun the count) and given
 * back when it succeeds. A sign-in counts against:
 *
 * - `accountAddress`: this account from this address. The hard limit: one attacker at one
 *   address is stopped after a few guesses, while the owner elsewhere is untouched.
 * - `account`: this account from anywhere. A slower ceiling against guessing from many
 *   addresses: ~50 guesses an hour is a crawl, and it only binds strangers (below).
 * - `address`: this address, every account. A ceiling against one address trying a
 *   password on many accounts; high, because an office or a campus shares one address.
 *
 * A browser that has signed in to the account before carries a signed "known device"
 * cookie (OWASP's device-cookie pattern); its attempts count against `device` only, so an
 * attacker who spends the other limits does not lock the owner's own browser out.
 */
export interface AttemptLimit {
  /** Attempts allowed within the window; the next one is refused (RATE_LIMITED). */
  attempts: number;
  windowSeconds: number;
}

export const ATTEMPT_LIMITS = {
  signInAccountAddress: { attempts: 10, windowSeconds: 15 * 60 },
  signInAccount: { attempts: 50, windowSeconds: 60 * 60 },
  signInAddress: { attempts: 100, windowSeconds: 60 * 60 },
  signInDevice: { attempts: 10, windowSeconds: 15 * 60 },
  /** Guesses at the current password when changing it, per user (a stolen session is no oracle). */
  passwordChange: { attempts: 10, windowSeconds: 15 * 60 },
  /** New accounts from one address. */
  registration: { attempts: 20, windowSeconds: 60 * 60 },
  /** Password-reset e-mails asked for from one network address (whatever the account). */
  passwordResetAddress: { attempts: 10, windowSeconds: 60 * 60 },
  /** Password-reset e-mails for one account (counted for unknown addresses too: no oracle). */
  passwordResetAccount: { attempts: 3, windowSeconds: 60 * 60 },
  /** Confirmation e-mails a signed-in user asks to be sent again. */
  verificationResend: { attempts: 3, windowSeconds: 60 * 60 },
} as const satisfies Record<string, AttemptLimit>;

export type AttemptKind = keyof typeof ATTEMPT_LIMITS;
export type SignInLimit = Extract<AttemptKind, `signIn${string}`>;

/** The limits a sign-in counts against, the one that sets its delay first. */
export function signInLimits(knownDevice: boolean): SignInLimit[] {
  return knownDevice
    ? ['signInDevice']
    : ['signInAccountAddress', 'signInAddress', 'signInAccount'];
}

export const LOGIN_THROTTLE = {
  /** Failures allowed at full speed before each answer is delayed. */
  freeFailures: 3,
  baseDelayMs: 200,
  maxDelayMs: 1600,
  /** How long a browser stays a known device of the account it signed in to. */
  knownDeviceDays: 180,
} as const;

/** The delay before answering, doubling with each failure past the free ones. */
export function loginDelayMs(failures: number): number {
  const excess = failures - LOGIN_THROTTLE.freeFailures;
  if (excess < 0) return 0;
  return Math.min(LOGIN_THROTTLE.baseDelayMs * 2 ** excess, LOGIN_THROTTLE.maxDelayMs);
}

const LIMITED_MESSAGES: Record<AttemptKind, string> = {
  signInAccountAddress: 'Too many failed sign-ins to this account from your network.',
  signInAccount: 'Too many failed sign-ins to this account.',
  signInAddress: 'Too many failed sign-ins from your network.',
  signInDevice: 'Too many failed sign-ins from this browser.',
  passwordChange: 'Too many wrong current passwords.',
  registration: 'Too many new accounts from your network.',
  passwordResetAddress: 'Too many password resets asked for from your network.',
  passwordResetAccount: 'Too many password resets asked for this address.',
  verificationResend: 'Too many confirmation e-mails asked for.',
};

/** What a refused attempt tells the caller, with when to try again. */
export function rateLimitedMessage(kind: AttemptKind, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `${LIMITED_MESSAGES[kind]} Try again in ${minutes} minute(s).`;
}
