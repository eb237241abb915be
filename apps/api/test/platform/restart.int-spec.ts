/**
 * The platform as a newcomer runs it: `node dist/main.js` on the embedded PostgreSQL, in a
 * data folder of its own. Data written before a stop is there after a start, and a start
 * after `kill -9` (which leaves an orphaned postmaster behind) recovers without losing a row.
 */
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, gql, start } from '../support/platform-process';

jest.setTimeout(120_000);

const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) { user { id } } }`;
const LOG_IN = `mutation L($input: LogInInput!) { logIn(input: $input) { user { id email } } }`;
const PASSWORD = 'a durable passphrase';
const register = (port: number, email: string) =>
  gql(port, REGISTER, {
    input: { email, password: PASSWORD, displayName: 'Restart Tester', preferredLanguage: 'en' },
  });
const logIn = (port: number, email: string) =>
  gql(port, LOG_IN, { input: { email, password: PASSWORD } });

describe('restart', () => {
  // Like a cloned repository's .data/: a folder others may enter (mkdtemp makes it 0700).
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-restart-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a clean stop (SIGINT) and stops PostgreSQL with it; logs JSON with request ids and no secrets', async () => {
    const port = await freePort();
    const first = await start(dataDir, port, 'info');
    const signUp = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'restart-probe-1' },
      body: JSON.stringify({
        query: REGISTER,
        variables: {
          input: {
            email: 'before-stop@example.org',
            password: PASSWORD,
            displayName: 'Restart Tester',
            preferredLanguage: 'en',
          },
        },
      }),
    });
    const sessionCookie = /spillover_session=([^;]+)/.exec(
      signUp.headers.get('set-cookie') ?? '',
    )?.[1];
    expect(sessionCookie).toBeTruthy();
    await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `spillover_session=${sessionCookie}`,
        authorization: 'Bearer spo_not_a_real_token',
      },
      body: '{"query":"{ viewer { user { id } } }"}',
    });
    // The request's log line is written when the response has finished: it may reach us a moment after the answer.
    for (
      const deadline = Date.now() + 5000;
      !first.output().includes('"restart-probe-1"') && Date.now() < deadline;
    )
      await new Promise((r) => setTimeout(r, 50));
    const lines = first
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const requestLine = lines
      .map((line) => JSON.parse(line) as { reqId?: string; req?: { id?: string } })
      .find((entry) => entry.req?.id === 'restart-probe-1');
    expect(requestLine?.reqId).toBe('restart-probe-1');
    expect(first.output()).not.toContain(PASSWORD);
    expect(first.output()).not.toContain(sessionCookie!);
    expect(first.output()).not.toContain('spo_not_a_real_token');
    first.child.kill('SIGINT');
    expect(await exited(first.child)).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    // A clean stop leaves no running postmaster behind.
    expect(existsSync(readdirPidFile(dataDir))).toBe(false);

    const second = await start(dataDir, port);
    expect((await logIn(port, 'before-stop@example.org')).errors).toBeUndefined();
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
  });

  it('finishes a request in flight on SIGTERM, and lets migration:run share the running database', async () => {
    const port = await freePort();
    const running = await start(dataDir, port);
    // The migration command finds this data folder's server in use and shares it.
    const cli = spawn(
      process.execPath,
      [join(__dirname, '..', '..', 'dist', 'platform', 'database', 'cli.js'), 'run'],
      {
        env: { ...process.env, SPILLOVER_DATA_DIR: dataDir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let cliOutput = '';
    cli.stdout?.on('data', (c: Buffer) => (cliOutput += c.toString()));
    cli.stderr?.on('data', (c: Buffer) => (cliOutput += c.toString()));
    expect(await exited(cli)).toBe(0);
    expect(cliOutput).toMatch(/already running/);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    // Failed sign-ins earn a delay; the sixth answer takes ~800 ms: long enough to stop mid-request.
    for (let i = 0; i < 6; i += 1) await logIn(port, 'nobody-here@example.org');
    const sent = Date.now();
    const slow = logIn(port, 'nobody-here@example.org');
    await new Promise((r) => setTimeout(r, 150));
    running.child.kill('SIGTERM');
    const answer = await slow;
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1000);
    expect((answer.errors as { extensions: { code: string } }[])[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await exited(running.child)).toBe(0);
  });

  it('recovers after kill -9 without losing a committed row', async () => {
    const port = await freePort();
    const first = await start(dataDir, port);
    expect((await register(port, 'before-crash@example.org')).errors).toBeUndefined();
    first.child.kill('SIGKILL');
    await exited(first.child);
    // The postmaster outlived the platform and still holds the data folder.
    expect(existsSync(readdirPidFile(dataDir))).toBe(true);

    const second = await start(dataDir, port);
    expect((await logIn(port, 'before-crash@example.org')).errors).toBeUndefined();
    expect((await logIn(port, 'before-stop@example.org')).errors).toBeUndefined();
    expect(second.output()).toMatch(/orphaned PostgreSQL|stale postmaster.pid/);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  });

  it('starts PostgreSQL again when it dies under the running platform: /health recovers and writes work', async () => {
    const port = await freePort();
    const running = await start(dataDir, port);
    try {
      expect((await register(port, 'before-postgres-died@example.org')).errors).toBeUndefined();
      const { pid } = postmasterOf(dataDir);
      process.kill(pid, 'SIGKILL');

      // A new postmaster (SIGKILL leaves the old lock file behind until then), then a healthy platform.
      expect(await restartedWithin(dataDir, pid, 30_000)).toBe(true);
      expect(await healthyWithin(port, 30_000)).toBe(true);
      // The pool reconnects: a write after the recovery is kept, and so is what was written before.
      expect((await register(port, 'after-postgres-died@example.org')).errors).toBeUndefined();
      expect((await logIn(port, 'before-postgres-died@example.org')).errors).toBeUndefined();
      expect(running.output()).toMatch(
        /embedded PostgreSQL \(pid \d+\) is not running; starting it again/,
      );
      expect(running.output()).toMatch(/embedded PostgreSQL is running again/);
      // The background jobs' wake-up listener connects again too (else re-matching waits for the schedule).
      expect(await eventuallyListening(dataDir)).toBe(true);
    } finally {
      running.child.kill('SIGTERM');
      expect(await exited(running.child)).toBe(0);
    }
  });

  it('exits non-zero when PostgreSQL died and cannot be started again, for a process manager to restart it', async () => {
    const port = await freePort();
    const running = await start(dataDir, port);
    expect((await register(port, 'before-postgres-lost@example.org')).errors).toBeUndefined();
    const postmaster = postmasterOf(dataDir);
    process.kill(postmaster.pid, 'SIGKILL');
    // Another program takes PostgreSQL's port the moment it is free: every restart attempt fails.
    const squatter = spawn(process.execPath, ['-e', SQUAT, String(postmaster.port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise((resolveSquat, reject) => {
        squatter.stdout?.once('data', resolveSquat);
        squatter.once('exit', () => reject(new Error(`port ${postmaster.port} stayed taken`)));
      });
      expect(await exited(running.child)).toBe(1);
    } finally {
      squatter.kill('SIGKILL');
      await exited(squatter);
      // Never leave the platform behind when an expectation failed.
      if (running.child.exitCode === null) running.child.kill('SIGKILL');
    }
    expect(running.output()).toMatch(/could not be started again; exiting/);

    // The next start finds the data folder as it was.
    const again = await start(dataDir, port);
    expect((await logIn(port, 'before-postgres-lost@example.org')).errors).toBeUndefined();
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toBe(0);
  });
});

/** Whether the platform's LISTEN connection (job wake-ups, live events) is connected to the embedded server, within 15 s. */
async function eventuallyListening(dataDir: string): Promise<boolean> {
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const client = new Client({
    host: '127.0.0.1',
    port: postmasterOf(dataDir).port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  await client.connect();
  try {
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'spillover-listen'`,
      );
      if (rows[0]!.n > 0) return true;
      await new Promise((r) => setTimeout(r, 250));
    }
    return false;
  } finally {
    await client.end();
  }
}

/** postmaster.pid of the embedded server (tmpdir is reachable by the postgres user, so it lives in the data folder). */
function readdirPidFile(dataDir: string): string {
  return join(dataDir, 'postgres', 'postmaster.pid');
}

/** The running postmaster's pid and port, from its lock file. */
function postmasterOf(dataDir: string): { pid: number; port: number } {
  const lines = readFileSync(readdirPidFile(dataDir), 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/** Whether a postmaster other than `pid` runs for the data folder within `ms`. */
async function restartedWithin(dataDir: string, pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    const now = existsSync(readdirPidFile(dataDir)) ? postmasterOf(dataDir).pid : null;
    if (now !== null && now !== pid) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function healthyWithin(port: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Listens on the port (argv[1]) as soon as the killed postmaster has let go of it, and says so. */
const SQUAT = `
const server = require('node:net').createServer((socket) => socket.destroy());
const port = Number(process.argv[1]);
const deadline = Date.now() + 5000;
const attempt = () => server.listen(port, '127.0.0.1', () => process.stdout.write('listening\\n'));
server.on('error', () => (Date.now() > deadline ? process.exit(1) : setTimeout(attempt, 20)));
attempt();
`;
