/* End-to-end latency of a live event between two replicas (`pnpm bench:live`).
 *
 * Two API processes on one fresh database. A subscriber (this process, a graphql-ws client
 * with a session cookie, as the web app) listens on replica B for a need's matchesRefreshed.
 * Replica A publishes the event in a transaction, as the match-refresh job does, and notes the
 * moment of its commit; the latency is from that commit to the event on B's socket: PostgreSQL
 * NOTIFY, B's LISTEN connection, B's policy check (a read of the need, with the subscriber's
 * session checked again) and the WebSocket. Both clocks are the machine's monotonic clock.
 * BENCH_EVENTS (default 200) events, one at a time. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { migrate } from '../src/platform/database/migrate';
import { freshDatabase, log, ms, percentile } from './bench-support';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const SECRET = 'live-bench-secret-of-at-least-32-characters-long';

interface Replica {
  process: ChildProcess;
  port: number;
  lines: AsyncIterator<string>;
}

async function replica(databaseUrl: string, dataDir: string): Promise<Replica> {
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', join(__dirname, 'live-replica.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        SPILLOVER_DATA_DIR: dataDir,
        SPILLOVER_SECRET: SECRET,
        LOG_LEVEL: 'silent',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  for (;;) {
    const next = await lines.next();
    if (next.done) throw new Error('a replica exited before listening');
    const port = /^listening (\d+)$/.exec(next.value)?.[1];
    if (port) return { process: child, port: Number(port), lines };
  }
}

async function call<T>(
  port: number,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: T; cookie: string }> {
  const csrf = /spillover_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(cookie ? { cookie, 'x-csrf-token': csrf } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const set = response.headers.getSetCookie();
  return {
    data: body.data,
    cookie: set.length ? set.map((c) => c.split(';')[0]).join('; ') : cookie,
  };
}

async function main(): Promise<void> {
  const database = await freshDatabase('live');
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-live-bench-'));
  const replicas: Replica[] = [];
  try {
    await migrate(database.url);
    log(`live bench: ${EVENTS} events, ${database.describe}`);
    const a = await replica(database.url, dataDir);
    replicas.push(a);
    const b = await replica(database.url, dataDir);
    replicas.push(b);

    const registered = await call<unknown>(
      a.port,
      '',
      `mutation R($input: RegisterInput!) { register(input: $input) { user { id } } }`,
      {
        input: {
          email: 'bench@example.org',
          password: 'correct horse battery staple',
          displayName: 'Bench',
          preferredLanguage: 'en',
        },
      },
    );
    const cookie = registered.cookie;
    const org = await call<{ createOrganization: { id: string } }>(
      a.port,
      cookie,
      `mutation O($input: OrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: {
          name: 'Bench Works',
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
      a.port,
      cookie,
      `mutation N($org: ID!, $input: NeedDraftInput!) { createTechnologyNeed(organizationId: $org, input: $input) { id } }`,
      {
        org: org.data.createOrganization.id,
        input: {
          title: 'Bench need',
          publicSummary: 'For the bench',
          technologyAreas: ['EF05'],
          currentTrl: 3,
          targetTrl: 6,
          responseDeadline: new Date(Date.now() + 30 * 86400_000).toISOString(),
          collaborationTypes: ['TECHNICAL_COOPERATION'],
          visibility: 'PUBLIC',
        },
      },
    );
    const needId = need.data.createTechnologyNeed.id;

    // The subscriber on replica B. No job runs here, so the draft's refresh stays pending and
    // no catch-up event comes first.
    const received: bigint[] = [];
    let wake: () => void = () => undefined;
    const client = createClient({
      url: `ws://127.0.0.1:${b.port}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie, origin: `http://127.0.0.1:${b.port}` } });
        }
      },
      retryAttempts: 0,
    });
    client.subscribe(
      {
        query: `subscription($id: ID) { matchesRefreshed(needId: $id) { listingId } }`,
        variables: { id: needId },
      },
      {
        next: () => {
          received.push(process.hrtime.bigint());
          wake();
        },
        error: (error) => {
          throw new Error(`subscription failed: ${JSON.stringify(error)}`);
        },
        complete: () => undefined,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const latencies: number[] = [];
    for (let i = 0; i < EVENTS + 10; i += 1) {
      const arrived = new Promise<void>((resolve) => (wake = resolve));
      a.process.stdin!.write(`publish ${needId}\n`);
      let committed: bigint | null = null;
      while (committed === null) {
        const line = await a.lines.next();
        if (line.done) throw new Error('replica A exited');
        const match = /^committed \S+ (\d+)$/.exec(line.value);
        if (match) committed = BigInt(match[1]!);
      }
      await arrived;
      // The first events warm up both processes (JIT, pools); they are not counted.
      if (i >= 10) latencies.push(Number(received[received.length - 1]! - committed) / 1e6);
    }
    await client.dispose();
    log(`event latency, commit on replica A → subscriber on replica B (n=${latencies.length}):`);
    log(
      `  p50 ${ms(percentile(latencies, 0.5))}  p95 ${ms(percentile(latencies, 0.95))}  p99 ${ms(percentile(latencies, 0.99))}  max ${ms(Math.max(...latencies))}`,
    );
  } finally {
    for (const { process: child } of replicas) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
