import { ATTEMPT_LIMITS } from '@spillover/domain';
import { PASSWORD, REGISTER, expectRefused, signUp } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { csrfToken user { id email } } }`;
const VIEWER = `query { viewer { user { id email displayName preferredLanguage } csrfToken } }`;
const LOG_OUT = `mutation { logOut }`;
const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const UPDATE_PROFILE = `mutation Update($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName preferredLanguage } }`;
const CREATE_TOKEN = `mutation Create($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name prefix revokedAt } } }`;
const TOKENS = `query { apiTokens { id name prefix revokedAt lastUsedAt } }`;
const REVOKE_TOKEN = `mutation Revoke($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('accounts: happy path', () => {
  it('registers, signs in with an httpOnly SameSite cookie, and knows the viewer', async () => {
    const client = t.client();
    const response = await client.raw(REGISTER, {
      input: {
        email: ' Ji-woo.Kim@Example.KR ',
        password: PASSWORD,
        displayName: '김지우',
        preferredLanguage: 'ko',
      },
    });
    expect(response.body.errors).toBeUndefined();
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n');
    expect(setCookie).toMatch(/spillover_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/spillover_session=[^;]+;.*SameSite=Lax/i);
    expect(setCookie).not.toMatch(/spillover_csrf=[^;]+;.*HttpOnly/i);
    const viewer = await client.ok<{
      viewer: { user: { email: string; preferredLanguage: string } };
    }>(VIEWER);
    expect(viewer.viewer.user).toMatchObject({
      email: 'ji-woo.kim@example.kr',
      preferredLanguage: 'ko',
    });
    const [row] = await t.dataSource.query(
      `SELECT password_hash FROM user_account WHERE email = 'ji-woo.kim@example.kr'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('logs out and the session is revoked server-side', async () => {
    const { client, email } = await signUp(t);
    const stolen = t.client();
    await stolen.ok(LOG_IN, { input: { email, password: PASSWORD } });
    await client.ok(LOG_OUT);
    expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    // The other browser is unaffected by this logout.
    expect((await stolen.ok<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
  });

  it('changes the password, signs out other sessions, revokes every API token, and the old password stops working', async () => {
    const { client, email } = await signUp(t);
    const other = t.client();
    await other.ok(LOG_IN, { input: { email, password: PASSWORD } });
    const scripts = await Promise.all(
      ['ci', 'export'].map(async (name) => {
        const script = t.client();
        script.bearer = (
          await client.ok<{ createApiToken: { token: string } }>(CREATE_TOKEN, { input: { name } })
        ).createApiToken.token;
        return script;
      }),
    );
    await client.ok(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect((await other.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    for (const script of scripts) expect((await script.raw(VIEWER)).status).toBe(401);
    expect(
      (await client.ok<{ apiTokens: { revokedAt: string | null }[] }>(TOKENS)).apiTokens.map(
        (x) => x.revokedAt !== null,
      ),
    ).toEqual([true, true]);
    expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
    const again = t.client();
    expect(
      (await again.gql(LOG_IN, { input: { email, password: PASSWORD } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    await again.ok(LOG_IN, { input: { email, password: 'a brand new passphrase' } });
  });

  it('updates the profile language', async () => {
    const { client } = await signUp(t);
    const data = await client.ok<{ updateProfile: { preferredLanguage: string } }>(UPDATE_PROFILE, {
      input: { preferredLanguage: 'ko' },
    });
    expect(data.updateProfile.preferredLanguage).toBe('ko');
  });

  it('creates an API token shown once, stores only its hash, authenticates scripts, and revokes it', async () => {
    const { client, userId } = await signUp(t);
    const created = await client.ok<{
      createApiToken: { token: string; apiToken: { id: string; prefix: string } };
    }>(CREATE_TOKEN, { input: { name: 'nightly export' } });
    const { token, apiToken } = created.createApiToken;
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await t.dataSource.query(`SELECT token_hash FROM api_token WHERE id = $1`, [
      apiToken.id,
    ]);
    expect(Buffer.from(stored[0].token_hash).toString('utf8')).not.toContain(token);
    const script = t.client();
    script.bearer = token;
    expect((await script.ok<{ viewer: { user: { id: string } } }>(VIEWER)).viewer.user.id).toBe(
      userId,
    );
    const listed = await client.ok<{ apiTokens: { id: string }[] }>(TOKENS);
    expect(listed.apiTokens.map((x) => x.id)).toEqual([apiToken.id]);
    expect(JSON.stringify(listed)).not.toContain(token);
    await client.ok(REVOKE_TOKEN, { id: apiToken.id });
    const refused = await script.raw(`query { viewer { user { id } } }`);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('accounts: refusals', () => {
  it.each([
    [
      'email',
      { email: 'not-an-email', password: PASSWORD, displayName: 'X', preferredLanguage: 'en' },
    ],
    [
      'password',
      { email: 'short@example.org', password: 'short', displayName: 'X', preferredLanguage: 'en' },
    ],
    [
      'password',
      {
        email: 'common@example.org',
        password: 'password1234',
        displayName: 'X',
        preferredLanguage: 'en',
      },
    ],
    [
      'password',
      {
        email: 'minsu.park@example.org',
        password: 'minsu.park-is-great',
        displayName: 'X',
        preferredLanguage: 'en',
      },
    ],
    [
      'password',
      {
        email: 'minji.park@example.kr',
        password: 'minjipark2026!!',
        displayName: 'Minji Park',
        preferredLanguage: 'ko',
      },
    ],
    [
      'password',
      {
        email: 'mp@example.kr',
        password: 'minjipark2026!!',
        displayName: 'Minji Park',
        preferredLanguage: 'ko',
      },
    ],
    [
      'password',
      {
        email: 'guessable@example.org',
        password: 'spillover1234',
        displayName: 'X',
        preferredLanguage: 'en',
      },
    ],
    [
      'displayName',
      {
        email: 'blank@example.org',
        password: PASSWORD,
        displayName: '   ',
        preferredLanguage: 'en',
      },
    ],
    [
      'preferredLanguage',
      { email: 'lang@example.org', password: PASSWORD, displayName: 'X', preferredLanguage: 'fr' },
    ],
  ])('refuses a sign-up with a bad %s and creates nothing', async (field, input) => {
    await expectRefused(t, () => t.client().gql(REGISTER, { input }), 'BAD_USER_INPUT', field);
  });

  it('refuses a second account for the same e-mail (any case)', async () => {
    const { email } = await signUp(t);
    await expectRefused(
      t,
      () =>
        t.client().gql(REGISTER, {
          input: {
            email: email.toUpperCase(),
            password: PASSWORD,
            displayName: 'Twin',
            preferredLanguage: 'en',
          },
        }),
      'CONFLICT',
      'email',
    );
  });

  it('gives one answer for a wrong password and an unknown account', async () => {
    const { email } = await signUp(t);
    const wrong = await t
      .client()
      .gql(LOG_IN, { input: { email, password: 'not the password at all' } });
    const unknown = await t
      .client()
      .gql(LOG_IN, { input: { email: 'nobody@example.org', password: 'not the password at all' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toEqual({ ...wrong.errors?.[0] });
  });

  it('slows and then refuses repeated failed sign-ins for one account with RATE_LIMITED', async () => {
    const { email } = await signUp(t);
    const attacker = t.client();
    const timings: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const started = Date.now();
      const result = await attacker.gql(LOG_IN, {
        input: { email, password: `guess number ${i}` },
      });
      timings.push(Date.now() - started);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // Failures past the free ones are answered later and later.
    expect(timings[9]!).toBeGreaterThanOrEqual(1500);
    expect(timings[4]!).toBeGreaterThanOrEqual(350);
    const refused = await attacker.gql(LOG_IN, { input: { email, password: PASSWORD } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(attacker.hasSession()).toBe(false);
  }, 60000);

  it('refuses cookie-authenticated writes without the CSRF header and changes nothing', async () => {
    const { client } = await signUp(t);
    const before = await t.dataSource.query(`SELECT display_name FROM user_account`);
    const response = await client.raw(
      UPDATE_PROFILE,
      { input: { displayName: 'Hijacked' } },
      { 'x-csrf-token': 'forged' },
    );
    expect(response.status).toBe(403);
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT display_name FROM user_account`)).toEqual(before);
  });

  it('refuses a wrong current password, a reused password and anonymous callers', async () => {
    const { client } = await signUp(t);
    await expectRefused(
      t,
      () =>
        client.gql(CHANGE_PASSWORD, {
          input: { currentPassword: 'wrong wrong wrong', newPassword: 'another fine passphrase' },
        }),
      'BAD_USER_INPUT',
      'currentPassword',
    );
    await expectRefused(
      t,
      () =>
        client.gql(CHANGE_PASSWORD, {
          input: { currentPassword: PASSWORD, newPassword: PASSWORD },
        }),
      'BAD_USER_INPUT',
      'newPassword',
    );
    await expectRefused(
      t,
      () =>
        client.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'tiny' } }),
      'BAD_USER_INPUT',
      'newPassword',
    );
    await expectRefused(
      t,
      () =>
        client.gql(CHANGE_PASSWORD, {
          input: { currentPassword: PASSWORD, newPassword: 'Password1234!' },
        }),
      'BAD_USER_INPUT',
      'newPassword',
    );
    await expectRefused(
      t,
      () =>
        t.client().gql(CHANGE_PASSWORD, {
          input: { currentPassword: PASSWORD, newPassword: 'another fine passphrase' },
        }),
      'UNAUTHENTICATED',
    );
  });

  it('refuses bad token input and another user’s token as NOT_FOUND', async () => {
    const alice = await signUp(t);
    const bob = await signUp(t);
    const created = await alice.client.ok<{ createApiToken: { apiToken: { id: string } } }>(
      CREATE_TOKEN,
      { input: { name: 'ci' } },
    );
    await expectRefused(
      t,
      () => alice.client.gql(CREATE_TOKEN, { input: { name: '' } }),
      'BAD_USER_INPUT',
      'name',
    );
    await expectRefused(
      t,
      () => alice.client.gql(CREATE_TOKEN, { input: { name: 'x', expiresInDays: 0 } }),
      'BAD_USER_INPUT',
      'expiresInDays',
    );
    await expectRefused(
      t,
      () => alice.client.gql(REVOKE_TOKEN, { id: 'not-a-uuid' }),
      'BAD_USER_INPUT',
      'id',
    );
    await expectRefused(
      t,
      () => bob.client.gql(REVOKE_TOKEN, { id: created.createApiToken.apiToken.id }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () => t.client().gql(CREATE_TOKEN, { input: { name: 'anon' } }),
      'UNAUTHENTICATED',
    );
  });
});

describe('accounts: limits and credentials', () => {
  it('refuses a new password made of the user’s own name, which only the server knows on a change', async () => {
    const { client } = await signUp(t, { displayName: 'Minji Park' });
    await expectRefused(
      t,
      () =>
        client.gql(CHANGE_PASSWORD, {
          input: { currentPassword: PASSWORD, newPassword: 'minjipark2026!!' },
        }),
      'BAD_USER_INPUT',
      'newPassword',
    );
    await expectRefused(
      t,
      () =>
        client.gql(CHANGE_PASSWORD, {
          input: { currentPassword: PASSWORD, newPassword: 'Minji Park forever and ever' },
        }),
      'BAD_USER_INPUT',
      'newPassword',
    );
  });

  it('throttles guesses at the current password like sign-ins, even in parallel, and the right one after them is refused', async () => {
    const { client } = await signUp(t);
    const limit = ATTEMPT_LIMITS.passwordChange.attempts;
    const results = await Promise.all(
      Array.from({ length: limit + 5 }, (_, i) =>
        client.gql(CHANGE_PASSWORD, {
          input: { currentPassword: `wrong guess ${i}`, newPassword: 'another fine passphrase' },
        }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(limit);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(5);
    await expectRefused(
      t,
      () =>
        client.gql(CHANGE_PASSWORD, {
          input: { currentPassword: PASSWORD, newPassword: 'another fine passphrase' },
        }),
      'RATE_LIMITED',
    );
  });

  it('refuses an API token changing the password or creating another token (FORBIDDEN), and changes nothing', async () => {
    const { client } = await signUp(t);
    const script = t.client();
    script.bearer = (
      await client.ok<{ createApiToken: { token: string } }>(CREATE_TOKEN, {
        input: { name: 'ci' },
      })
    ).createApiToken.token;
    // Reading is what tokens are for (and the first use stamps last_used_at, before the snapshots).
    expect((await script.ok<{ viewer: { user: unknown } }>(VIEWER)).viewer.user).not.toBeNull();
    await expectRefused(
      t,
      () =>
        script.gql(CHANGE_PASSWORD, {
          input: { currentPassword: PASSWORD, newPassword: 'another fine passphrase' },
        }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => script.gql(CREATE_TOKEN, { input: { name: 'another' } }),
      'FORBIDDEN',
    );
  });

  it('limits new accounts per address, and another address may still register', async () => {
    const office = t.client();
    const limit = ATTEMPT_LIMITS.registration.attempts;
    const input = (i: number | string) => ({
      email: `office-${i}-${Date.now()}@example.org`,
      password: PASSWORD,
      displayName: 'Office',
      preferredLanguage: 'en',
    });
    const results = await Promise.all(
      Array.from({ length: limit }, (_, i) => office.gql(REGISTER, { input: input(i) })),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(
      Array(limit).fill(undefined),
    );
    await expectRefused(
      t,
      () => office.gql(REGISTER, { input: input('one-too-many') }),
      'RATE_LIMITED',
    );
    await t.client().ok(REGISTER, { input: input('elsewhere') });
  });
});
