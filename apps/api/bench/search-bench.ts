/* The search benchmark (`pnpm bench:search`): generates 200,000 capabilities and 50,000
 * needs into a fresh database (an embedded PostgreSQL in a temporary folder, or a new
 * database on DATABASE_URL's server), starts the platform on a real HTTP port, and times
 * 100 searches through the GraphQL API and, in the same run, the very same SQL sent
 * straight to PostgreSQL (the floor). Prints p50/p95 of both, their ratio, and the plans of
 * representative searches. A script, not a test: it asserts nothing about timings.
 *
 * Environment: DATABASE_URL (use that server), BENCH_CAPABILITIES / BENCH_NEEDS /
 * BENCH_ORGANIZATIONS (sizes), BENCH_ROUNDS (timed rounds, default 3), BENCH_SHARED_BUFFERS
 * (embedded server, default 1GB), BENCH_KEEP=1 (keep the database and print its URL). */
import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { benchApp } from './bench-app';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { parseInput, searchFilterSchema } from '@spillover/domain';
import type { Actor } from '../src/platform/auth/actor';
import { migrate } from '../src/platform/database/migrate';
import type { CompiledSql } from '../src/search/search-sql';
import { SearchRepository } from '../src/search/search.repository';
import { SearchService } from '../src/search/search.service';
import {
  HttpClient,
  dataSize,
  freshDatabase,
  generate,
  log,
  ms,
  percentile,
  spawnApi,
} from './bench-support';
import { benchQueries, type BenchQuery } from './bench-queries';

const env = process.env;
const size = dataSize();
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const PAGE = 20;

// What a search page asks for: hits as cards (with snippets and the owner's name), the total and the facets.
const SEARCH = `query BenchSearch($filter: SearchFilterInput) {
  search(filter: $filter) {
    totalCount similarSpellings queryTechnologyAreas
    pageInfo { hasNextPage endCursor }
    facets { kinds { value count } capabilityKinds { value count } statuses { value count } technologyAreas { value count } countries { value count } }
    edges { cursor node {
      kind id score title listedAt status capabilityKind technologyAreas trlMin trlMax deadline country region organizationName
      snippet { field text highlights { start end } }
    } }
  }
}`;

async function main(): Promise<void> {
  const started = performance.now();
  log(
    `Spillover search benchmark: ${size.capabilities.toLocaleString('en')} capabilities, ${size.needs.toLocaleString('en')} needs, ${size.organizations.toLocaleString('en')} organizations`,
  );
  const database = await freshDatabase('search');
  log(`database: ${database.describe}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-bench-app-'));
  let app: INestApplicationContext | null = null;
  let server: ChildProcess | null = null;
  const sql = new Client({
    connectionString: database.url,
    application_name: 'spillover-bench-floor',
    // As the platform's own connections (data-source.ts), so the floor runs the same plans.
    options: '-c jit=off',
  });
  try {
    await migrate(database.url);
    log('generating data');
    const generating = performance.now();
    await generate(database.url, size);
    log(`  ${'total'.padEnd(32)} ${((performance.now() - generating) / 1000).toFixed(1)} s`);
    await sql.connect();
    const counts = (
      await sql.query(
        `SELECT kind, count(*)::int AS n FROM search_document GROUP BY kind ORDER BY kind`,
      )
    ).rows as { kind: string; n: number }[];
    const sizes = (
      await sql.query(
        `SELECT pg_size_pretty(pg_table_size('search_document')) AS heap, pg_size_pretty(pg_indexes_size('search_document')) AS indexes`,
      )
    ).rows[0] as { heap: string; indexes: string };
    log(
      `search documents: ${counts.map((c) => `${c.kind} ${c.n.toLocaleString('en')}`).join(', ')} (table ${sizes.heap}, indexes ${sizes.indexes})`,
    );

    // The platform on a real HTTP port, in its own process as in production.
    const api = spawnApi(database.url, dataDir);
    server = api.process;
    const endpoint = await api.endpoint;
    log(`API listening on ${endpoint} (pid ${api.process.pid})`);
    // This process compiles the floor's statements with the same code (it serves no HTTP).
    app = await benchApp(database.url, dataDir);

    // A member: an ORG_ADMIN of an organization that is ACTIVE in a cluster.
    const member = new HttpClient(endpoint);
    const registered = await member.post<{ register: { csrfToken: string; user: { id: string } } }>(
      `mutation R($input: RegisterInput!) { register(input: $input) { csrfToken user { id } } }`,
      {
        input: {
          email: 'bench@example.org',
          password: 'correct horse battery staple',
          displayName: 'Bench Member',
          preferredLanguage: 'ko',
        },
      },
    );
    if (!registered.data) throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
    member.csrf = registered.data.register.csrfToken;
    const userId = registered.data.register.user.id;
    const home = (
      await sql.query(`SELECT cm.organization_id, cm.cluster_id FROM cluster_membership cm JOIN organization o ON o.id = cm.organization_id
      WHERE cm.status = 'ACTIVE' AND o.kind = 'FIRM' ORDER BY (SELECT count(*) FROM technology_need n WHERE n.organization_id = o.id) DESC LIMIT 1`)
    ).rows[0] as { organization_id: string; cluster_id: string };
    await sql.query(
      `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ORG_ADMIN')`,
      [home.organization_id, userId],
    );
    const anonymous = new HttpClient(endpoint);
    const actors: Record<BenchQuery['as'], Actor> = {
      anonymous: { kind: 'anonymous', requestId: 'bench' },
      member: {
        kind: 'user',
        userId,
        isAdmin: false,
        requestId: 'bench',
        via: { kind: 'session', sessionId: 'bench' },
      },
    };
    const clients = { anonymous, member };

    const queries = benchQueries(home.cluster_id);
    const searchService = app.get(SearchService);
    const repository = app.get(SearchRepository);
    const filterOf = (query: BenchQuery) =>
      parseInput(searchFilterSchema, { ...query.filter, first: PAGE });

    const viaApi = async (query: BenchQuery): Promise<{ ms: number; total: number }> => {
      const begin = performance.now();
      const result = await clients[query.as].post<{ search: { totalCount: number } }>(SEARCH, {
        filter: { ...query.filter, first: PAGE },
      });
      const elapsed = performance.now() - begin;
      if (!result.data) throw new Error(`${query.label}: ${JSON.stringify(result.errors)}`);
      return { ms: elapsed, total: result.data.search.totalCount };
    };
    // The floor: the statements the API runs for this search (the search; when the words
    // find less than a page, the typo corrections and the corrected search), sent by a
    // plain pg client on its own connection; only their round trips are timed.
    const viaSql = async (
      query: BenchQuery & { stats?: boolean },
      capture?: CompiledSql[],
    ): Promise<{ ms: number; total: number }> => {
      let elapsed = 0;
      const runner = async <T>(compiled: CompiledSql): Promise<T[]> => {
        capture?.push(compiled);
        const { sql: text, values } = repository.positional(compiled);
        const begin = performance.now();
        const result = await sql.query(text, values);
        elapsed += performance.now() - begin;
        return result.rows as T[];
      };
      const { rows } = await searchService.execute(
        actors[query.as],
        filterOf(query),
        { stats: query.stats ?? true },
        runner,
      );
      return { ms: elapsed, total: rows.total ?? -1 };
    };

    log(`warming up (${queries.length} searches each way)`);
    for (const query of queries) {
      const [api, floor] = [await viaApi(query), await viaSql(query)];
      if (api.total !== floor.total)
        throw new Error(`${query.label}: the API counted ${api.total}, the SQL ${floor.total}`);
    }
    const apiSamples: number[] = [];
    const sqlSamples: number[] = [];
    const perQuery = new Map<string, { api: number[]; sql: number[]; total: number }>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const query of queries) {
        // Alternate which goes first, so neither always meets the other's warm cache.
        const first = round % 2 === 0 ? viaApi : viaSql;
        const second = round % 2 === 0 ? viaSql : viaApi;
        const a = await first(query);
        const b = await second(query);
        const [api, floor] = round % 2 === 0 ? [a, b] : [b, a];
        apiSamples.push(api.ms);
        sqlSamples.push(floor.ms);
        const entry = perQuery.get(query.label) ?? { api: [], sql: [], total: api.total };
        entry.api.push(api.ms);
        entry.sql.push(floor.ms);
        perQuery.set(query.label, entry);
      }
    }

    const report = (name: string, samples: number[]) =>
      `${name.padEnd(5)} p50 ${ms(percentile(samples, 0.5)).padStart(9)}   p95 ${ms(percentile(samples, 0.95)).padStart(9)}   max ${ms(Math.max(...samples)).padStart(9)}`;
    log('');
    log(
      `${queries.length} searches × ${ROUNDS} rounds (${apiSamples.length} samples each; page of ${PAGE} with totalCount and facets)`,
    );
    log(report('API', apiSamples));
    log(report('SQL', sqlSamples));
    log(
      `ratio API/SQL   p50 ${(percentile(apiSamples, 0.5) / percentile(sqlSamples, 0.5)).toFixed(2)}   p95 ${(percentile(apiSamples, 0.95) / percentile(sqlSamples, 0.95)).toFixed(2)}`,
    );
    const byGroup = new Map<string, number[]>();
    for (const [label, entry] of perQuery) {
      const group = label.split(':')[0]!.split(' ')[0]!;
      byGroup.set(group, [...(byGroup.get(group) ?? []), ...entry.api]);
    }
    log(
      `API by kind of search: ${[...byGroup].map(([group, samples]) => `${group} p50 ${ms(percentile(samples, 0.5))} p95 ${ms(percentile(samples, 0.95))}`).join(' | ')}`,
    );
    for (const role of ['anonymous', 'member'] as const) {
      const entries = [...perQuery]
        .filter(([label]) => queries.find((q) => q.label === label)!.as === role)
        .map(([, entry]) => entry);
      const api = entries.flatMap((entry) => entry.api);
      const floor = entries.flatMap((entry) => entry.sql);
      log(
        `${role.padEnd(9)} API p50 ${ms(percentile(api, 0.5))} p95 ${ms(percentile(api, 0.95))} | SQL p50 ${ms(percentile(floor, 0.5))} p95 ${ms(percentile(floor, 0.95))}`,
      );
    }
    const slowest = [...perQuery]
      .sort((a, b) => percentile(b[1].api, 0.5) - percentile(a[1].api, 0.5))
      .slice(0, 8);
    log('slowest searches (median API / SQL, results):');
    const byLabel = new Map(queries.map((query) => [query.label, query]));
    for (const [label, entry] of slowest) {
      const { query: _words, ...filters } = byLabel.get(label)!.filter;
      log(
        `  ${label.padEnd(36)} ${ms(percentile(entry.api, 0.5)).padStart(9)} ${ms(percentile(entry.sql, 0.5)).padStart(9)} ${entry.total.toLocaleString('en').padStart(7)}  ${byLabel.get(label)!.as} ${JSON.stringify(filters)}`,
      );
    }

    // Plans of representative searches: every search index must show up in one of them.
    log('');
    log('EXPLAIN (ANALYZE, BUFFERS) of representative searches (plan nodes only):');
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const representative: (BenchQuery & { stats?: boolean })[] = [
      {
        label: 'English word + taxonomy concept, anonymous',
        as: 'anonymous',
        filter: { query: 'hydrogen' },
      },
      {
        label: 'Korean phrase + taxonomy concept, member',
        as: 'member',
        filter: { query: '수소 연료전지' },
      },
      {
        label: 'Korean substring, member',
        as: 'member',
        filter: { query: '협력', kinds: ['NEED'] },
      },
      {
        label: 'typo (similar spellings)',
        as: 'anonymous',
        filter: { query: 'magnesuim casting' },
      },
      {
        label: 'Korean typo (similar spellings by jamo)',
        as: 'member',
        filter: { query: '연로전지 스택' },
      },
      {
        label: 'words + technology area + country',
        as: 'member',
        filter: { query: 'digital twin', technologyAreas: ['EA14'], countries: ['KR'] },
      },
      {
        label: 'browse by sector, newest first',
        as: 'anonymous',
        filter: { sectors: ['13'], kinds: ['NEED'] },
      },
      {
        label: 'browse by country and collaboration type',
        as: 'member',
        filter: { countries: ['FI'], collaborationTypes: ['LICENSE'] },
      },
      {
        label: 'browse by region and deadline window',
        as: 'anonymous',
        filter: {
          countries: ['KR'],
          regions: ['KR-27'],
          deadlineAfter: inDays(10),
          deadlineBefore: inDays(20),
        },
      },
      {
        label: 'words + cluster (owners ACTIVE in it), member',
        as: 'member',
        filter: { query: 'welding robot', clusterIds: [home.cluster_id] },
      },
      {
        label: 'newest first without totals (a page of a list, or a saved search alert)',
        as: 'anonymous',
        filter: { kinds: ['CAPABILITY'] },
        stats: false,
      },
    ];
    const used = new Set<string>();
    const unhashed: string[] = [];
    for (const query of representative) {
      const captured: CompiledSql[] = [];
      await viaSql(query, captured);
      for (const [index, compiled] of captured.entries()) {
        const { sql: text, values } = repository.positional(compiled);
        const plan = (
          (await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).rows as {
            'QUERY PLAN': string;
          }[]
        ).map((row) => row['QUERY PLAN']);
        const step =
          captured.length > 1
            ? ` [statement ${index + 1} of ${captured.length}${index === 1 ? ': typo corrections' : index === 2 ? ': corrected words' : ': words as typed'}]`
            : '';
        log(`-- ${query.label}: ${JSON.stringify(query.filter)}${step}`);
        // The search_document part of the plan: its scans and their conditions, and the totals.
        let keepCondition = false;
        for (const line of plan) {
          for (const match of line.matchAll(
            /Index (?:Only )?Scan (?:Backward )?(?:using|on) (\w+)/g,
          ))
            used.add(match[1]!);
          const scan = /search_document|search_word|Bitmap(And|Or)/.test(line);
          if (
            scan ||
            (keepCondition && /Index Cond|Recheck Cond|Filter:/.test(line)) ||
            /Execution Time|Planning Time|JIT|Sort Method/.test(line)
          )
            log(`   ${line.length > 240 ? `${line.slice(0, 237)}...` : line}`);
          if (!/^\s+(Buffers|Index Searches|Heap Blocks|Rows Removed)/.test(line))
            keepCondition = scan;
        }
        // A concept's items leave out the word hits through a hashed subplan (search-sql.ts):
        // unhashed, it would rescan the word hits once per item.
        const leftOut = plan.find((line) => /NOT \(ANY \(id = \((hashed )?SubPlan/.test(line));
        if (leftOut) {
          const hashed = /hashed SubPlan/.test(leftOut);
          log(
            `   word hits left out of the concept's items by a ${hashed ? 'hashed' : 'PLAIN'} subplan`,
          );
          if (!hashed) unhashed.push(query.label);
        }
      }
    }
    const expected = [
      'search_document_vector_idx',
      'search_document_public_vector_idx',
      'search_word_trgm_idx',
      'search_word_jamo_trgm_idx',
      'search_document_technology_areas_idx',
      'search_document_sectors_idx',
      'search_document_country_idx',
      'search_document_region_idx',
      'search_document_deadline_idx',
      'search_document_organization_idx',
      'search_document_listed_idx',
      'search_document_collaboration_types_idx',
    ];
    log(
      `search indexes used in these plans: ${[...used]
        .filter((name) => name.startsWith('search_'))
        .sort()
        .join(', ')}`,
    );
    const unused = expected.filter((name) => !used.has(name));
    if (unused.length) log(`!! search indexes not used by any plan above: ${unused.join(', ')}`);
    if (unhashed.length) log(`!! word hits not hashed in: ${unhashed.join('; ')}`);
    log('');
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (env.BENCH_KEEP) log(`database kept: ${database.url}`);
  } finally {
    await sql.end().catch(() => undefined);
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
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
