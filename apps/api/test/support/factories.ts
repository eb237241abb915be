import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../src/platform/config/config';
import { JobEvents } from '../../src/platform/jobs/job-events';
import type { TestApp, TestClient } from './test-app';

export const PASSWORD = 'correct horse battery staple';

const unique = () => randomBytes(4).toString('hex');

export const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { csrfToken user { id email displayName preferredLanguage roles } }
}`;

export const CREATE_ORGANIZATION = `mutation CreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) { id name kind size country region sectors technologyAreas description website viewerRole }
}`;

export const CREATE_CLUSTER = `mutation CreateCluster($input: ClusterInput!) {
  createCluster(input: $input) { id nameEn nameKo country region focusSectors }
}`;

export interface SignedIn {
  client: TestClient;
  userId: string;
  email: string;
}

export const VERIFY_EMAIL = `mutation Verify($input: VerifyEmailInput!) { verifyEmail(input: $input) { id emailVerified } }`;

/** The token of the newest link of this kind e-mailed to the user (read from the outbox). */
export async function linkTokenFor(
  t: TestApp,
  userId: string,
  type: 'account.verifyEmail' | 'account.passwordReset',
): Promise<string> {
  const [row] = (await t.dataSource.query(
    `SELECT text_body FROM email_message WHERE recipient_id = $1 AND type = $2 ORDER BY created_at DESC LIMIT 1`,
    [userId, type],
  )) as { text_body: string }[];
  const token = /(?:verify-email|reset-password)\?token=([\w-]+)/.exec(row?.text_body ?? '')?.[1];
  if (!token) throw new Error(`no ${type} e-mail for ${userId}`);
  return token;
}

/**
 * A new account, signed in. It confirms its address the way people do (the link of the
 * confirmation e-mail) unless `verified: false`: only confirmed accounts take invitations.
 */
export async function signUp(
  t: TestApp,
  overrides: Partial<{
    email: string;
    displayName: string;
    preferredLanguage: 'en' | 'ko';
    verified: boolean;
  }> = {},
): Promise<SignedIn> {
  const client = t.client();
  const email = overrides.email ?? `user-${unique()}@example.org`;
  const data = await client.ok<{ register: { user: { id: string } } }>(REGISTER, {
    input: {
      email,
      password: PASSWORD,
      displayName: overrides.displayName ?? 'Test User',
      preferredLanguage: overrides.preferredLanguage ?? 'en',
    },
  });
  const userId = data.register.user.id;
  if (overrides.verified !== false)
    await client.ok(VERIFY_EMAIL, {
      input: { token: await linkTokenFor(t, userId, 'account.verifyEmail') },
    });
  return { client, userId, email };
}

/** A platform admin: registered, then given the ADMIN role the way the bootstrap does. */
export async function signUpAdmin(t: TestApp): Promise<SignedIn> {
  const admin = await signUp(t, { displayName: 'Admin' });
  await t.dataSource.query(`UPDATE user_account SET roles = '{ADMIN}' WHERE id = $1`, [
    admin.userId,
  ]);
  return admin;
}

export const organizationInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Seongseo Precision ${unique()}`,
  kind: 'FIRM',
  size: 'SMALL',
  country: 'KR',
  region: 'KR-27',
  sectors: ['29'],
  technologyAreas: [],
  description: 'Lightweight aluminium parts for cars.',
  website: 'https://seongseo.example',
  ...overrides,
});

export async function createOrganization(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  const data = await client.ok<{ createOrganization: { id: string; name: string } }>(
    CREATE_ORGANIZATION,
    { input: organizationInput(overrides) },
  );
  return data.createOrganization;
}

export async function createCluster(
  admin: TestClient,
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const data = await admin.ok<{ createCluster: { id: string } }>(CREATE_CLUSTER, {
    input: {
      nameEn: `Daegu Mini-cluster ${unique()}`,
      nameKo: '대구 미니클러스터',
      organizationId,
      country: 'KR',
      region: 'KR-27',
      focusSectors: ['29'],
      description: '',
      ...overrides,
    },
  });
  return data.createCluster;
}

/**
 * A fingerprint of every row of every table: a refused request must leave it unchanged.
 * (login_throttle is excluded: counting a failed sign-in is the point of a refusal; so is
 * match_word_count, a cache of word counts that any read may fill.)
 */
export async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('login_throttle', 'match_word_count') ORDER BY table_name`,
  );
  const result: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t`,
    )) as { n: number; h: string }[];
    result[table_name] = `${row?.n}:${row?.h}`;
  }
  return result;
}

/**
 * Waits until every event enqueued so far has been acted on (e-mails, notifications, reset
 * links), when this app runs the jobs: work the test caused earlier must not land while a
 * refusal's tables are compared. (Without jobs nothing runs in the background.)
 */
export async function eventsSettled(t: TestApp, timeoutMs = 30_000): Promise<void> {
  if (!t.app.get<Config>(CONFIG).jobs) return;
  const events = t.app.get(JobEvents);
  for (const deadline = Date.now() + timeoutMs; (await events.pending()) > 0;) {
    if (Date.now() > deadline) throw new Error('background events still pending after 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Asserts the request is refused with this code (and field), and that nothing changed. */
export async function expectRefused(
  t: TestApp,
  run: () => Promise<{
    errors?: { extensions?: { code?: string; field?: string } }[];
    data?: unknown;
  }>,
  code: string,
  field?: string,
): Promise<void> {
  await eventsSettled(t);
  const before = await snapshot(t.dataSource);
  const result = await run();
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  if (field !== undefined) expect(result.errors?.[0]?.extensions?.field).toBe(field);
  expect(await snapshot(t.dataSource)).toEqual(before);
}
