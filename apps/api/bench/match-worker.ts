/* One refresh worker in a process of its own, for `bench:match`'s throughput with one and
 * with two workers (the CPU work of a refresh is in Node: two workers need two processes).
 * Builds its index, says "ready", waits for "go" on stdin, drains the queue with the job's
 * own batches and prints what it did as JSON. Environment: DATABASE_URL. */
import 'reflect-metadata';
import { benchApp } from './bench-app';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { MatchIndexes } from '../src/match/match-indexes';
import { MatchRefreshJob } from '../src/match/match-refresh.job';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-worker-'));
  const app = await benchApp(url, dataDir);
  try {
    const building = performance.now();
    await app.get(MatchIndexes).current();
    const buildSeconds = (performance.now() - building) / 1000;
    console.log('ready');
    const lines = createInterface({ input: process.stdin });
    await new Promise<void>((resolve) => lines.once('line', () => resolve()));
    lines.close();
    const job = app.get(MatchRefreshJob);
    const begin = performance.now();
    let done = 0;
    for (;;) {
      const batch = await job.refreshBatch();
      if (!batch) break;
      done += batch;
    }
    console.log(
      JSON.stringify({ done, seconds: (performance.now() - begin) / 1000, buildSeconds }),
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
