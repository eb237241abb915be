import type { QueryRunner } from 'typeorm';
import type { TestApp } from './test-app';

// Two-transaction race tests: a transaction the test holds open on its own connection, and
// a way to see, from a third connection, who waits for whom (READ COMMITTED, as the app runs).

export interface Tx {
  runner: QueryRunner;
  pid: number;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function begin(t: TestApp): Promise<Tx> {
  const runner = t.dataSource.createQueryRunner();
  await runner.connect();
  const [row] = (await runner.query(`SELECT pg_backend_pid() AS pid`)) as { pid: number }[];
  await runner.startTransaction('READ COMMITTED');
  return { runner, pid: row!.pid };
}

export async function end(...txs: Tx[]): Promise<void> {
  for (const tx of txs) {
    if (tx.runner.isTransactionActive) await tx.runner.rollbackTransaction().catch(() => {});
    await tx.runner.release();
  }
}

/** Starts something that may block; reports whether it has finished. */
export function start<T>(work: Promise<T>): { done: () => boolean; result: Promise<T> } {
  let settled = false;
  const result = work.finally(() => {
    settled = true;
  });
  result.catch(() => {}); // awaited by the test; not unhandled while it waits
  return { done: () => settled, result };
}

/** Waits until some other backend waits for a lock `holder` holds; false if none did in ~5 s. */
export async function someoneWaitsFor(
  t: TestApp,
  holder: Tx,
  done: () => boolean,
): Promise<boolean> {
  for (let i = 0; i < 100 && !done(); i += 1) {
    const [row] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid <> $1 AND $1 = ANY(pg_blocking_pids(pid))`,
      [holder.pid],
    )) as { n: number }[];
    if (row!.n > 0) return true;
    await sleep(50);
  }
  return false;
}

/** Whether `waiter`'s statement waits for a lock held by anyone; false once it finished. */
export async function isWaiting(t: TestApp, waiter: Tx): Promise<boolean> {
  const [row] = (await t.dataSource.query(
    `SELECT cardinality(pg_blocking_pids($1::int)) > 0 AS waiting`,
    [waiter.pid],
  )) as { waiting: boolean }[];
  return row!.waiting;
}
