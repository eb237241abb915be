/**
 * Background jobs for real: pg-boss on the embedded PostgreSQL of a started platform. A need
 * whose deadline passed while the platform was down is closed as EXPIRED by the expiry job
 * soon after the next start, without anyone reading it.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { exited, freePort, start } from '../support/platform-process';

jest.setTimeout(120_000);

/** A browser-like session against the started process: cookies and the CSRF header. */
function session(port: number) {
  let cookie = '';
  let csrf = '';
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie, 'x-csrf-token': csrf } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length) {
      cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
      csrf = /spillover_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
    }
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
}

/** The embedded server's address, read from the files it keeps in the data folder. */
function embeddedUrl(dataDir: string): string {
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const port = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3];
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/spillover`;
}

it('expires a need whose deadline passed while the platform was down, soon after the next start', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-jobs-'));
  chmodSync(dataDir, 0o755);
  try {
    const port = await freePort();
    const first = await start(dataDir, port);
    const call = session(port);
    await call(`mutation R($input: RegisterInput!) { register(input: $input) { user { id } } }`, {
      input: {
        email: 'jobs@example.org',
        password: 'a scheduled passphrase',
        displayName: 'Job Tester',
        preferredLanguage: 'en',
      },
    });
    const org = await call<{ createOrganization: { id: string } }>(
      `mutation O($input: OrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: {
          name: 'Gumi Sensor Works',
          kind: 'FIRM',
          size: 'SMALL',
          country: 'KR',
          region: 'KR-47',
          sectors: ['26'],
          technologyAreas: [],
          description: '',
        },
      },
    );
    const need = await call<{ createTechnologyNeed: { id: string } }>(
      `mutation N($org: ID!, $input: NeedDraftInput!) { createTechnologyNeed(organizationId: $org, input: $input) { id } }`,
      {
        org: org.createOrganization.id,
        input: {
          title: 'Low-drift MEMS pressure sensor',
          publicSummary: 'For hydrogen tanks',
          technologyAreas: ['ED'],
          currentTrl: 3,
          targetTrl: 6,
          responseDeadline: new Date(Date.now() + 86400_000).toISOString(),
          collaborationTypes: ['TECHNICAL_COOPERATION'],
          visibility: 'PUBLIC',
        },
      },
    );
    const id = need.createTechnologyNeed.id;
    await call(`mutation P($id: ID!) { publishTechnologyNeed(id: $id) { status } }`, { id });

    // The deadline passes while the platform is down.
    const db = new Client({ connectionString: embeddedUrl(dataDir) });
    await db.connect();
    await db.query(
      `UPDATE technology_need SET response_deadline = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    await db.end();
    // An older version scheduled a job this one no longer has (the call-closing job became
    // part of call-deadline): its schedule must not keep queueing work nobody takes.
    const { PgBoss } = await import('pg-boss');
    const old = new PgBoss({ connectionString: embeddedUrl(dataDir), schema: 'pgboss' });
    await old.start();
    await old.createQueue('call-closing');
    await old.schedule('call-closing', '* * * * *', null, { tz: 'UTC' });
    await old.stop({ graceful: false });
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);

    const second = await start(dataDir, port);
    const status = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query($id: ID!) { technologyNeed(id: $id) { status closeReason } }`,
          variables: { id },
        }),
      });
      return (
        (await response.json()) as {
          data: { technologyNeed: { status: string; closeReason: string | null } };
        }
      ).data.technologyNeed;
    };
    const deadline = Date.now() + 30_000;
    let seen = await status();
    while (seen.status !== 'CLOSED' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      seen = await status();
    }
    expect(seen).toEqual({ status: 'CLOSED', closeReason: 'EXPIRED' });
    const check = new Client({ connectionString: embeddedUrl(dataDir) });
    await check.connect();
    const schedules = (
      await check.query(`SELECT name FROM pgboss.schedule ORDER BY name`)
    ).rows.map((r: { name: string }) => r.name);
    expect(schedules).toContain('call-deadline');
    expect(schedules).not.toContain('call-closing');
    const { rows } = await check.query(
      `SELECT actor_id, after FROM audit_event WHERE object_id = $1 AND action = 'need.expired'`,
      [id],
    );
    await check.end();
    expect(rows).toEqual([{ actor_id: null, after: { status: 'CLOSED', closeReason: 'EXPIRED' } }]);

    // The sign-up's confirmation e-mail went through the job outbox and pg-boss of the real
    // process; with no SMTP_URL it is kept for the outbox page.
    const mail = new Client({ connectionString: embeddedUrl(dataDir) });
    await mail.connect();
    const kept = async () =>
      (await mail.query(`SELECT status FROM email_message WHERE to_address = 'jobs@example.org'`))
        .rows as { status: string }[];
    const mailDeadline = Date.now() + 30_000;
    while ((await kept())[0]?.status !== 'KEPT' && Date.now() < mailDeadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(await kept()).toEqual([{ status: 'KEPT' }]);
    expect((await mail.query(`SELECT count(*)::int AS n FROM job_outbox`)).rows).toEqual([
      { n: 0 },
    ]);
    await mail.end();
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
