/**
 * E-mail for real: the platform delivers to an SMTP server running in this process. Each
 * message is in the recipient's language, has a plain-text and an HTML part, links back to
 * the page, and (for notifications) carries an RFC 8058 one-click unsubscribe that works.
 * A server that refuses the first tries gets the message once, after retries.
 */
import request from 'supertest';
import { Transactions } from '../../src/platform/database/transactions';
import { Mailer } from '../../src/email/mailer';
import { signUp, signUpAdmin } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

jest.setTimeout(90_000);

const PUBLIC_URL = 'https://spillover.example.org';
let t: TestApp;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({
    SPILLOVER_JOBS: 'true',
    SMTP_URL: smtp.url,
    SPILLOVER_PUBLIC_URL: PUBLIC_URL,
    SMTP_FROM: 'Spillover <mail@spillover.example.org>',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function eventually<T>(check: () => T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const invite = (userId: string, organization = 'Gumi Sensor Works') =>
  t.app.get(Transactions).run(() =>
    t.app.get(Mailer).send({
      type: 'organization.invited',
      to: { userId },
      params: { organization, inviter: 'Kim Minji' },
      path: '/invitations',
    }),
  );

/** A header as the server received it (unfolded), without its name. */
/** The invitation (not the confirmation e-mail every sign-up also receives) sent to this address. */
const invitationTo = (mail: { to?: unknown; subject?: string }, address: string) =>
  JSON.stringify(mail.to ?? '').includes(address) &&
  /invites you|초대했습니다/.test(mail.subject ?? '');

const header = (mail: { headerLines: readonly { key: string; line: string }[] }, name: string) =>
  (mail.headerLines.find((h) => h.key === name)?.line ?? '')
    .replace(/\r?\n\s+/g, ' ')
    .replace(/^[^:]+:\s*/, '');

describe('e-mail delivery', () => {
  it('sends a notification in the recipient language, with a plain-text part, a link back and a one-click unsubscribe that works', async () => {
    const ko = await signUp(t, { preferredLanguage: 'ko', displayName: '이서연' });
    await invite(ko.userId);
    const mail = await eventually(() => smtp.received.find((m) => invitationTo(m, ko.email)));

    expect(mail.subject).toBe('Gumi Sensor Works에서 Spillover로 초대했습니다');
    expect(header(mail, 'content-language')).toBe('ko');
    expect(mail.text).toContain('이서연님, 안녕하세요.');
    expect(mail.text).toContain('Kim Minji님이');
    expect(mail.text).toContain(`초대 보기: ${PUBLIC_URL}/invitations`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/invitations"`);

    const unsubscribe = /^<(https:\/\/spillover\.example\.org\/email\/unsubscribe\/[^>]+)>$/.exec(
      header(mail, 'list-unsubscribe'),
    )?.[1];
    expect(unsubscribe).toBeDefined();
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(`조직 초대 메일 수신 거부: ${unsubscribe}`);

    // What a mail provider does (RFC 8058): POST the one-click body, no cookie.
    const path = new URL(unsubscribe!).pathname;
    const looked = await request(t.server).get(path);
    expect(looked.status).toBe(200);
    expect(
      await t.dataSource.query(`SELECT * FROM email_opt_out WHERE user_id = $1`, [ko.userId]),
    ).toEqual([]);
    const posted = await request(t.server)
      .post(path)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(posted.status).toBe(200);
    expect(posted.text).toContain('더 이상 조직 초대 메일을 보내지 않습니다');
    expect(await invite(ko.userId)).toBeNull();
    expect(
      await t.dataSource.query(`SELECT type FROM email_opt_out WHERE user_id = $1`, [ko.userId]),
    ).toEqual([{ type: 'organization.invited' }]);
  });

  it('writes in English to an English-speaking recipient', async () => {
    const en = await signUp(t, { preferredLanguage: 'en', displayName: 'Alex Morgan' });
    await invite(en.userId, 'Daegu Robotics');
    const mail = await eventually(() => smtp.received.find((m) => invitationTo(m, en.email)));
    expect(mail.subject).toBe('Daegu Robotics invites you to Spillover');
    expect(header(mail, 'content-language')).toBe('en');
    expect(mail.text).toContain('Hello Alex Morgan,');
    expect(mail.text).toContain('Stop e-mails about invitations to organizations:');
  });

  it('refuses an unsubscribe link whose token was tampered with, and unsubscribes nobody', async () => {
    const user = await signUp(t);
    const forged = `${Buffer.from(`${user.userId}:organization.invited`).toString('base64url')}.not-the-signature`;
    const posted = await request(t.server)
      .post(`/email/unsubscribe/${forged}`)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(posted.status).toBe(400);
    expect(
      await t.dataSource.query(`SELECT * FROM email_opt_out WHERE user_id = $1`, [user.userId]),
    ).toEqual([]);
  });

  it('retries with backoff while the server refuses, and delivers the message once', async () => {
    const user = await signUp(t, { displayName: 'Retry Reader' });
    // Its confirmation e-mail is delivered first, so the refusals below hit the invitation.
    await eventually(() =>
      smtp.received.find((m) => JSON.stringify(m.to ?? '').includes(user.email)),
    );
    smtp.failNext(2);
    const started = Date.now();
    const id = await invite(user.userId, 'Ulsan Batteries');
    await eventually(() => smtp.received.find((m) => invitationTo(m, user.email)));
    expect(smtp.refused()).toBe(2);
    expect(Date.now() - started).toBeGreaterThan(2000); // waited 2 s, then 4 s (less jitter)
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.received.filter((m) => invitationTo(m, user.email))).toHaveLength(1);
    expect(
      await t.dataSource.query(`SELECT status FROM email_message WHERE id = $1`, [id]),
    ).toEqual([{ status: 'SENT' }]);
  });
});

describe('without SMTP_URL: the outbox', () => {
  let kept: TestApp;
  beforeAll(async () => {
    kept = await createTestApp({ SPILLOVER_JOBS: 'true' });
  });
  afterAll(() => kept.close());

  it('keeps every message in PostgreSQL and shows it to platform admins only', async () => {
    const admin = await signUpAdmin(kept);
    const user = await signUp(kept, { preferredLanguage: 'ko' });
    await kept.app.get(Transactions).run(() =>
      kept.app.get(Mailer).send({
        type: 'organization.invited',
        to: { userId: user.userId },
        params: { organization: '경북대학교', inviter: '박지훈' },
        path: '/invitations',
      }),
    );
    const query = `query { emailOutbox { type toAddress language subject textBody status } }`;
    const deadline = Date.now() + 30_000;
    let rows: {
      type?: string;
      toAddress: string;
      language: string;
      subject: string;
      textBody: string;
      status: string;
    }[] = [];
    while (Date.now() < deadline) {
      // Sign-ups are e-mailed a confirmation link too: the invitation is the one under test.
      rows = (await admin.client.ok<{ emailOutbox: typeof rows }>(query)).emailOutbox
        .filter((row) => row.type === 'organization.invited')
        .map(({ type: _type, ...row }) => row);
      if (rows[0]?.status === 'KEPT') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(rows).toEqual([
      {
        toAddress: user.email,
        language: 'ko',
        subject: '경북대학교에서 Spillover로 초대했습니다',
        textBody: expect.stringContaining('박지훈님이') as string,
        status: 'KEPT',
      },
    ]);

    const refused = await user.client.gql(query);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });
});
