import { LOGIN_THROTTLE, loginDelayMs } from './login-throttle';

describe('login throttle', () => {
  it('answers the first failures at full speed, then doubles the delay up to a cap', () => {
    const delays = Array.from({ length: 10 }, (_, failures) => loginDelayMs(failures));
    expect(delays.slice(0, LOGIN_THROTTLE.freeFailures)).toEqual([0, 0, 0]);
    expect(delays.slice(3, 7)).toEqual([200, 400, 800, 1600]);
    expect(Math.max(...delays)).toBe(LOGIN_THROTTLE.maxDelayMs);
    for (let i = 1; i < delays.length; i += 1) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
  });
});
