/* The benchmark's generated corpus in a database of its own, kept for profiling
 * (match-profile.ts reads it): `node dist/bench-build/bench/match-corpus.js <database>`
 * on DATABASE_URL's server, at the size BENCH_CAPABILITIES / BENCH_NEEDS say. */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { migrate } from '../src/platform/database/migrate';
import { dataSize, generate, log } from './bench-support';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!process.env.DATABASE_URL || !name || !/^\w+$/.test(name))
    throw new Error('usage: DATABASE_URL=… match-corpus <database name>');
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '/postgres';
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const started = performance.now();
  await migrate(url.toString());
  const size = dataSize();
  log(`generating ${size.capabilities} capabilities and ${size.needs} needs into ${name}`);
  await generate(url.toString(), size);
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
