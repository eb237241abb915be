/**
 * How repeated failed sign-ins are slowed and then refused. Counted per account and per
 * network address within a window; a successful sign-in clears the account's count.
 */
export const LOGIN_THROTTLE = {
  account: { maxFailures: 10, windowSeconds: 15 * 60 },
  address: { maxFailures: 50, windowSeconds: 60 * 60 },
  /** Failures allowed at full speed before each answer is delayed. */
  freeFailures: 3,
  baseDelayMs: 200,
  maxDelayMs: 1600,
} as const;

/** The delay before answering, doubling with each failure past the free ones. */
export function loginDelayMs(failures: number): number {
  const excess = failures - LOGIN_THROTTLE.freeFailures;
  if (excess < 0) return 0;
  return Math.min(LOGIN_THROTTLE.baseDelayMs * 2 ** excess, LOGIN_THROTTLE.maxDelayMs);
}
