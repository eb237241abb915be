/* What both benchmarks need: a fresh database (embedded or on DATABASE_URL's server), the
 * generated data set, the platform's API in a process of its own, a browser-like GraphQL
 * client, and percentiles. */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ensureDatabase } from '../src/platform/database/database-server';
import { EmbeddedPostgres } from '../src/platform/database/embedded-postgres';
import { dataStatements, type DataSize } from './bench-data';

const env = process.env;

/** The data set's size: the scale unless BENCH_ORGANIZATIONS / BENCH_CAPABILITIES / BENCH_NEEDS say otherwise. */
export function dataSize(): DataSize {
  return {
    organizations: Number(env.BENCH_ORGANIZATIONS ?? 2000),
    capabilities: Number(env.BENCH_CAPABILITIES ?? 200_000),
    needs: Number(env.BENCH_NEEDS ?? 50_000),
  };
}

export const log = (message: string) => console.log(message);
export const ms = (value: number) => `${value.toFixed(1)} ms`;

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

export interface Database {
  url: string;
  describe: string;
  stop(): Promise<void>;
}

/** A fresh database: on DATABASE_URL's server, or an embedded server tuned like a real one. */
export async function freshDatabase(purpose: string): Promise<Database> {
  const name = `spillover_${purpose}_bench_${process.pid}`;
  if (env.DATABASE_URL) {
    const server = new URL(env.DATABASE_URL);
    server.pathname = '/postgres';
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      describe: `database ${name} on DATABASE_URL's server`,
      stop: async () => {
        if (env.BENCH_KEEP) return;
        const dropper = new Client({ connectionString: server.toString() });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-bench-'));
  chmodSync(dataDir, 0o755);
  const postgres = new EmbeddedPostgres({ dataDir });
  const maintenance = await postgres.start();
  // The embedded server's defaults (128MB shared buffers) suit a laptop demo; a server that
  // holds 250,000 listings gets memory for them, as any production PostgreSQL would.
  const sharedBuffers = env.BENCH_SHARED_BUFFERS ?? '1GB';
  const admin = new Client({ connectionString: maintenance });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_buffers = '${sharedBuffers.replace(/[^\w]/g, '')}'`);
  await admin.query(`ALTER SYSTEM SET max_wal_size = '4GB'`);
  await admin.end();
  await postgres.stop();
  const restarted = await postgres.start();
  await ensureDatabase(restarted, name);
  const url = new URL(restarted);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    describe: `embedded PostgreSQL in ${dataDir} (shared_buffers ${sharedBuffers})`,
    stop: async () => {
      if (env.BENCH_KEEP) return;
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function generate(url: string, size: DataSize): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Bulk load: nothing to lose if it crashes half-way, so no need to wait for the WAL flush.
    await client.query('SET synchronous_commit = off');
    for (const { label, sql } of dataStatements(size)) {
      const started = performance.now();
      await client.query(sql);
      if (label !== 'seed')
        log(`  ${label.padEnd(32)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = performance.now();
    await client.query('VACUUM ANALYZE');
    log(`  ${'VACUUM ANALYZE'.padEnd(32)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

/** A browser-like GraphQL caller: keeps its cookies and echoes the CSRF token. */
let clients = 0;

/**
 * A browser over HTTP. Each comes from an address of its own (198.18.0.0/15, set aside for
 * benchmarks), forwarded as by a proxy the benchmark's API trusts: the per-address limits
 * (registration, sign-in) bind one person, not every simulated user at once.
 */
export class HttpClient {
  private cookies = new Map<string, string>();
  csrf: string | null = null;
  private readonly address = `198.18.${Math.floor(++clients / 250) % 250}.${(clients % 250) + 1}`;

  constructor(private readonly endpoint: string) {}

  async post<T>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: unknown[] }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-forwarded-for': this.address,
    };
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
    return (await response.json()) as { data?: T; errors?: unknown[] };
  }
}

/** The API in its own process, as in production (no jobs, no demo data); resolves its endpoint once it listens. */
export function spawnApi(
  databaseUrl: string,
  dataDir: string,
): { process: ChildProcess; endpoint: Promise<string> } {
  process.env.LOG_LEVEL ??= 'silent';
  // The Node flags of `start:prod` and the image.
  const flags = ['--enable-source-maps', '--max-semi-space-size=32'];
  const api = spawn(process.execPath, [...flags, join(__dirname, 'api-server.js')], {
    env: {
      ...env,
      DATABASE_URL: databaseUrl,
      SPILLOVER_DATA_DIR: dataDir,
      LOG_LEVEL: process.env.LOG_LEVEL,
      // The clients' X-Forwarded-For (HttpClient) is believed from this machine only.
      SPILLOVER_TRUSTED_PROXIES: 'loopback',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = new Promise<string>((resolve, reject) => {
    api.once('exit', (code) => reject(new Error(`the API exited (${code})`)));
    api.stdout.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) resolve(`http://127.0.0.1:${match[1]}/graphql`);
    });
  });
  return { process: api, endpoint };
}

/** Stops the API process and waits for it to exit. */
export async function stopApi(api: ChildProcess | null): Promise<void> {
  if (!api || api.exitCode !== null) return;
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  await exited;
}
