/* The award of a large call (`pnpm bench:calls`).
 *
 * One fresh database with a call IN_EVALUATION of BENCH_APPLICATIONS (default 5,000)
 * eligible applications (a lead and one or two accepted partners each, from 2,000
 * organizations in Korea and Germany), BENCH_REVIEWERS (default 400) panel members and
 * BENCH_REVIEWS_PER_APPLICATION (default 4) submitted reviews each, on 6 criteria; two
 * funders in a virtual common pot, rule SKIP (the walk that does the most work).
 * The review comes first, through the API as a manager runs it (calls-bench-review.ts):
 *   d. the conflict check of the panel against every consortium, against its SQL alone;
 *   e. the assignment (N per application, loads 60) against the greedy loop and the solver
 *      in memory on the same candidates, with each one's total affinity;
 * then every assigned reviewer submits (SQL), and, measured on the same data:
 *   a. the pure domain function `rankAndAllocate` on the data in memory (median of rounds);
 *   b. the ranking preview through the API (GraphQL `callAward`: load, rank, allocate, present);
 *   c. publication through the API (GraphQL `publishCallResults`: lock, rank, allocate, write
 *      every application and grant, audit, queue every consortium's notification, commit).
 * and reports b/a and c/a. The API runs in its own process, as in production. */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  rankAndAllocate,
  type AwardApplication,
  type AwardCall,
  type Funder,
} from '@spillover/domain';
import { migrate } from '../src/platform/database/migrate';
import { generateReviewData, runReviewStages } from './calls-bench-review';
import { HttpClient, freshDatabase, log, ms, spawnApi, stopApi } from './bench-support';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 5_000);
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 400);
const PER_APPLICATION = Number(process.env.BENCH_REVIEWS_PER_APPLICATION ?? 4);
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CRITERIA = 6;

// A small deterministic generator: the same data every run.
let seed = 42;
const random = (): number => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
};

async function main(): Promise<void> {
  const database = await freshDatabase('calls');
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-calls-bench-'));
  let api: ReturnType<typeof spawnApi> | null = null;
  log(
    `calls bench: ${APPLICATIONS} applications, ${REVIEWERS} reviewers, ${PER_APPLICATION} reviews each, ${CRITERIA} criteria; ${database.describe}`,
  );
  const sql = new Client({ connectionString: database.url });
  try {
    await migrate(database.url);
    await sql.connect();
    await sql.query('SET synchronous_commit = off');
    const one = async <T>(text: string, values: unknown[] = []): Promise<T> =>
      (await sql.query(text, values)).rows[0] as T;

    // Clusters, funders and the call.
    const agency = await one<{ id: string }>(
      `INSERT INTO organization (name, kind, country, region) VALUES ('Bench Agency', 'CLUSTER_ORGANIZATION', 'KR', 'KR-27') RETURNING id`,
    );
    const kr = await one<{ id: string }>(
      `INSERT INTO cluster (name_en, name_ko, organization_id, country, region) VALUES ('Daegu Bench Cluster', '대구 벤치 클러스터', $1, 'KR', 'KR-27') RETURNING id`,
      [agency.id],
    );
    const de = await one<{ id: string }>(
      `INSERT INTO cluster (name_en, name_ko, organization_id, country, region) VALUES ('Stuttgart Bench Cluster', '슈투트가르트 벤치 클러스터', $1, 'DE', 'DE-BW') RETURNING id`,
      [agency.id],
    );
    const criteria = Array.from({ length: CRITERIA }, (_, i) => ({
      name: `Criterion ${i + 1}`,
      description: '',
      weight: [25, 20, 15, 15, 15, 10][i]!,
      maxScore: 5,
      minScore: i === 0 ? 2 : null,
    }));
    const call = await one<{ id: string }>(
      `INSERT INTO call (cluster_id, status, programme_name, title_en, title_ko, time_zone, opens_at, closes_at, opened_at, closed_at, currency,
                         funding_mode, criteria, threshold, reviewers_per_application, budget_rule)
       VALUES ($1, 'IN_EVALUATION', 'Bench programme', 'Bench joint call', '벤치 국제공동 공모', 'Asia/Seoul', now() - interval '60 days', now() - interval '10 days',
               now() - interval '60 days', now() - interval '10 days', 'EUR', 'VIRTUAL_COMMON_POT', $2::jsonb, 60, $3, 'SKIP') RETURNING id`,
      [kr.id, JSON.stringify(criteria), PER_APPLICATION],
    );
    // Budgets fund about a fifth of the requests: the walk meets the budget's end early.
    const budgetKr = Math.round(APPLICATIONS * 0.2 * 600_000);
    const budgetDe = Math.round(APPLICATIONS * 0.2 * 250_000);
    await sql.query(
      `INSERT INTO call_funder (call_id, cluster_id, budget, currency, funds, position) VALUES ($1, $2, $3, 'EUR', 'COUNTRY', 0), ($1, $4, $5, 'EUR', 'COUNTRY', 1)`,
      [call.id, kr.id, budgetKr, de.id, budgetDe],
    );
    const funders: Funder[] = [
      {
        clusterId: kr.id,
        funds: 'COUNTRY',
        country: 'KR',
        region: 'KR-27',
        budget: budgetKr,
        currency: 'EUR',
        maxPerProject: null,
      },
      {
        clusterId: de.id,
        funds: 'COUNTRY',
        country: 'DE',
        region: 'DE-BW',
        budget: budgetDe,
        currency: 'EUR',
        maxPerProject: null,
      },
    ];

    // Organizations: firms (some SMEs), universities and institutes in both countries.
    const started = performance.now();
    const orgRows = Array.from({ length: ORGANIZATIONS }, (_, i) => {
      const country = i % 3 === 2 ? 'DE' : 'KR';
      const kind = i % 4 === 0 ? 'UNIVERSITY' : i % 4 === 1 ? 'RESEARCH_INSTITUTE' : 'FIRM';
      return {
        name: `Bench organization ${i}`,
        kind,
        size: kind === 'FIRM' ? pick(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']) : null,
        country,
        region: country === 'KR' ? 'KR-27' : 'DE-BW',
      };
    });
    const orgs = (
      await sql.query(
        `INSERT INTO organization (name, kind, size, country, region)
       SELECT o.name, o.kind, o.size, o.country, o.region FROM jsonb_to_recordset($1::jsonb) AS o(name text, kind text, size text, country text, region text)
       RETURNING id, kind, size, country, region`,
        [JSON.stringify(orgRows)],
      )
    ).rows as { id: string; kind: string; size: string | null; country: string; region: string }[];
    const firms = orgs.filter((o) => o.kind === 'FIRM');

    // Applications: a firm leads, one or two partners; requests around 300,000–900,000.
    const applications: {
      lead: (typeof orgs)[number];
      leadBudget: number;
      partners: { org: (typeof orgs)[number]; budget: number }[];
      submittedAt: Date;
    }[] = [];
    for (let i = 0; i < APPLICATIONS; i++) {
      const lead = pick(firms);
      const partners = Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
        pick(orgs),
      ).filter((p, j, all) => p.id !== lead.id && all.findIndex((q) => q.id === p.id) === j);
      applications.push({
        lead,
        leadBudget: 100_000 * (3 + Math.floor(random() * 4)),
        partners: partners.map((org) => ({
          org,
          budget: 100_000 * (1 + Math.floor(random() * 3)),
        })),
        submittedAt: new Date(Date.UTC(2026, 9, 1) + Math.floor(random() * 30 * 86_400_000)),
      });
    }
    const appIds = (
      await sql.query(
        `INSERT INTO application (call_id, lead_organization_id, status, title, lead_requested_budget, submitted_at)
       SELECT $1, a.lead, 'ELIGIBLE', a.title, a.budget, a.at FROM jsonb_to_recordset($2::jsonb) AS a(lead uuid, title text, budget bigint, at timestamptz, n int)
       RETURNING id, title`,
        [
          call.id,
          JSON.stringify(
            applications.map((a, i) => ({
              lead: a.lead.id,
              title: `Bench project ${i}`,
              budget: a.leadBudget,
              at: a.submittedAt.toISOString(),
              n: i,
            })),
          ),
        ],
      )
    ).rows
      // RETURNING's order is not promised: each application is found again by its (unique) title.
      .sort(
        (x: { title: string }, y: { title: string }) =>
          Number(x.title.slice(14)) - Number(y.title.slice(14)),
      )
      .map((r: { id: string }) => r.id);
    await sql.query(
      `INSERT INTO application_partner (application_id, organization_id, status, requested_budget, answered_at)
       SELECT p.app, p.org, 'ACCEPTED', p.budget, now() FROM jsonb_to_recordset($1::jsonb) AS p(app uuid, org uuid, budget bigint)`,
      [
        JSON.stringify(
          applications.flatMap((a, i) =>
            a.partners.map((p) => ({ app: appIds[i], org: p.org.id, budget: p.budget })),
          ),
        ),
      ],
    );

    // The panel, what the applications are about, and the ties conflicts come from.
    await generateReviewData(
      sql,
      { random, pick },
      {
        callId: call.id,
        organizationIds: orgs.map((o) => o.id),
        applicationIds: appIds,
        leadIds: applications.map((a) => a.lead.id),
        reviewers: REVIEWERS,
      },
    );
    await sql.query('VACUUM ANALYZE');
    log(
      `  data generated in ${((performance.now() - started) / 1000).toFixed(1)} s (${orgs.length} organizations, ${APPLICATIONS} applications, ${REVIEWERS} reviewers)`,
    );

    // The API, in its own process; a manager of the running cluster over HTTP.
    api = spawnApi(database.url, dataDir);
    const endpoint = await api.endpoint;
    const manager = new HttpClient(endpoint);
    const registered = await manager.post<{
      register: { csrfToken: string; user: { id: string } };
    }>(`mutation R($input: RegisterInput!) { register(input: $input) { csrfToken user { id } } }`, {
      input: {
        email: 'manager@example.org',
        password: 'correct horse battery staple',
        displayName: 'Bench Manager',
        preferredLanguage: 'en',
      },
    });
    if (!registered.data) throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
    manager.csrf = registered.data.register.csrfToken;
    await sql.query(`INSERT INTO cluster_manager (cluster_id, user_id) VALUES ($1, $2)`, [
      kr.id,
      registered.data.register.user.id,
    ]);

    // d, e. The conflict check and the assignment, as the manager runs them.
    await runReviewStages(sql, manager, call.id);

    // Every assigned reviewer declares no conflict and submits: application i's reviews are scores[i].
    const scores: number[][][] = applications.map(() => {
      const quality = random();
      return Array.from({ length: PER_APPLICATION }, () =>
        Array.from({ length: CRITERIA }, () =>
          Math.max(0, Math.min(5, Math.round(quality * 5 + (random() - 0.5) * 2))),
        ),
      );
    });
    await sql.query(
      `UPDATE review_assignment SET status = 'NO_CONFLICT_DECLARED' WHERE call_id = $1`,
      [call.id],
    );
    const submitted = await sql.query(
      `INSERT INTO review (assignment_id, scores, status, submitted_at)
       SELECT ra.id, s.scores, 'SUBMITTED', now()
       FROM (SELECT id, application_id, (row_number() OVER (PARTITION BY application_id ORDER BY reviewer_id) - 1)::int AS k
             FROM review_assignment WHERE call_id = $1) ra
       JOIN jsonb_to_recordset($2::jsonb) AS s(app uuid, k int, scores jsonb) ON s.app = ra.application_id AND s.k = ra.k`,
      [
        call.id,
        JSON.stringify(
          appIds.flatMap((app, i) =>
            scores[i]!.map((s, k) => ({
              app,
              k,
              scores: s.map((score) => ({ score, comment: 'Sound work plan; budget realistic.' })),
            })),
          ),
        ),
      ],
    );
    if (submitted.rowCount !== APPLICATIONS * PER_APPLICATION)
      throw new Error(
        `${submitted.rowCount} reviews submitted, not ${APPLICATIONS * PER_APPLICATION}`,
      );
    await sql.query('VACUUM ANALYZE');

    // a. The pure function on the same data, in memory.
    const awardCall: AwardCall = {
      currency: 'EUR',
      criteria,
      threshold: 60,
      budgetRule: 'SKIP',
      fundingMode: 'VIRTUAL_COMMON_POT',
      funders,
    };
    const sme = (o: (typeof orgs)[number]) =>
      o.kind === 'FIRM' && o.size !== 'LARGE' && o.size !== null;
    const inMemory: AwardApplication[] = applications.map((a, i) => ({
      applicationId: appIds[i]!,
      submittedAt: a.submittedAt,
      organizations: [
        {
          organizationId: a.lead.id,
          requestedBudget: a.leadBudget,
          country: a.lead.country,
          region: a.lead.region,
          activeClusterIds: [],
          sme: sme(a.lead),
        },
        ...a.partners.map((p) => ({
          organizationId: p.org.id,
          requestedBudget: p.budget,
          country: p.org.country,
          region: p.org.region,
          activeClusterIds: [],
          sme: sme(p.org),
        })),
      ],
      reviews: scores[i]!,
    }));
    const domainRuns: number[] = [];
    let domainFunded = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const [outcome, took] = await timed(() => rankAndAllocate(awardCall, inMemory));
      domainRuns.push(took);
      domainFunded = outcome.results.filter((r) => r.status === 'FUNDED').length;
    }
    const domain = median(domainRuns);
    log(
      `a. domain rankAndAllocate in memory: median of ${ROUNDS} ${ms(domain)} (${domainFunded} funded)`,
    );

    // b. The preview through the API, ROUNDS times (first one warms the process).
    const PREVIEW = `query P($callId: ID!) { callAward(callId: $callId) { published rows { applicationId rank score status granted reasons { code en } } funders { clusterId granted remaining } } }`;
    const previewRuns: number[] = [];
    let apiFunded = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const [result, took] = await timed(() =>
        manager.post<{ callAward: { rows: { status: string }[] } }>(PREVIEW, { callId: call.id }),
      );
      if (!result.data) throw new Error(`preview failed: ${JSON.stringify(result.errors)}`);
      apiFunded = result.data.callAward.rows.filter((r) => r.status === 'FUNDED').length;
      previewRuns.push(took);
    }
    const preview = median(previewRuns);
    if (apiFunded !== domainFunded)
      throw new Error(`the API funds ${apiFunded}, the domain ${domainFunded}: not the same data`);
    log(
      `b. preview through the API (callAward, ${APPLICATIONS} rows): median of ${ROUNDS} ${ms(preview)}: ${(preview / domain).toFixed(1)}× the domain function`,
    );

    // c. Publication through the API: once (it changes the call).
    const [published, publishMs] = await timed(() =>
      manager.post<{ publishCallResults: { published: boolean } }>(
        `mutation P($callId: ID!) { publishCallResults(callId: $callId) { published } }`,
        { callId: call.id },
      ),
    );
    if (!published.data?.publishCallResults.published)
      throw new Error(`publish failed: ${JSON.stringify(published.errors)}`);
    const written = await one<{ ranked: number; grants: number; queued: number }>(
      `SELECT (SELECT count(*)::int FROM application WHERE call_id = $1 AND rank IS NOT NULL) AS ranked,
              (SELECT count(*)::int FROM award_grant WHERE call_id = $1) AS grants,
              (SELECT count(*)::int FROM job_outbox WHERE idempotency_key LIKE 'award.published:%') AS queued`,
      [call.id],
    );
    log(
      `c. publication through the API (one transaction: ${written.ranked} applications ranked, ${written.grants} per-funder rows, ${written.queued} notifications queued): ${ms(publishMs)}: ${(publishMs / domain).toFixed(1)}× the domain function`,
    );
  } finally {
    await stopApi(api?.process ?? null);
    await sql.end().catch(() => undefined);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
