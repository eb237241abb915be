/* The review half of `bench:calls`: the data the conflict check and the assignment read
 * (what each application is about, the panel's expertise and organizations, earlier
 * collaborations), and the two stages timed through the API against baselines computed on
 * the same data in this process: the conflict check against its SQL alone (its plan is
 * printed), the assignment against the greedy loop and against the solver in memory. */
import type { Client } from 'pg';
import {
  conflictPairKey,
  matchTerms,
  reviewerAffinity,
  totalAffinity,
  type AssignmentCandidate,
  type AssignmentProblem,
  type ReviewerExpertise,
} from '@spillover/domain';
import { greedyAssignment } from '../src/review/assignment-greedy';
import { solveAssignment } from '../src/review/assignment-solver';
import { CONFLICT_EVIDENCE_SQL, REVIEWABLE_STATUSES } from '../src/review/review.repository';
import { DOMAINS } from './bench-data';
import type { HttpClient } from './bench-support';
import { log, ms } from './bench-support';

export interface BenchRandom {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
}

/** Share of reviewers who work at one of the organizations that apply (the rest at expert offices of their own). */
const REVIEWERS_FROM_APPLICANTS = 0.6;
const COLLABORATIONS = Number(process.env.BENCH_COLLABORATIONS ?? 1_500);
const LOAD = Number(process.env.BENCH_REVIEWER_LOAD ?? 60);

const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
};

/**
 * Topics, panel and ties. Applications' technology domains are skewed (the first three
 * domains draw half of them) while the panel's are even, so the popular domains' experts
 * run out of load: the case where taking the best pair first (greedy) spends them badly.
 * Reviewers who work at applying organizations conflict with their own consortia and, by
 * the shared-consortium rule, with their partners' other applications; 1,500 earlier
 * collaborations (started in the last five years, so about 60 % inside the 3-year window)
 * add the collaboration rule's conflicts.
 */
export async function generateReviewData(
  sql: Client,
  rng: BenchRandom,
  input: {
    callId: string;
    organizationIds: string[];
    applicationIds: string[];
    leadIds: string[];
    reviewers: number;
  },
): Promise<void> {
  const { random, pick } = rng;
  const skewed = () =>
    random() < 0.5 ? Math.floor(random() * 3) : Math.floor(random() * DOMAINS.length);
  const some = <T>(items: readonly T[], count: number): T[] =>
    [...items].sort(() => random() - 0.5).slice(0, count);
  const topics = input.applicationIds.map((_, i) => {
    const domain = DOMAINS[skewed()]!;
    const object = pick(domain.en.objects);
    const text = `${pick(domain.en.actions)} ${object} for ${pick(domain.en.uses)}. We develop the ${object} with ${pick(domain.en.objects)} and test it in ${pick(domain.en.uses)}.`;
    return {
      lead: input.leadIds[i]!,
      codes: some(domain.codes, 2),
      sectors: some(domain.sectors, 2),
      text,
    };
  });
  const needs = (
    await sql.query(
      `INSERT INTO technology_need (organization_id, status, title, public_summary, technology_areas, sectors)
     SELECT t.lead, 'OPEN', 'Bench need ' || t.i, t.text, t.codes, t.sectors
     FROM jsonb_to_recordset($1::jsonb) AS t(i int, lead uuid, text text, codes text[], sectors text[])
     RETURNING id, title`,
      [JSON.stringify(topics.map((t, i) => ({ ...t, i })))],
    )
  ).rows as { id: string; title: string }[];
  const needOf = new Map(needs.map((n) => [Number(n.title.slice(11)), n.id]));
  await sql.query(
    `UPDATE application a SET abstract = t.text, linked_need_ids = ARRAY[t.need]
     FROM jsonb_to_recordset($1::jsonb) AS t(app uuid, need uuid, text text) WHERE a.id = t.app`,
    [
      JSON.stringify(
        topics.map((t, i) => ({ app: input.applicationIds[i], need: needOf.get(i), text: t.text })),
      ),
    ],
  );

  const experts = Array.from({ length: input.reviewers }, (_, i) => {
    const domain = DOMAINS[i % DOMAINS.length]!;
    const expertise: ReviewerExpertise = {
      technologyCodes: some(domain.codes, 2),
      sectors: some(domain.sectors, 2),
      text: `${some(domain.en.objects, 3).join(', ')}; ${pick(domain.en.actions).toLowerCase()} ${pick(domain.en.uses)}`,
    };
    return {
      i,
      expertise,
      organization: random() < REVIEWERS_FROM_APPLICANTS ? pick(input.organizationIds) : null,
    };
  });
  const offices = (
    await sql.query(
      `INSERT INTO organization (name, kind, country, region)
     SELECT 'Expert office ' || i, 'RESEARCH_INSTITUTE', 'KR', 'KR-27' FROM generate_series(1, $1) AS i RETURNING id`,
      [experts.filter((e) => !e.organization).length],
    )
  ).rows.map((r: { id: string }) => r.id);
  let office = 0;
  for (const e of experts) e.organization ??= offices[office++]!;
  const users = (
    await sql.query(
      `INSERT INTO user_account (email, password_hash, display_name, preferred_language)
     SELECT 'reviewer' || i || '@example.org', 'x', 'Reviewer ' || i, 'en' FROM generate_series(1, $1) AS i RETURNING id, email`,
      [experts.length],
    )
  ).rows
    .sort(
      (x: { email: string }, y: { email: string }) =>
        Number(/\d+/.exec(x.email)![0]) - Number(/\d+/.exec(y.email)![0]),
    )
    .map((r: { id: string }) => r.id);
  const rows = experts.map((e, i) => ({
    user: users[i],
    org: e.organization,
    email: `reviewer${i + 1}@example.org`,
    expertise: e.expertise,
  }));
  await sql.query(
    `INSERT INTO membership (organization_id, user_id, role) SELECT r.org, r.user, 'ORG_MEMBER' FROM jsonb_to_recordset($1::jsonb) AS r(org uuid, "user" uuid)`,
    [JSON.stringify(rows)],
  );
  await sql.query(
    `INSERT INTO call_reviewer (call_id, user_id, email, expertise, max_load, status)
     SELECT $1, r.user, r.email, r.expertise, $2, 'ACTIVE' FROM jsonb_to_recordset($3::jsonb) AS r("user" uuid, email text, expertise jsonb)`,
    [input.callId, LOAD, JSON.stringify(rows)],
  );
  const collaborations = Array.from({ length: COLLABORATIONS }, () => {
    const [a, b] = [pick(input.organizationIds), pick(input.organizationIds)].sort();
    return { a, b, days: Math.floor(random() * 5 * 365) };
  }).filter((c) => c.a !== c.b);
  await sql.query(
    `INSERT INTO collaboration (organization_a_id, organization_b_id, title, started_on)
     SELECT c.a, c.b, 'Earlier project', current_date - c.days FROM jsonb_to_recordset($1::jsonb) AS c(a uuid, b uuid, days int)`,
    [JSON.stringify(collaborations)],
  );
}

/**
 * The manager's two steps through the API, each against its baseline in this process:
 *   d. the conflict check (GraphQL `conflictCheck`) against its SQL alone, plan printed;
 *   e. the assignment (GraphQL `runReviewAssignment`) against the greedy loop and the
 *      solver in memory on the same candidates (conflict-free pairs scored by the same
 *      domain function), with total affinity of each.
 */
export async function runReviewStages(
  sql: Client,
  manager: HttpClient,
  callId: string,
): Promise<void> {
  // d. Conflict check.
  const CHECK = `query C($callId: ID!) { conflictCheck(callId: $callId) { userId applicationId rule } }`;
  const checks: number[] = [];
  let found: { userId: string; applicationId: string; rule: string }[] = [];
  for (let round = 0; round < 3; round++) {
    const [result, took] = await timed(() =>
      manager.post<{ conflictCheck: typeof found }>(CHECK, { callId }),
    );
    if (!result.data) throw new Error(`conflict check failed: ${JSON.stringify(result.errors)}`);
    found = result.data.conflictCheck;
    checks.push(took);
  }
  const users = (
    await sql.query(
      `SELECT user_id FROM call_reviewer WHERE call_id = $1 AND user_id IS NOT NULL`,
      [callId],
    )
  ).rows.map((r: { user_id: string }) => r.user_id);
  const since = new Date(Date.now() - 3 * 365.25 * 86_400_000);
  const params = [callId, users, since, REVIEWABLE_STATUSES];
  const sqlRuns: number[] = [];
  for (let round = 0; round < 3; round++)
    sqlRuns.push((await timed(() => sql.query(CONFLICT_EVIDENCE_SQL, params)))[1]);
  const plan = (
    await sql.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${CONFLICT_EVIDENCE_SQL}`, params)
  ).rows
    .map((r: Record<string, string>) => r['QUERY PLAN'])
    .join('\n');
  const pairs = new Set(found.map((c) => conflictPairKey(c.userId, c.applicationId)));
  const byRule = new Map<string, number>();
  for (const c of found) byRule.set(c.rule, (byRule.get(c.rule) ?? 0) + 1);
  const check = Math.min(...checks);
  const alone = Math.min(...sqlRuns);
  log(
    `d. conflict check through the API (conflictCheck, best of 3): ${ms(check)}; its SQL alone ${ms(alone)}: ${(check / alone).toFixed(1)}×`,
  );
  log(
    `   ${found.length} conflicts on ${pairs.size} reviewer–application pairs (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')})`,
  );
  log(`   plan of the conflict statement:\n${plan.replace(/^/gm, '     ')}`);

  // e. Assignment: the same candidates in memory, then the API.
  const reviewers = (
    await sql.query(
      `SELECT id, user_id, expertise, max_load FROM call_reviewer WHERE call_id = $1 AND status = 'ACTIVE' AND user_id IS NOT NULL`,
      [callId],
    )
  ).rows as { id: string; user_id: string; expertise: ReviewerExpertise; max_load: number }[];
  const applications = (
    await sql.query(
      `SELECT a.id, a.title, a.abstract,
            (SELECT array_agg(DISTINCT code) FROM technology_need t, unnest(t.technology_areas) code WHERE t.id = ANY(a.linked_need_ids)) AS codes,
            (SELECT array_agg(DISTINCT code) FROM technology_need t, unnest(t.sectors) code WHERE t.id = ANY(a.linked_need_ids)) AS sectors
     FROM application a WHERE a.call_id = $1 AND a.status = ANY($2::text[])`,
      [callId, REVIEWABLE_STATUSES],
    )
  ).rows as {
    id: string;
    title: string;
    abstract: string;
    codes: string[] | null;
    sectors: string[] | null;
  }[];
  const seats = (
    await sql.query(`SELECT reviewers_per_application AS n FROM call WHERE id = $1`, [callId])
  ).rows[0].n as number;
  const [problem, scoring] = await timed((): AssignmentProblem => {
    const expertiseTerms = reviewers.map((r) => matchTerms(r.expertise.text));
    const candidates: AssignmentCandidate[] = [];
    for (const a of applications) {
      const text = `${a.title}\n${a.abstract}`;
      const topic = { technologyCodes: a.codes ?? [], sectors: a.sectors ?? [], text };
      const terms = matchTerms(text);
      reviewers.forEach((r, i) => {
        if (pairs.has(conflictPairKey(r.user_id, a.id))) return;
        const affinity = reviewerAffinity(r.expertise, topic, {
          topic: terms,
          expertise: expertiseTerms[i],
        }).total;
        candidates.push({ applicationId: a.id, reviewerId: r.id, affinity });
      });
    }
    return {
      applications: applications.map((a) => ({ id: a.id, seats })),
      reviewers: reviewers.map((r) => ({ id: r.id, capacity: r.max_load })),
      candidates,
    };
  });
  const [greedy, greedyMs] = await timed(() => greedyAssignment(problem));
  const greedyTotal = totalAffinity(greedy);
  const [solved, solveMs] = await timed(() => solveAssignment(problem));
  if (!solved.feasible)
    throw new Error(
      `the bench's call is infeasible: ${JSON.stringify(solved.shortfalls.slice(0, 5))}`,
    );
  log(
    `e. assignment, ${problem.candidates.length} conflict-free pairs scored in memory in ${ms(scoring)}`,
  );
  log(
    `   greedy in memory: ${ms(greedyMs)}, ${greedy.length} of ${applications.length * seats} seats, total affinity ${greedyTotal.toFixed(2)}`,
  );
  log(
    `   solver in memory: ${ms(solveMs)} (${solved.stats.columns} of ${solved.stats.candidates} pairs in the model, ${solved.stats.rounds} solve(s)), total affinity ${solved.totalAffinity.toFixed(2)}`,
  );

  const RUN = `mutation A($callId: ID!) { runReviewAssignment(callId: $callId) { feasible assigned totalAffinity } }`;
  const [run, runMs] = await timed(() =>
    manager.post<{
      runReviewAssignment: { feasible: boolean; assigned: number; totalAffinity: number };
    }>(RUN, { callId }),
  );
  const outcome = run.data?.runReviewAssignment;
  if (!outcome?.feasible)
    throw new Error(`assignment failed: ${JSON.stringify(run.errors ?? outcome)}`);
  const stored = (
    await sql.query(
      `SELECT count(*)::int AS n, sum(affinity)::float AS total, count(DISTINCT (application_id, reviewer_id))::int AS distinct_pairs,
            max(per.load)::int AS max_load
     FROM review_assignment ra, LATERAL (SELECT count(*) AS load FROM review_assignment x WHERE x.reviewer_id = ra.reviewer_id) per
     WHERE ra.call_id = $1`,
      [callId],
    )
  ).rows[0] as { n: number; total: number; distinct_pairs: number; max_load: number };
  const conflicted = found.length
    ? (
        await sql.query(
          `SELECT count(*)::int AS n FROM review_assignment ra JOIN call_reviewer r ON r.id = ra.reviewer_id
         JOIN jsonb_to_recordset($2::jsonb) AS c("userId" uuid, "applicationId" uuid) ON c."userId" = r.user_id AND c."applicationId" = ra.application_id
         WHERE ra.call_id = $1`,
          [callId, JSON.stringify(found)],
        )
      ).rows[0].n
    : 0;
  if (conflicted) throw new Error(`${conflicted} conflicted pairs assigned`);
  log(
    `   through the API (runReviewAssignment: lock, read, conflicts, score, solve, write ${stored.n} assignments, audit, notify): ${ms(runMs)}: ${(runMs / solveMs).toFixed(1)}× the solver in memory`,
  );
  log(
    `   total affinity: API ${outcome.totalAffinity.toFixed(2)} (stored ${stored.total.toFixed(2)}; max load ${stored.max_load}, 0 conflicted pairs), in memory ${solved.totalAffinity.toFixed(2)}, greedy ${greedyTotal.toFixed(2)}: solver/greedy ${(outcome.totalAffinity / greedyTotal).toFixed(4)} (+${(outcome.totalAffinity - greedyTotal).toFixed(2)})`,
  );
}
