/**
 * Accounts that e-mail can trust: confirming the address on sign-up, resetting a forgotten
 * password by e-mail, and invitations taken only by an account that confirmed the invited
 * address. Links expire and work once; every refusal changes nothing.
 */
import { INVITE_MEMBER, ACCEPT_INVITATION } from '../support/roles';
import {
  PASSWORD,
  VERIFY_EMAIL,
  createOrganization,
  expectRefused,
  linkTokenFor,
  signUp,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  // Reset links are sent by a job (the request only queues it): jobs run here.
  t = await createTestApp({ SPILLOVER_JOBS: 'true' });
});
afterAll(() => t.close());

const VIEWER = `query { viewer { user { id email emailVerified } } }`;
const RESEND = `mutation { resendVerificationEmail }`;
const REQUEST_RESET = `mutation Request($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { user { id } } }`;
const CREATE_TOKEN = `mutation Create($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`;
const NEW_PASSWORD = 'a fresh and long passphrase';

const verified = async (client: ReturnType<TestApp['client']>) =>
  (await client.ok<{ viewer: { user: { emailVerified: boolean } } }>(VIEWER)).viewer.user
    .emailVerified;
const mails = async (userId: string, type: string) =>
  (await t.dataSource.query(
    `SELECT language, subject, text_body FROM email_message WHERE recipient_id = $1 AND type = $2 ORDER BY created_at`,
    [userId, type],
  )) as { language: string; subject: string; text_body: string }[];
const expireLinks = (userId: string) =>
  t.dataSource.query(
    `UPDATE account_link SET created_at = now() - interval '3 days', expires_at = now() - interval '1 second' WHERE user_id = $1`,
    [userId],
  );
/** The reset link e-mailed to the user, once the job that sends it has run. */
async function resetLinkFor(userId: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const token = await linkTokenFor(t, userId, 'account.passwordReset').catch(() => null);
    if (token) return token;
    if (Date.now() > deadline) throw new Error('no reset e-mail');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const errorKeyOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.key;

describe('e-mail verification', () => {
  it('e-mails a confirmation link in the user language on sign-up; the link confirms the address once', async () => {
    const person = await signUp(t, { preferredLanguage: 'ko', verified: false });
    expect(await verified(person.client)).toBe(false);
    const [mail] = await mails(person.userId, 'account.verifyEmail');
    expect(mail).toMatchObject({ language: 'ko', subject: '이메일 주소를 확인해 주세요' });
    expect(mail!.text_body).toContain('링크는 48시간 동안 유효합니다');
    expect(mail!.text_body).toMatch(
      /내 주소 확인하기: http:\/\/localhost:\d+\/account\/verify-email\?token=sv_/,
    );
    // Stored hashed: the token of the e-mail is nowhere in the database but the e-mail.
    const token = await linkTokenFor(t, person.userId, 'account.verifyEmail');
    expect(JSON.stringify(await t.dataSource.query(`SELECT * FROM account_link`))).not.toContain(
      token,
    );

    const done = await person.client.ok<{ verifyEmail: { emailVerified: boolean } }>(VERIFY_EMAIL, {
      input: { token },
    });
    expect(done.verifyEmail.emailVerified).toBe(true);
    expect(await verified(person.client)).toBe(true);
    expect(
      await t.dataSource.query(
        `SELECT action FROM audit_event WHERE object_id = $1 AND action = 'user.emailVerified'`,
        [person.userId],
      ),
    ).toHaveLength(1);
  });

  it('resends the link to an unconfirmed account, a few times an hour; a confirmed one is told so', async () => {
    const person = await signUp(t, { verified: false });
    expect(
      (await person.client.ok<{ resendVerificationEmail: boolean }>(RESEND))
        .resendVerificationEmail,
    ).toBe(true);
    expect(await mails(person.userId, 'account.verifyEmail')).toHaveLength(2);
    await person.client.ok(RESEND);
    await person.client.ok(RESEND);
    await expectRefused(t, () => person.client.gql(RESEND), 'RATE_LIMITED');

    const done = await signUp(t);
    await expectRefused(t, () => done.client.gql(RESEND), 'CONFLICT');
    expect(errorKeyOf(await done.client.gql(RESEND))).toBe('account.alreadyVerified');
  });
});

describe('e-mail verification refusals', () => {
  it('refuses a used link, and changes nothing', async () => {
    const person = await signUp(t, { verified: false });
    const token = await linkTokenFor(t, person.userId, 'account.verifyEmail');
    await person.client.ok(VERIFY_EMAIL, { input: { token } });
    await expectRefused(
      t,
      () => person.client.gql(VERIFY_EMAIL, { input: { token } }),
      'BAD_USER_INPUT',
      'token',
    );
    expect(errorKeyOf(await person.client.gql(VERIFY_EMAIL, { input: { token } }))).toBe(
      'account.verifyLinkUsed',
    );
  });

  it('refuses an expired link, and the account stays unconfirmed', async () => {
    const person = await signUp(t, { verified: false });
    const token = await linkTokenFor(t, person.userId, 'account.verifyEmail');
    await expireLinks(person.userId);
    await expectRefused(
      t,
      () => person.client.gql(VERIFY_EMAIL, { input: { token } }),
      'BAD_USER_INPUT',
      'token',
    );
    expect(errorKeyOf(await person.client.gql(VERIFY_EMAIL, { input: { token } }))).toBe(
      'account.verifyLinkExpired',
    );
    expect(await verified(person.client)).toBe(false);
  });

  it('refuses a link opened while signed in to another account, and a made-up link', async () => {
    const owner = await signUp(t, { verified: false });
    const other = await signUp(t);
    const token = await linkTokenFor(t, owner.userId, 'account.verifyEmail');
    await expectRefused(
      t,
      () => other.client.gql(VERIFY_EMAIL, { input: { token } }),
      'BAD_USER_INPUT',
      'token',
    );
    expect(errorKeyOf(await other.client.gql(VERIFY_EMAIL, { input: { token } }))).toBe(
      'account.verifyLinkOtherAccount',
    );
    expect(await verified(owner.client)).toBe(false);
    await expectRefused(
      t,
      () =>
        owner.client.gql(VERIFY_EMAIL, { input: { token: 'sv_not-a-token-that-exists-anywhere' } }),
      'BAD_USER_INPUT',
      'token',
    );
  });
});

describe('password reset by e-mail', () => {
  it('answers the same for an unknown address, and sends nothing', async () => {
    const counts = async () =>
      t.dataSource.query(
        `SELECT (SELECT count(*) FROM email_message)::int AS mails, (SELECT count(*) FROM account_link)::int AS links, (SELECT count(*) FROM audit_event)::int AS events`,
      );
    const done = async () =>
      (
        (await t.dataSource.query(
          `SELECT count(*)::int AS n FROM job_effect WHERE queue = 'account.passwordResetRequested'`,
        )) as { n: number }[]
      )[0]!.n;
    const before = await counts();
    const ran = await done();
    const answer = await t.client().ok<{ requestPasswordReset: boolean }>(REQUEST_RESET, {
      input: { email: 'nobody-here@example.org' },
    });
    expect(answer.requestPasswordReset).toBe(true);
    const deadline = Date.now() + 20_000;
    while ((await done()) === ran && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await done()).toBe(ran + 1); // the lookup ran, and found nobody
    expect(await counts()).toEqual(before);
  });

  it('resets with the e-mailed link: revokes every session and API token, clears the sign-in limits, and the link works once', async () => {
    const person = await signUp(t, { preferredLanguage: 'ko' });
    const token = (
      await person.client.ok<{ createApiToken: { token: string } }>(CREATE_TOKEN, {
        input: { name: 'script' },
      })
    ).createApiToken.token;
    const stranger = t.client();
    for (let i = 0; i < 3; i += 1)
      await stranger.gql(LOG_IN, {
        input: { email: person.email, password: 'a wrong guess at it' },
      });
    expect(
      await t.dataSource.query(
        `SELECT key FROM login_throttle WHERE key LIKE 'signInAccount:%' AND points > 0`,
      ),
    ).not.toEqual([]);

    const anonymous = t.client();
    expect(
      (
        await anonymous.ok<{ requestPasswordReset: boolean }>(REQUEST_RESET, {
          input: { email: person.email.toUpperCase() },
        })
      ).requestPasswordReset,
    ).toBe(true);
    const link = await resetLinkFor(person.userId);
    const [mail] = await mails(person.userId, 'account.passwordReset');
    expect(mail).toMatchObject({ language: 'ko', subject: 'Spillover 비밀번호 재설정' });
    expect(mail!.text_body).toContain('30분 동안 한 번만');

    expect(
      (
        await anonymous.ok<{ resetPassword: boolean }>(RESET, {
          input: { token: link, newPassword: NEW_PASSWORD },
        })
      ).resetPassword,
    ).toBe(true);
    expect((await person.client.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    const script = t.client();
    script.bearer = token;
    expect((await script.gql(VIEWER)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      await t.dataSource.query(
        `SELECT key FROM login_throttle WHERE key LIKE 'signInAccount%' AND points > 0`,
      ),
    ).toEqual([]);
    expect(
      (await t.client().gql(LOG_IN, { input: { email: person.email, password: PASSWORD } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    await t.client().ok(LOG_IN, { input: { email: person.email, password: NEW_PASSWORD } });
    expect(
      await t.dataSource.query(
        `SELECT action FROM audit_event WHERE object_id = $1 AND action LIKE 'user.passwordReset%' ORDER BY created_at`,
        [person.userId],
      ),
    ).toEqual([{ action: 'user.passwordResetRequested' }, { action: 'user.passwordReset' }]);

    await expectRefused(
      t,
      () =>
        t
          .client()
          .gql(RESET, { input: { token: link, newPassword: 'yet another long passphrase' } }),
      'BAD_USER_INPUT',
      'token',
    );
    expect(
      errorKeyOf(
        await t
          .client()
          .gql(RESET, { input: { token: link, newPassword: 'yet another long passphrase' } }),
      ),
    ).toBe('account.resetLinkUsed');
  });

  it('refuses a malformed address with its field, like sign-in does', async () => {
    await expectRefused(
      t,
      () => t.client().gql(REQUEST_RESET, { input: { email: 'nope' } }),
      'BAD_USER_INPUT',
      'email',
    );
  });

  it('limits reset e-mails per address asked for, whether or not it has an account', async () => {
    const person = await signUp(t);
    for (let i = 0; i < 3; i += 1)
      await t.client().ok(REQUEST_RESET, { input: { email: person.email } });
    await expectRefused(
      t,
      () => t.client().gql(REQUEST_RESET, { input: { email: person.email } }),
      'RATE_LIMITED',
    );
    for (let i = 0; i < 3; i += 1)
      await t.client().ok(REQUEST_RESET, { input: { email: 'ghost@example.org' } });
    await expectRefused(
      t,
      () => t.client().gql(REQUEST_RESET, { input: { email: 'ghost@example.org' } }),
      'RATE_LIMITED',
    );
  });

  it('limits reset e-mails per network address', async () => {
    const client = t.client();
    for (let i = 0; i < 10; i += 1)
      await client.ok(REQUEST_RESET, { input: { email: `someone-${i}@example.org` } });
    await expectRefused(
      t,
      () => client.gql(REQUEST_RESET, { input: { email: 'someone-else@example.org' } }),
      'RATE_LIMITED',
    );
  });
});

describe('password reset refusals', () => {
  it('refuses an expired link and keeps the old password and sessions', async () => {
    const person = await signUp(t);
    await t.client().ok(REQUEST_RESET, { input: { email: person.email } });
    const link = await resetLinkFor(person.userId);
    await expireLinks(person.userId);
    await expectRefused(
      t,
      () => t.client().gql(RESET, { input: { token: link, newPassword: NEW_PASSWORD } }),
      'BAD_USER_INPUT',
      'token',
    );
    expect(
      errorKeyOf(
        await t.client().gql(RESET, { input: { token: link, newPassword: NEW_PASSWORD } }),
      ),
    ).toBe('account.resetLinkExpired');
    expect(
      (await person.client.ok<{ viewer: { user: { id: string } } }>(VIEWER)).viewer.user.id,
    ).toBe(person.userId);
  });

  it('refuses a weak or personal new password without using the link up', async () => {
    const person = await signUp(t, { displayName: 'Hyunwoo Park' });
    await t.client().ok(REQUEST_RESET, { input: { email: person.email } });
    const link = await resetLinkFor(person.userId);
    await expectRefused(
      t,
      () => t.client().gql(RESET, { input: { token: link, newPassword: 'password' } }),
      'BAD_USER_INPUT',
      'newPassword',
    );
    await expectRefused(
      t,
      () =>
        t
          .client()
          .gql(RESET, { input: { token: link, newPassword: `${person.email} hyunwoo park` } }),
      'BAD_USER_INPUT',
      'newPassword',
    );
    await t.client().ok(RESET, { input: { token: link, newPassword: NEW_PASSWORD } });
  });

  it('lets one of two simultaneous resets with the same link through: the database holds the single use', async () => {
    const person = await signUp(t);
    await t.client().ok(REQUEST_RESET, { input: { email: person.email } });
    const link = await resetLinkFor(person.userId);
    const results = await Promise.all(
      ['first racing passphrase here', 'second racing passphrase here'].map((newPassword) =>
        t.client().gql(RESET, { input: { token: link, newPassword } }),
      ),
    );
    expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
    expect(
      results.filter((r) => r.errors?.[0]?.extensions?.field === 'token').map(errorKeyOf),
    ).toEqual(['account.resetLinkUsed']);
    expect(
      await t.dataSource.query(
        `SELECT action FROM audit_event WHERE object_id = $1 AND action = 'user.passwordReset'`,
        [person.userId],
      ),
    ).toHaveLength(1);
  });

  it('refuses a confirmation link used as a reset link', async () => {
    const person = await signUp(t, { verified: false });
    const token = await linkTokenFor(t, person.userId, 'account.verifyEmail');
    await expectRefused(
      t,
      () => t.client().gql(RESET, { input: { token, newPassword: NEW_PASSWORD } }),
      'BAD_USER_INPUT',
      'token',
    );
  });
});

describe('invitations need a confirmed address', () => {
  it('refuses an account that has not confirmed the invited address, and accepts once it has', async () => {
    const admin = await signUp(t);
    const org = await createOrganization(admin.client);
    const person = await signUp(t, { verified: false });
    const invited = await admin.client.ok<{ inviteMember: { id: string } }>(INVITE_MEMBER, {
      input: { organizationId: org.id, email: person.email, role: 'ORG_MEMBER' },
    });
    await expectRefused(
      t,
      () => person.client.gql(ACCEPT_INVITATION, { id: invited.inviteMember.id }),
      'CONFLICT',
      'id',
    );
    expect(
      errorKeyOf(await person.client.gql(ACCEPT_INVITATION, { id: invited.inviteMember.id })),
    ).toBe('organization.invitationNeedsVerifiedEmail');

    await person.client.ok(VERIFY_EMAIL, {
      input: { token: await linkTokenFor(t, person.userId, 'account.verifyEmail') },
    });
    await person.client.ok(ACCEPT_INVITATION, { id: invited.inviteMember.id });
  });
});
