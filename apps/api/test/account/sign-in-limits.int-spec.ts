/**
 * Issue 11, items 1–3: the sign-in limits count every attempt before its password is
 * checked, bind an attacker by account + address without locking the owner out, and
 * believe X-Forwarded-For only from a configured proxy.
 */
import { ATTEMPT_LIMITS } from '@spillover/domain';
import { AttemptThrottle } from '../../src/platform/auth/attempt-throttle';
import { PasswordHasher } from '../../src/platform/auth/password-hasher';
import { loadConfig } from '../../src/platform/config/config';
import { PASSWORD, signUp } from '../support/factories';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

jest.setTimeout(120_000);

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { user { id } } }`;
const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const HARD = ATTEMPT_LIMITS.signInAccountAddress.attempts;

type Outcome = 'OK' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | string;
const logIn = async (client: TestClient, email: string, password: string): Promise<Outcome> => {
  const result = await client.gql(LOG_IN, { input: { email, password } });
  return result.errors?.[0]?.extensions?.code ?? 'OK';
};
const tally = (outcomes: Outcome[]) =>
  outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});
const guesses = (client: TestClient, email: string, n: number, right?: number) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      logIn(client, email, i === right ? PASSWORD : `wrong guess ${i}`),
    ),
  );

describe('sign-in limits (behind a trusted proxy, one address per client)', () => {
  let t: TestApp;
  let verified: jest.SpyInstance;
  beforeAll(async () => {
    t = await createTestApp();
    verified = jest.spyOn(t.app.get(PasswordHasher), 'verify');
  });
  afterAll(() => t.close());
  beforeEach(() => verified.mockClear());

  it('counts parallel guesses before checking them: of 30 wrong ones, only the limit is verified', async () => {
    const { email } = await signUp(t);
    const outcomes = await guesses(t.client(), email, 30);
    expect(tally(outcomes)).toEqual({ UNAUTHENTICATED: HARD, RATE_LIMITED: 30 - HARD });
    expect(verified).toHaveBeenCalledTimes(HARD);
  });

  it('does not let the right password through among parallel guesses past the limit', async () => {
    const { email } = await signUp(t);
    const attacker = t.client();
    const outcomes = await guesses(attacker, email, 30, 25);
    // Whatever order the requests arrive in, only HARD of them are checked at all.
    expect(verified).toHaveBeenCalledTimes(HARD);
    expect(outcomes.filter((o) => o !== 'RATE_LIMITED').length).toBe(HARD);
    if (outcomes[25] === 'OK') return; // the right guess happened to be among the first HARD
    expect(attacker.hasSession()).toBe(false);
    expect(await logIn(attacker, email, PASSWORD)).toBe('RATE_LIMITED');
  });

  it('lets the owner in from another address while an attacker at one address is refused', async () => {
    const { email } = await signUp(t);
    const attacker = t.client();
    await guesses(attacker, email, HARD);
    expect(await logIn(attacker, email, PASSWORD)).toBe('RATE_LIMITED');
    const owner = t.client();
    expect(await logIn(owner, email, PASSWORD)).toBe('OK');
    expect(owner.hasSession()).toBe(true);
    expect(await logIn(attacker, email, PASSWORD)).toBe('RATE_LIMITED');
  });

  it('stops guessing from many addresses at the account-wide ceiling, yet the owner’s known browser signs in, and a password change restores access', async () => {
    const { client: ownerBrowser, email } = await signUp(t);
    expect(ownerBrowser.cookie('spillover_device')).toBeTruthy();
    const perAddress = HARD;
    const addresses = Math.ceil(ATTEMPT_LIMITS.signInAccount.attempts / perAddress);
    await Promise.all(
      Array.from({ length: addresses }, () => guesses(t.client(), email, perAddress)),
    );
    // A stranger's browser at a fresh address: the account-wide ceiling binds, even with the right password.
    const newLaptop = t.client();
    expect(await logIn(newLaptop, email, PASSWORD)).toBe('RATE_LIMITED');
    // A forged device cookie, or one made for another account, is no key.
    const other = await signUp(t);
    const [nonce, mac] = (ownerBrowser.cookie('spillover_device') ?? '').split('.');
    for (const forged of [
      other.client.cookie('spillover_device') ?? '',
      `${nonce}x.${mac}`,
      `${nonce}.${mac}`.slice(0, -2),
    ]) {
      const forger = t.client();
      forger.setCookie('spillover_device', forged);
      expect(await logIn(forger, email, PASSWORD)).toBe('RATE_LIMITED');
    }
    const borrowed = t.client();
    borrowed.address = ownerBrowser.address;
    expect(await logIn(borrowed, email, PASSWORD)).toBe('RATE_LIMITED');
    // The owner's own browser, known to the account, is not bound by strangers' limits.
    expect(await logIn(ownerBrowser, email, PASSWORD)).toBe('OK');
    // Signed in, the owner changes the password: strangers' limits start afresh.
    await ownerBrowser.ok(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: 'a fresh start for the account' },
    });
    expect(await logIn(newLaptop, email, 'a fresh start for the account')).toBe('OK');
  });

  it('gives a known browser a limit of its own', async () => {
    const { client: ownerBrowser, email } = await signUp(t);
    await guesses(ownerBrowser, email, ATTEMPT_LIMITS.signInDevice.attempts);
    expect(await logIn(ownerBrowser, email, PASSWORD)).toBe('RATE_LIMITED');
  });

  it('stops one address trying many accounts at its ceiling, which a known browser behind the same address does not feel', async () => {
    const nat = '198.51.100.7';
    const victims = await Promise.all(
      Array.from({ length: ATTEMPT_LIMITS.signInAddress.attempts / HARD }, () => signUp(t)),
    );
    const colleague = await signUp(t);
    colleague.client.address = nat;
    const attacker = t.client();
    attacker.address = nat;
    const outcomes = (
      await Promise.all(victims.map((victim) => guesses(attacker, victim.email, HARD)))
    ).flat();
    expect(tally(outcomes)).toEqual({ UNAUTHENTICATED: ATTEMPT_LIMITS.signInAddress.attempts });
    const next = await signUp(t);
    expect(await logIn(attacker, next.email, PASSWORD)).toBe('RATE_LIMITED');
    // Someone behind the same address on a browser never used for the account waits too …
    const stranger = t.client();
    stranger.address = nat;
    expect(await logIn(stranger, colleague.email, PASSWORD)).toBe('RATE_LIMITED');
    // … but the colleague's own browser, and any other address, are not held back.
    expect(await logIn(colleague.client, colleague.email, PASSWORD)).toBe('OK');
    expect(await logIn(t.client(), next.email, PASSWORD)).toBe('OK');
  });

  it('sweeps counters whose window ended, and keeps the live ones', async () => {
    const now = Date.now();
    await t.dataSource.query(
      `INSERT INTO login_throttle (key, points, expire) VALUES ('registration:192.0.2.1', 3, $1), ('registration:192.0.2.2', 3, $2)`,
      [now - 3600_000, now + 60_000],
    );
    expect(await t.app.get(AttemptThrottle).sweep()).toBeGreaterThanOrEqual(1);
    const keys = (
      await t.dataSource.query(
        `SELECT key FROM login_throttle WHERE key LIKE 'registration:192.0.2.%'`,
      )
    ).map((r: { key: string }) => r.key);
    expect(keys).toEqual(['registration:192.0.2.2']);
  });

  it('counts each address a trusted proxy forwards separately', async () => {
    const { email } = await signUp(t);
    const rotating = t.client();
    for (let i = 0; i < HARD + 2; i += 1) {
      rotating.address = `203.0.113.${i + 1}`;
      expect(await logIn(rotating, email, `wrong guess ${i}`)).toBe('UNAUTHENTICATED');
    }
  });
});

describe('sign-in limits (no trusted proxy: the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SPILLOVER_TRUSTED_PROXIES: '' });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For from the peer: rotating it does not reset the limit', async () => {
    const { email } = await signUp(t);
    const rotating = t.client();
    for (let i = 0; i < HARD; i += 1) {
      rotating.address = `203.0.113.${i + 1}`;
      expect(await logIn(rotating, email, `wrong guess ${i}`)).toBe('UNAUTHENTICATED');
    }
    rotating.address = '203.0.113.200';
    expect(await logIn(rotating, email, PASSWORD)).toBe('RATE_LIMITED');
  });

  it('refuses a SPILLOVER_TRUSTED_PROXIES entry that is no address, range or known name', () => {
    expect(() =>
      loadConfig({ ...process.env, SPILLOVER_TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' }),
    ).toThrow(/proxy\.internal/);
    expect(() => loadConfig({ ...process.env, SPILLOVER_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(
      /10\.0\.0\.0\/33/,
    );
    expect(
      loadConfig({ ...process.env, SPILLOVER_TRUSTED_PROXIES: ' 10.0.0.0/8,loopback , fd00::/8' })
        .trustedProxies,
    ).toEqual(['10.0.0.0/8', 'loopback', 'fd00::/8']);
    expect(loadConfig({ ...process.env, SPILLOVER_TRUSTED_PROXIES: '' }).trustedProxies).toEqual(
      [],
    );
  });
});
