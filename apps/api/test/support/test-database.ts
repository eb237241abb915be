import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Where integration tests get their databases: global setup migrates one template
 * database; each test file clones its own from it (CREATE DATABASE … TEMPLATE), which is
 * isolated and takes milliseconds.
 */
export const TEMPLATE_ENV = 'SPILLOVER_TEST_TEMPLATE_URL';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template; returns its URL. */
export async function cloneTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const templateUrl = process.env[TEMPLATE_ENV];
  if (!templateUrl)
    throw new Error('integration tests need the jest global setup (test/support/global-setup.ts)');
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `spillover_test_${randomBytes(6).toString('hex')}`;
  const maintenance = withDatabase(templateUrl, 'postgres');
  await adminQuery(maintenance, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: withDatabase(templateUrl, name),
    drop: () => adminQuery(maintenance, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
