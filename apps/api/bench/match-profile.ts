/* Times the matching index alone on an existing database (DATABASE_URL): builds it, then
 * finds the best pairs of a sample of needs and capabilities without writing anything.
 * For profiling (`node --cpu-prof`): `BENCH_PROFILE_SAMPLE` listings of each kind (200);
 * BENCH_PROFILE_SWEEP / BENCH_PROFILE_FULL_SWEEP / BENCH_PROFILE_DRAIN time the job's paths.
 * A corpus to run it on: match-corpus.ts. */
import 'reflect-metadata';
import { benchApp } from './bench-app';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { MatchEngine } from '../src/match/match-engine';
import { MatchIndexes } from '../src/match/match-indexes';
import { IndexSweep } from '../src/match/match-index-sweep';
import { MatchSweep } from '../src/match/match-sweep';
import { listed } from '../src/match/match-stored-lists';
import { MatchSweepRepository } from '../src/match/match-sweep.repository';
import { MatchLive } from '../src/match/match-live';
import { MatchRepository } from '../src/match/match.repository';
import { StrongMatchNotifier } from '../src/match/strong-match-notifier';
import { MatchRefreshJob, STORED_MATCHES } from '../src/match/match-refresh.job';
import { log, ms, percentile } from './bench-support';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const sample = Number(process.env.BENCH_PROFILE_SAMPLE ?? 200);
  const app = await benchApp(url, mkdtempSync(join(tmpdir(), 'spillover-profile-')));
  try {
    const begin = performance.now();
    const index = await app.get(MatchIndexes).current();
    log(`index of ${index.size} listings built in ${ms(performance.now() - begin)}`);
    const dataSource = app.get(DataSource);
    for (const [kind, table, live] of [
      ['NEED', 'technology_need', 'OPEN'],
      ['CAPABILITY', 'capability', 'PUBLISHED'],
    ] as const) {
      const ids = (
        (await dataSource.query(
          `SELECT id FROM ${table} WHERE status = $1 ORDER BY md5(id::text) LIMIT $2`,
          [live, sample],
        )) as { id: string }[]
      ).map((row) => row.id);
      const samples: number[] = [];
      let entering = 0;
      for (const id of ids) {
        const start = performance.now();
        const found = index.matches(kind, id, STORED_MATCHES, true);
        samples.push(performance.now() - start);
        entering += found?.entering.length ?? 0;
      }
      log(
        `${kind.padEnd(10)} p50 ${ms(percentile(samples, 0.5))} p95 ${ms(percentile(samples, 0.95))} mean ${ms(samples.reduce((a, b) => a + b, 0) / samples.length)} (entering ${entering})`,
      );
    }
    // The sweep's pass over the needs (a full matching's pairs, nothing written), if asked:
    // BENCH_PROFILE_SWEEP needs of it, or every need ('all').
    const sweepNeeds = process.env.BENCH_PROFILE_SWEEP;
    if (sweepNeeds) {
      const sweep = new IndexSweep(index, STORED_MATCHES);
      const count = sweepNeeds === 'all' ? sweep.total : Number(sweepNeeds);
      const start = performance.now();
      while (sweep.done < count && sweep.step(Math.min(10, count - sweep.done)));
      const elapsed = performance.now() - start;
      log(
        `sweep: ${sweep.done} of ${sweep.total} needs in ${ms(elapsed)}, ${ms(elapsed / sweep.done)} per need`,
      );
    }
    // A whole sweep as the job runs it (every live listing requested, pairs written), if asked.
    if (process.env.BENCH_PROFILE_FULL_SWEEP) {
      await dataSource.query(`TRUNCATE match_refresh_request`);
      await dataSource.query(
        `INSERT INTO match_refresh_request (listing_id, kind) SELECT id, 'NEED' FROM technology_need WHERE status = 'OPEN'
         UNION ALL SELECT id, 'CAPABILITY' FROM capability WHERE status = 'PUBLISHED'`,
      );
      const spent = timeSteps([
        [
          app.get(MatchSweepRepository),
          ['stage', 'stagePairs', 'indexStaged', 'swapInStaged'],
          'sweeps',
        ],
        [app.get(StrongMatchNotifier), ['storedBesides'], 'notifier'],
        [app.get(MatchRepository), ['forgetPairs', 'completeRefreshRequests'], 'repository'],
        [app.get(MatchLive), ['refreshedMany'], 'live'],
      ]);
      const start = performance.now();
      const done = await app.get(MatchSweep).run();
      log(
        `full sweep: ${done} listings in ${ms(performance.now() - start)} (${app.get(MatchSweep).threadsUsed} threads)`,
      );
      for (const [key, value] of [...spent].sort((a, b) => b[1] - a[1]))
        log(`  ${key.padEnd(36)} ${ms(value)}`);
      // The stored lists of a sample of each side against their own queries on the index.
      const fresh = await app.get(MatchIndexes).current(true);
      for (const [kind, table, live, own, other, flag] of [
        ['NEED', 'technology_need', 'OPEN', 'need_id', 'capability_id', 'for_need'],
        ['CAPABILITY', 'capability', 'PUBLISHED', 'capability_id', 'need_id', 'for_capability'],
      ] as const) {
        const ids = (
          (await dataSource.query(
            `SELECT id FROM ${table} WHERE status = $1 ORDER BY md5(id::text || 'check') LIMIT $2`,
            [live, sample],
          )) as { id: string }[]
        ).map((row) => row.id);
        let equal = 0;
        for (const id of ids) {
          const stored = (
            (await dataSource.query(
              `SELECT ${other} AS partner, score FROM listing_match WHERE ${own} = $1 AND ${flag}`,
              [id],
            )) as { partner: string; score: number }[]
          )
            .map((row) => `${row.partner}:${row.score.toFixed(4)}`)
            .sort();
          const best = listed(kind, fresh.matches(kind, id, STORED_MATCHES, false)!.best);
          const queried = best
            .map(
              (pair) =>
                `${kind === 'NEED' ? pair.capabilityId : pair.needId}:${pair.score.score.toFixed(4)}`,
            )
            .sort();
          if (stored.join() === queried.join()) equal += 1;
        }
        log(`  stored lists equal to their own queries: ${kind} ${equal} of ${ids.length}`);
      }
    }
    // The job's own batches (claim, match, write, complete) for a while, if asked.
    const seconds = Number(process.env.BENCH_PROFILE_DRAIN ?? 0);
    if (seconds > 0) {
      const job = app.get(MatchRefreshJob);
      const spent = timeSteps([
        [
          app.get(MatchRepository),
          [
            'claimRefreshRequests',
            'replaceManyPairs',
            'enterPairs',
            'completeRefreshRequests',
            'forgetPairs',
          ],
          'repository',
        ],
        [app.get(MatchIndexes), ['current', 'reload'], 'indexes'],
        [app.get(MatchEngine), ['best'], 'engine'],
        [app.get(StrongMatchNotifier), ['stored'], 'notifier'],
        [app.get(MatchLive), ['refreshedMany'], 'live'],
      ]);
      const start = performance.now();
      let done = 0;
      while (performance.now() - start < seconds * 1000) {
        const batch = await job.refreshBatch();
        if (!batch) break;
        done += batch;
      }
      const elapsed = (performance.now() - start) / 1000;
      for (const [key, value] of [...spent].sort((a, b) => b[1] - a[1]))
        log(`  ${key.padEnd(36)} ${ms(value)}`);
      log(
        `job: ${done} listings in ${elapsed.toFixed(1)} s, ${(done / elapsed).toFixed(1)} listings/s`,
      );
    }
  } finally {
    await app.close();
  }
}

/** Where a job's time goes: each named step, timed from outside (milliseconds by step). */
function timeSteps(targets: [object, string[], string][]): Map<string, number> {
  const spent = new Map<string, number>();
  for (const [target, names, label] of targets) {
    const methods = target as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of names) {
      const original = methods[name]!.bind(target);
      methods[name] = async (...args: unknown[]) => {
        const begin = performance.now();
        try {
          return await original(...args);
        } finally {
          const key = `${label}.${name}`;
          spent.set(key, (spent.get(key) ?? 0) + performance.now() - begin);
        }
      };
    }
  }
  return spent;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
