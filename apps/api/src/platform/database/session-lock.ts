import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * A PostgreSQL advisory lock held for as long as some work runs, on a connection of its
 * own (a session lock outlives the transactions the work commits on the pool's other
 * connections), for work that must run on one worker at a time across replicas.
 */
@Injectable()
export class SessionLocks {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` holding lock `key` (a bigint, as text), or returns null at once when another session holds it. */
  async tryWhileHeld<T>(key: string, work: () => Promise<T>): Promise<T | null> {
    const session = this.dataSource.createQueryRunner();
    await session.connect();
    try {
      const [row] = (await session.query(`SELECT pg_try_advisory_lock($1::bigint) AS held`, [
        key,
      ])) as { held: boolean }[];
      if (!row?.held) return null;
      try {
        return await work();
      } finally {
        await session.query(`SELECT pg_advisory_unlock($1::bigint)`, [key]);
      }
    } finally {
      await session.release();
    }
  }
}
