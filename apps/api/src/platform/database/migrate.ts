import { createDataSource } from './data-source';

// Any constant shared by every replica: the key of the session lock that lets one migrate.
const MIGRATION_LOCK_KEY = 7_301_955_621;

/**
 * Applies pending migrations, each in its own transaction; returns their names. Replicas
 * starting together (Kubernetes, `docker compose --scale`) each call this: a session-level
 * advisory lock lets one apply the migrations while the others wait, then find none pending.
 */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    // Closing the session releases the lock too; unlocking first frees the others sooner.
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
