/* The matching benchmark (`pnpm bench:match`): on the search benchmark's data set (200,000
 * capabilities, 50,000 needs), it
 * 1. times the background refresh (items re-matched per second) for 200 open needs and
 *    200 published capabilities;
 * 2. times `matchesForNeed` (top 20) through the GraphQL API, for those 200 needs, each
 *    asked by a member of the need's owner (the one who reads its matches);
 * 3. in the same run, times the exhaustive baseline: every capability the owner may see,
 *    read and scored with the same domain function (MatchEngine.exhaustive), for a sample
 *    of the needs, and computes the exhaustive top 20 of every need from a cached reading
 *    of the corpus (same function, same facts) to report recall@20 of the API's answers.
 * A script, not a test: it asserts nothing about timings.
 *
 * Environment: as bench:search (DATABASE_URL, BENCH_CAPABILITIES, BENCH_NEEDS,
 * BENCH_ORGANIZATIONS, BENCH_SHARED_BUFFERS, BENCH_KEEP), plus BENCH_MATCH_NEEDS (200),
 * BENCH_EXHAUSTIVE_TIMED (needs timed through the exhaustive path, default 10),
 * BENCH_ROUNDS (API rounds, default 3). */
import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { benchApp } from './bench-app';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { confidentMatches, isMatchShown, scoreMatch, type MatchPlace } from '@spillover/domain';
import { capabilityFacts, MatchEngine, needFacts } from '../src/match/match-engine';
import { MatchIndexes } from '../src/match/match-indexes';
import { MatchRefreshJob } from '../src/match/match-refresh.job';
import { MatchSweep } from '../src/match/match-sweep';
import { MatchRepository, type CapabilityRow, type NeedRow } from '../src/match/match.repository';
import type { Actor } from '../src/platform/auth/actor';
import { migrate } from '../src/platform/database/migrate';
import { Policy } from '../src/platform/policy/policy.service';
import {
  HttpClient,
  dataSize,
  freshDatabase,
  generate,
  log,
  ms,
  percentile,
  spawnApi,
  stopApi,
} from './bench-support';

const env = process.env;
const size = dataSize();
const NEEDS = Number(env.BENCH_MATCH_NEEDS ?? 200);
const EXHAUSTIVE_TIMED = Number(env.BENCH_EXHAUSTIVE_TIMED ?? 10);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const INCREMENTAL = Number(env.BENCH_INCREMENTAL ?? 50);
const FULL_SECONDS = Number(env.BENCH_FULL_SECONDS ?? Infinity);
const WORKER_NEEDS = Number(env.BENCH_WORKER_NEEDS ?? 1_000_000);
const WORKERS = (env.BENCH_WORKERS ?? '1,2').split(',').filter(Boolean).map(Number);
const TOP = 20;

const MATCHES = `query BenchMatches($id: ID!) {
  matchesForNeed(needId: $id, first: ${TOP}) {
    refreshedAt refreshPending
    edges { cursor node { score learned bookmarked components { name value contribution } reasons { code text } capability { id title kind trl } } }
  }
}`;

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const started = performance.now();
  log(
    `Spillover matching benchmark: ${size.capabilities.toLocaleString('en')} capabilities, ${size.needs.toLocaleString('en')} needs, ${NEEDS} needs matched`,
  );
  const database = await freshDatabase('match');
  log(`database: ${database.describe}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-bench-app-'));
  const sql = new Client({
    connectionString: database.url,
    application_name: 'spillover-bench-match',
    // As the platform's own connections (data-source.ts), so the floor runs the same plans.
    options: '-c jit=off',
  });
  let server: ChildProcess | null = null;
  let app: INestApplicationContext | null = null;
  try {
    await migrate(database.url);
    log('generating data');
    const generating = performance.now();
    await generate(database.url, size);
    log(`  ${'total'.padEnd(32)} ${seconds(generating)}`);
    await sql.connect();
    // The generator's inserts asked for a refresh of every listing; the benchmark refreshes the ones it measures.
    await sql.query(`TRUNCATE match_refresh_request`);

    // The needs: open ones, of firms with a few needs each (a realistic owner), all visibilities.
    const needs = (
      await sql.query(
        `SELECT n.id, n.organization_id AS "organizationId", n.visibility FROM technology_need n
          WHERE n.status = 'OPEN' AND n.organization_id IN (SELECT organization_id FROM technology_need WHERE status = 'OPEN' GROUP BY 1 ORDER BY md5(organization_id::text) LIMIT $1)
          ORDER BY md5(n.id::text) LIMIT $2`,
        [Math.ceil(NEEDS / 4), NEEDS],
      )
    ).rows as { id: string; organizationId: string; visibility: string }[];
    const capabilitySample = (
      await sql.query(
        `SELECT id FROM capability WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT $1`,
        [NEEDS],
      )
    ).rows as { id: string }[];
    log(
      `needs: ${needs.length} of ${new Set(needs.map((n) => n.organizationId)).size} organizations (${['PUBLIC', 'CLUSTER', 'PRIVATE'].map((v) => `${v} ${needs.filter((n) => n.visibility === v).length}`).join(', ')})`,
    );

    app = await benchApp(database.url, dataDir);
    const refresh = app.get(MatchRefreshJob);

    // 1. The first full matching of every live listing, with the job's own code: the index
    //    is built (once per worker), then every need and every capability is refreshed.
    const indexes = app.get(MatchIndexes);
    await sql.query(
      `INSERT INTO match_refresh_request (listing_id, kind) SELECT id, 'NEED' FROM technology_need WHERE status = 'OPEN'`,
    );
    await sql.query(
      `INSERT INTO match_refresh_request (listing_id, kind) SELECT id, 'CAPABILITY' FROM capability WHERE status = 'PUBLISHED'`,
    );
    log('');
    const fullBegin = performance.now();
    const built = (await indexes.current()).size;
    const buildSeconds = (performance.now() - fullBegin) / 1000;
    // At the full size on a shared machine this takes long: BENCH_FULL_SECONDS stops it
    // there and projects the whole from the rate so far (the rest of the queue is marked done:
    // never refreshed, those listings' lists are not entered by the other side).
    // The job's own path: one sweep of the needs when most listings wait (a first matching
    // always does), then one-by-one batches for whatever is left.
    let matched = 0;
    const sweep = app.get(MatchSweep);
    if (await sweep.due()) matched += await sweep.run();
    log(
      `  sweep: ${matched.toLocaleString('en')} listings in ${seconds(fullBegin)} (the needs' pass on ${sweep.threadsUsed} thread(s): SPILLOVER_MATCH_THREADS)`,
    );
    while (performance.now() - fullBegin < FULL_SECONDS * 1000) {
      const done = await refresh.refreshBatch();
      if (!done) break;
      matched += done;
    }
    const left = Number(
      (
        await sql.query(
          `WITH gone AS (UPDATE match_refresh_request SET covered_request_at = requested_at WHERE covered_request_at IS NULL OR requested_at > covered_request_at RETURNING 1) SELECT count(*) AS n FROM gone`,
        )
      ).rows[0].n,
    );
    const fullSeconds = (performance.now() - fullBegin) / 1000;
    const rate = (matched / (fullSeconds - buildSeconds)).toFixed(1);
    const projected = buildSeconds + (matched + left) / (matched / (fullSeconds - buildSeconds));
    log(
      `full matching: ${matched.toLocaleString('en')} of ${(matched + left).toLocaleString('en')} listings in ${fullSeconds.toFixed(1)} s (index of ${built.toLocaleString('en')} built in ${buildSeconds.toFixed(1)} s), ${rate} listings/s${left ? `; all of them: ${projected.toFixed(0)} s projected` : ''}`,
    );

    // 2. Background refresh throughput, the job's own code path (claim, match, write, complete).
    const throughput = async (kind: 'NEED' | 'CAPABILITY', ids: string[]) => {
      await sql.query(
        `INSERT INTO match_refresh_request (listing_id, kind) SELECT unnest($1::uuid[]), $2
         ON CONFLICT (listing_id) DO UPDATE SET requested_at = clock_timestamp()`,
        [ids, kind],
      );
      const begin = performance.now();
      const done = await refresh.drain();
      const elapsed = (performance.now() - begin) / 1000;
      log(
        `refresh ${kind.toLowerCase().padEnd(10)} ${done} items in ${elapsed.toFixed(1)} s: ${(done / elapsed).toFixed(1)} items/s`,
      );
      return done / elapsed;
    };
    const needRate = await throughput(
      'NEED',
      needs.map((n) => n.id),
    );
    const capabilityRate = await throughput(
      'CAPABILITY',
      capabilitySample.map((c) => c.id),
    );

    // Throughput with one and with two workers, each a process with its own index (SKIP
    // LOCKED claims keep them off each other's listings): every live need (or BENCH_WORKER_NEEDS of them) matched again.
    const workerRates: string[] = [];
    for (const count of WORKERS) {
      const workers = Array.from({ length: count }, () =>
        spawn(process.execPath, [join(__dirname, 'match-worker.js')], {
          env: { ...env, DATABASE_URL: database.url },
          stdio: ['pipe', 'pipe', 'inherit'],
        }),
      );
      const output = workers.map((worker) => {
        const lines: string[] = [];
        const ready = new Promise<void>((resolve) =>
          worker.stdout.on('data', (chunk: Buffer) => {
            lines.push(...chunk.toString().split('\n').filter(Boolean));
            if (lines.includes('ready')) resolve();
          }),
        );
        const exited = new Promise<void>((resolve) => worker.on('exit', () => resolve()));
        return { lines, ready, exited };
      });
      await Promise.all(output.map((o) => o.ready));
      await sql.query(
        `INSERT INTO match_refresh_request (listing_id, kind) SELECT id, 'NEED' FROM technology_need WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT $1
         ON CONFLICT (listing_id) DO UPDATE SET requested_at = clock_timestamp()`,
        [WORKER_NEEDS],
      );
      const begin = performance.now();
      for (const worker of workers) worker.stdin.write('go\n');
      await Promise.all(output.map((o) => o.exited));
      const wall = (performance.now() - begin) / 1000;
      const results = output.map(
        (o) =>
          JSON.parse(o.lines.find((line) => line.startsWith('{')) ?? '{"done":0}') as {
            done: number;
            buildSeconds: number;
          },
      );
      const total = results.reduce((sum, r) => sum + r.done, 0);
      const line = `${count} worker(s): ${total.toLocaleString('en')} needs re-matched in ${wall.toFixed(1)} s, ${(total / wall).toFixed(1)} needs/s (each ${results.map((r) => r.done).join(' + ')}; indexes built in ${results.map((r) => `${r.buildSeconds.toFixed(1)} s`).join(', ')})`;
      log(line);
      workerRates.push(line);
    }

    // 3. Incremental: one listing changes (through its table, as an edit would), the job
    //    refreshes it: its own pairs and its place in the other side's lists.
    const incremental: number[] = [];
    for (const [i, capability] of capabilitySample.slice(0, INCREMENTAL).entries()) {
      const table = i % 2 ? 'capability' : 'technology_need';
      const id = i % 2 ? capability.id : needs[i % needs.length]!.id;
      await sql.query(`UPDATE ${table} SET title = title || ' ' WHERE id = $1`, [id]);
      const begin = performance.now();
      await refresh.drain();
      incremental.push(performance.now() - begin);
    }
    const stored = (
      await sql.query(
        `SELECT count(*)::int AS pairs, count(DISTINCT need_id)::int AS needs FROM listing_match`,
      )
    ).rows[0] as { pairs: number; needs: number };
    log(
      `stored pairs: ${stored.pairs.toLocaleString('en')} for ${stored.needs.toLocaleString('en')} needs`,
    );
    await sql.query('VACUUM ANALYZE listing_match');

    // Members: one user per owner organization, signed in over HTTP like a browser.
    const api = spawnApi(database.url, dataDir);
    server = api.process;
    const endpoint = await api.endpoint;
    log(`API listening on ${endpoint} (pid ${server.pid})`);
    const members = new Map<string, { client: HttpClient; actor: Actor }>();
    for (const organizationId of new Set(needs.map((n) => n.organizationId))) {
      const client = new HttpClient(endpoint);
      const registered = await client.post<{
        register: { csrfToken: string; user: { id: string } };
      }>(
        `mutation R($input: RegisterInput!) { register(input: $input) { csrfToken user { id } } }`,
        {
          input: {
            email: `owner-${organizationId.slice(0, 8)}@example.org`,
            password: 'correct horse battery staple',
            displayName: 'Bench Owner',
            preferredLanguage: 'en',
          },
        },
      );
      if (!registered.data)
        throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
      client.csrf = registered.data.register.csrfToken;
      const userId = registered.data.register.user.id;
      await sql.query(
        `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ORG_ADMIN')`,
        [organizationId, userId],
      );
      members.set(organizationId, {
        client,
        actor: {
          kind: 'user',
          userId,
          isAdmin: false,
          requestId: 'bench',
          via: { kind: 'session', sessionId: 'bench' },
        },
      });
    }

    // 4. matchesForNeed through the API.
    const viaApi = async (need: { id: string; organizationId: string }) => {
      const begin = performance.now();
      const result = await members.get(need.organizationId)!.client.post<{
        matchesForNeed: { edges: { node: { score: number; capability: { id: string } } }[] };
      }>(MATCHES, { id: need.id });
      const elapsed = performance.now() - begin;
      if (!result.data)
        throw new Error(`matchesForNeed ${need.id}: ${JSON.stringify(result.errors)}`);
      return { ms: elapsed, top: result.data.matchesForNeed.edges.map((edge) => edge.node) };
    };
    log(`warming up (${needs.length} reads)`);
    const answers = new Map<string, { score: number; capability: { id: string } }[]>();
    for (const need of needs) answers.set(need.id, (await viaApi(need)).top);
    const apiSamples: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1)
      for (const need of needs) apiSamples.push((await viaApi(need)).ms);

    // 5. The exhaustive baseline, timed: read and score every capability the owner may see.
    const engine = app.get(MatchEngine);
    const policy = app.get(Policy);
    const exhaustiveSamples: number[] = [];
    for (const need of needs.slice(0, EXHAUSTIVE_TIMED)) {
      const visibility = await policy.listingVisibility(
        members.get(need.organizationId)!.actor,
        'd',
        'capability',
      );
      const begin = performance.now();
      await engine.exhaustive('NEED', need.id, TOP, visibility);
      exhaustiveSamples.push(performance.now() - begin);
    }

    // Recall: the exhaustive top 20 of every need, from the corpus read once (same facts, same function).
    log(
      `reading the corpus once for recall (${size.capabilities.toLocaleString('en')} capabilities)`,
    );
    const reading = performance.now();
    const repository = app.get(MatchRepository);
    const everyId = (
      await sql.query(`SELECT id FROM capability WHERE status = 'PUBLISHED'`)
    ).rows.map((row: { id: string }) => row.id);
    const corpus: CapabilityRow[] = [];
    for (let start = 0; start < everyId.length; start += 10_000)
      corpus.push(...(await repository.capabilities(everyId.slice(start, start + 10_000))));
    const places = await engine.places(
      new Set([...corpus.map((row) => row.organizationId), ...needs.map((n) => n.organizationId)]),
    );
    const facts = new Map(
      corpus.map((row) => [
        row.id,
        capabilityFacts(row, places.get(row.organizationId) as MatchPlace),
      ]),
    );
    log(`  read and tokenised in ${seconds(reading)}`);
    let recallSum = 0;
    let missed = 0;
    for (const need of needs) {
      const visibility = await policy.listingVisibility(
        members.get(need.organizationId)!.actor,
        'd',
        'capability',
      );
      const visible = await repository.everyCandidate(
        'CAPABILITY',
        need.organizationId,
        visibility,
      );
      const [row] = await repository.needs([need.id]);
      const facts0 = needFacts(row!, places.get(need.organizationId) as MatchPlace);
      const collaborations = await repository.earlierCollaborations(need.organizationId, [
        ...new Set(visible.map((c) => c.organizationId)),
      ]);
      // The engine's term weights, and only what it would show (the relevance floor, and
      // nothing when the need's best pair is under the list floor).
      const corpus = await engine.corpus([facts0.terms]);
      const shown = visible
        .map((candidate) => ({
          id: candidate.id,
          score: scoreMatch(facts0, facts.get(candidate.id)!, {
            earlierCollaborations: collaborations.get(candidate.organizationId) ?? 0,
            corpus,
          }),
        }))
        .filter((item) => isMatchShown(item.score));
      const scored = confidentMatches(shown, (item) => item.score.relevance)
        .map((item) => ({ id: item.id, score: item.score.score }))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
      // Ties at the 20th place: any of the tied items is a right answer.
      const floor = scored[Math.min(TOP, scored.length) - 1]?.score ?? 0;
      const truth = new Set(scored.filter((item) => item.score >= floor).map((item) => item.id));
      const expected = Math.min(TOP, scored.length);
      const hits = (answers.get(need.id) ?? []).filter((item) =>
        truth.has(item.capability.id),
      ).length;
      const recall = expected ? Math.min(hits, expected) / expected : 1;
      if (recall < 1) missed += 1;
      recallSum += recall;
    }

    // Recall on the capabilities' side: the stored list of each sampled capability against
    // its exhaustive top 20 among every live need (scoreMatch, the engine's term weights).
    log(`reading every live need once for the capabilities' recall`);
    const needCorpus: NeedRow[] = [];
    for (let after: string | null = null; ;) {
      const page: NeedRow[] = await repository.liveNeeds(after, 10_000);
      if (!page.length) break;
      needCorpus.push(...page);
      after = page[page.length - 1]!.id;
    }
    await engine.places(
      needCorpus.map((row) => row.organizationId),
      places,
    );
    const needFactsOf = needCorpus.map((row) =>
      needFacts(row, places.get(row.organizationId) as MatchPlace),
    );
    const needWeights = await engine.corpus(needFactsOf.map((facts) => facts.terms));
    let capabilityRecallSum = 0;
    let capabilityMissed = 0;
    for (const { id } of capabilitySample) {
      const [row] = await repository.capabilities([id]);
      if (!row || row.status !== 'PUBLISHED') continue;
      await engine.places([row.organizationId], places);
      const own = capabilityFacts(row, places.get(row.organizationId) as MatchPlace);
      const collaborations = await repository.earlierCollaborations(row.organizationId, [
        ...new Set(needCorpus.map((need) => need.organizationId)),
      ]);
      const scored = needCorpus
        .map((need, i) => ({ need, i }))
        .filter(({ need }) => need.organizationId !== row.organizationId)
        .map(({ need, i }) => ({
          id: need.id,
          score: scoreMatch(needFactsOf[i]!, own, {
            earlierCollaborations: collaborations.get(need.organizationId) ?? 0,
            corpus: needWeights,
          }),
        }))
        .filter((item) => isMatchShown(item.score))
        .sort((a, b) => b.score.score - a.score.score);
      const floor = scored[Math.min(TOP, scored.length) - 1]?.score.score ?? 0;
      const truth = new Set(
        scored.filter((item) => item.score.score >= floor).map((item) => item.id),
      );
      const expected = Math.min(TOP, scored.length);
      const storedTop = (
        await sql.query(
          `SELECT need_id FROM listing_match WHERE capability_id = $1 AND for_capability ORDER BY score DESC, need_id LIMIT $2`,
          [id, TOP],
        )
      ).rows as { need_id: string }[];
      const hits = storedTop.filter((item) => truth.has(item.need_id)).length;
      const recall = expected ? Math.min(hits, expected) / expected : 1;
      if (recall < 1) capabilityMissed += 1;
      capabilityRecallSum += recall;
    }
    const capabilityRecall = capabilityRecallSum / Math.max(1, capabilitySample.length);

    const report = (name: string, samples: number[]) =>
      `${name.padEnd(11)} p50 ${ms(percentile(samples, 0.5)).padStart(10)}   p95 ${ms(percentile(samples, 0.95)).padStart(10)}   max ${ms(Math.max(...samples)).padStart(10)}   (${samples.length} samples)`;
    log('');
    log(
      `matchesForNeed, top ${TOP}, ${needs.length} needs × ${ROUNDS} rounds, each asked by a member of the owner:`,
    );
    log(report('API', apiSamples));
    log(report('exhaustive', exhaustiveSamples));
    log(
      `speed-up exhaustive/API   p50 ${(percentile(exhaustiveSamples, 0.5) / percentile(apiSamples, 0.5)).toFixed(0)}×   p95 ${(percentile(exhaustiveSamples, 0.95) / percentile(apiSamples, 0.95)).toFixed(0)}×`,
    );
    log(
      `recall@${TOP} of the API against the exhaustive top ${TOP}: ${(recallSum / needs.length).toFixed(3)} (${missed} of ${needs.length} needs below 1)`,
    );
    log(
      `recall@${TOP} of the stored lists of ${capabilitySample.length} capabilities against their exhaustive top ${TOP}: ${capabilityRecall.toFixed(3)} (${capabilityMissed} below 1)`,
    );
    log(
      `full matching: ${matched.toLocaleString('en')} of ${(matched + left).toLocaleString('en')} listings in ${fullSeconds.toFixed(1)} s (index built in ${buildSeconds.toFixed(1)} s), ${rate} listings/s${left ? `, all: ${projected.toFixed(0)} s projected` : ''}`,
    );
    log(
      `background refresh of changed listings: needs ${needRate.toFixed(1)} items/s, capabilities ${capabilityRate.toFixed(1)} items/s`,
    );
    log(report('incremental', incremental));
    for (const line of workerRates) log(line);

    log('');
    log('EXPLAIN (ANALYZE, BUFFERS) of the read and of a refresh candidate query:');
    const sample = needs[0]!;
    const visibility = await policy.listingVisibility(
      members.get(sample.organizationId)!.actor,
      'c',
      'capability',
    );
    const explain = async (label: string, text: string, params: Record<string, unknown>) => {
      const [query, values] = app!
        .get(DataSource)
        .driver.escapeQueryWithParameters(text, params, {});
      const plan = (
        await sql.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`, values)
      ).rows.map((row: Record<string, string>) => row['QUERY PLAN']!);
      log(`-- ${label}`);
      for (const line of plan)
        if (/Scan|Join|Execution Time|Index Cond|Sort|Limit/.test(line))
          log(`   ${line.length > 200 ? `${line.slice(0, 197)}...` : line}`);
    };
    await explain(
      'stored matches of a need, through the owner’s visibility',
      `SELECT m.need_id, m.capability_id, m.score FROM listing_match m JOIN capability c ON c.id = m.capability_id
        WHERE m.need_id = :id AND c.status = 'PUBLISHED' AND ${visibility.sql} ORDER BY m.score DESC, m.capability_id LIMIT 100`,
      { id: sample.id, ...visibility.params },
    );
    const [row] = await repository.needs([sample.id]);
    await explain(
      'refresh candidates of a need (codes, sectors, words)',
      `SELECT d.id FROM search_document d WHERE d.kind = 'CAPABILITY' AND d.status = 'PUBLISHED' AND (d.technology_areas && :codes::text[] OR d.sectors && :sectors::text[])`,
      { codes: row!.technologyAreas, sectors: row!.sectors },
    );
    log('');
    log(`done in ${seconds(started)}`);
  } finally {
    await sql.end().catch(() => undefined);
    await stopApi(server);
    if (app) await app.close().catch(() => undefined);
    await database
      .stop()
      .catch((error: unknown) => console.error('stopping the database failed', error));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
