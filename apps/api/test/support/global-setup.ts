import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDatabaseServer } from '../../src/platform/database/database-server';
import { migrate } from '../../src/platform/database/migrate';
import { TEMPLATE_ENV, adminQuery, withDatabase } from './test-database';

declare global {
  var spilloverTestTeardown: (() => Promise<void>) | undefined;
}

/** One PostgreSQL for the whole run: the embedded one, or DATABASE_URL's server. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-test-'));
  // Let the embedded server's own user (postgres, when run as root) reach its folder.
  chmodSync(dataDir, 0o755);
  const server = await startDatabaseServer({
    databaseUrl: process.env.DATABASE_URL ?? null,
    dataDir,
    log: () => undefined,
    // A cluster that lives for one run need not survive a crash of the machine: without
    // flushes, cloning and dropping a database per test file and every commit cost far less.
    // (PostgreSQL's "non-durable settings"; transactions and locks behave exactly the same.)
    settings: { fsync: 'off', full_page_writes: 'off', synchronous_commit: 'off' },
  });
  const template = `spillover_template_${process.pid}`;
  const maintenance = withDatabase(server.url, 'postgres');
  await adminQuery(maintenance, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(maintenance, `CREATE DATABASE "${template}"`);
  const templateUrl = withDatabase(server.url, template);
  await migrate(templateUrl);
  process.env[TEMPLATE_ENV] = templateUrl;
  process.env.SPILLOVER_DATA_DIR = dataDir;
  process.env.LOG_LEVEL ??= 'silent';
  globalThis.spilloverTestTeardown = async () => {
    await adminQuery(maintenance, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(
      () => undefined,
    );
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
