import {
  ATTEMPT_LIMITS,
  LOGIN_THROTTLE,
  loginDelayMs,
  rateLimitedMessage,
  signInLimits,
} from './login-throttle';

describe('login throttle', () => {
  it('answers the first failures at full speed, then doubles the delay up to a cap', () => {
    const delays = Array.from({ length: 10 }, (_, failures) => loginDelayMs(failures));
    expect(delays.slice(0, LOGIN_THROTTLE.freeFailures)).toEqual([0, 0, 0]);
    expect(delays.slice(3, 7)).toEqual([200, 400, 800, 1600]);
    expect(Math.max(...delays)).toBe(LOGIN_THROTTLE.maxDelayMs);
    for (let i = 1; i < delays.length; i += 1)
      expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
  });

  it('binds a stranger by account+address first, a known device by its own limit only', () => {
    expect(signInLimits(false)).toEqual(['signInAccountAddress', 'signInAddress', 'signInAccount']);
    expect(signInLimits(true)).toEqual(['signInDevice']);
  });

  it('stops one address at one account long before the account-wide and address-wide ceilings', () => {
    const perHour = (kind: keyof typeof ATTEMPT_LIMITS) =>
      (ATTEMPT_LIMITS[kind].attempts * 3600) / ATTEMPT_LIMITS[kind].windowSeconds;
    expect(perHour('signInAccount')).toBeGreaterThan(ATTEMPT_LIMITS.signInAccountAddress.attempts);
    expect(perHour('signInAddress')).toBeGreaterThan(perHour('signInAccount'));
  });

  it('says when to try again, in whole minutes', () => {
    expect(rateLimitedMessage('registration', 61)).toBe(
      'Too many new accounts from your network. Try again in 2 minute(s).',
    );
  });
});
