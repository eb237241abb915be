import loadHighs, { type Highs } from 'highs';
import {
  explainShortfalls,
  type AssignmentCandidate,
  type AssignmentOutcome,
  type AssignmentProblem,
} from '@spillover/domain';

let solver: Promise<Highs> | null = null;
/** HiGHS compiled to WebAssembly, loaded once per process. */
const highs = (): Promise<Highs> => (solver ??= loadHighs());

/**
 * Solves the assignment with HiGHS as a linear program: x(a,r) ∈ [0, 1] for every
 * conflict-free candidate pair, maximise Σ affinity·x − M·Σ short(a), subject to
 * Σ_r x(a,r) + short(a) = seats(a) per application and Σ_a x(a,r) ≤ capacity(r) per
 * reviewer. The constraint matrix is a bipartite transportation matrix (totally
 * unimodular), so the simplex optimum is integral: no branch and bound is needed. The slack
 * `short(a)` makes every instance solvable; a positive one names an application that cannot
 * get its reviewers, and M (more than any affinity total) fills as many seats as possible
 * before it maximises affinity.
 */
export async function solveAssignment(problem: AssignmentProblem): Promise<AssignmentOutcome> {
  const seatsTotal = problem.applications.reduce((sum, a) => sum + a.seats, 0);
  if (seatsTotal === 0) return { feasible: true, pairs: [], totalAffinity: 0 };
  const appIndex = new Map(problem.applications.map((a, i) => [a.id, i]));
  const reviewerIndex = new Map(problem.reviewers.map((r, i) => [r.id, i]));
  const candidates = problem.candidates.filter(
    (c) => appIndex.has(c.applicationId) && reviewerIndex.has(c.reviewerId),
  );
  const penalty = seatsTotal + 1;
  const objective: string[] = [];
  const byApplication: string[][] = problem.applications.map(() => []);
  const byReviewer: string[][] = problem.reviewers.map(() => []);
  candidates.forEach((c, k) => {
    objective.push(`+ ${c.affinity.toFixed(6)} x${k}`);
    byApplication[appIndex.get(c.applicationId) as number]?.push(`x${k}`);
    byReviewer[reviewerIndex.get(c.reviewerId) as number]?.push(`x${k}`);
  });
  problem.applications.forEach((_, i) => objective.push(`- ${penalty} s${i}`));
  const rows: string[] = [];
  problem.applications.forEach((a, i) =>
    rows.push(` a${i}: ${wrap([...(byApplication[i] ?? []), `s${i}`], ' + ')} = ${a.seats}`),
  );
  problem.reviewers.forEach((r, i) => {
    const terms = byReviewer[i] ?? [];
    if (terms.length) rows.push(` r${i}: ${wrap(terms, ' + ')} <= ${Math.max(0, r.capacity)}`);
  });
  const bounds = candidates.map((_, k) => ` 0 <= x${k} <= 1`);
  const lp = [
    'Maximize',
    ` obj: ${wrap(objective, ' ').replace(/^\+ /, '')}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    'End',
  ].join('\n');
  const result = (await highs()).solve(lp, { presolve: 'on', output_flag: false });
  if (result.Status !== 'Optimal') throw new Error(`assignment solver: ${result.Status}`);
  const primal = (name: string): number =>
    (result.Columns[name] as { Primal?: number } | undefined)?.Primal ?? 0;
  const pairs: AssignmentCandidate[] = candidates.filter((_, k) => primal(`x${k}`) > 0.5);
  const filled = new Map<string, number>();
  for (const p of pairs) filled.set(p.applicationId, (filled.get(p.applicationId) ?? 0) + 1);
  const shortfalls = explainShortfalls({ ...problem, candidates }, filled);
  if (shortfalls.length) return { feasible: false, shortfalls };
  return { feasible: true, pairs, totalAffinity: pairs.reduce((sum, p) => sum + p.affinity, 0) };
}

/** LP-format lines are limited in length: break the objective every few terms. */
function wrap(terms: readonly string[], separator: string): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 8) lines.push(terms.slice(i, i + 8).join(separator));
  return lines.join(`\n   ${separator.trim()} `.replace(/ {2}/, ' '));
}
