import loadHighs, { type Highs, type Model } from 'highs';
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
 * Candidates each application brings into the first model, per seat it needs: 4 per seat
 * (16 for 4 reviewers, "4N") out of a pool of hundreds. Pricing (below) makes the result
 * exact whatever this is, so it is a speed knob only. Measured on 5,000 applications × 400
 * reviewers (2 M conflict-free pairs with uniform random affinities, 4 seats, loads 60; a
 * shared 2-core machine): 2 per seat
 * 3.6 s, 3: 3.4 s, 4: 4.2 s, 6: 6.2 s, each one solve with no pair priced in, same optimum;
 * 4 keeps a margin for pools whose affinities are flatter than that data's.
 */
export const CANDIDATES_PER_SEAT = 4;

/** Reduced costs below this (in affinity units) are noise, not an improving pair. */
const PRICING_TOLERANCE = 1e-9;
/** A primal value this close to 0 or 1 is that integer; anything else is not a vertex. */
const INTEGRALITY_TOLERANCE = 1e-6;

export interface SolveOptions {
  /** Candidates per seat in the first model (default CANDIDATES_PER_SEAT); Infinity: the full model. */
  candidatesPerSeat?: number;
}

/** What the solve did: how much of the full model it needed. */
export interface SolveStats {
  /** Conflict-free pairs the full model would have as variables. */
  candidates: number;
  /** Pair variables in the last model solved. */
  columns: number;
  /** Solves: the first model, then one per pricing round that found improving pairs. */
  rounds: number;
}

export type SolvedAssignment = AssignmentOutcome & { stats: SolveStats };

/**
 * Solves the assignment with HiGHS as a linear program: x(a,r) ∈ [0, 1] for conflict-free
 * candidate pairs, minimise −Σ affinity·x + M·Σ short(a), subject to
 * Σ_r x(a,r) + short(a) = seats(a) per application and Σ_a x(a,r) ≤ capacity(r) per
 * reviewer. This is a bipartite b-matching: its constraint matrix is totally unimodular and
 * every bound is an integer, so every vertex of the polytope is integral and the simplex
 * optimum (a vertex) is an assignment; no branch and bound. The solution is checked to be
 * integral all the same (a fractional value throws: it would mean a bug, not a hard case).
 * The slack `short(a)` makes every instance solvable; a positive one names an application
 * that cannot get its reviewers, and M (more than any affinity total) fills as many seats
 * as possible before it maximises affinity.
 *
 * Scale. The full model has one variable per conflict-free pair: 2 million for 5,000
 * applications and 400 reviewers. The solve starts from a pruned model (each application's
 * best CANDIDATES_PER_SEAT × seats reviewers, each reviewer's best `capacity`
 * applications, so every reviewer's whole load can be spent in it, and a complete
 * assignment found by a quick fill), then prices every pair left out against the
 * optimum's duals: a pair with a negative reduced cost (affinity + dual of its application
 * row + dual of its reviewer row > 0) would improve it, and the most improving ones are
 * added (column generation; the simplex restarts from the previous basis). When no
 * pair left out prices negatively, the pruned optimum satisfies the full model's
 * optimality conditions: it IS the full model's optimum, with the same total affinity and
 * the same shortfalls, so infeasibility is decided on the full model without building it.
 */
export async function solveAssignment(
  problem: AssignmentProblem,
  options: SolveOptions = {},
): Promise<SolvedAssignment> {
  const apps = problem.applications.filter((a) => a.seats > 0);
  const appIndex = new Map(apps.map((a, i) => [a.id, i]));
  const reviewerIndex = new Map(problem.reviewers.map((r, i) => [r.id, i]));
  const candidates = problem.candidates.filter(
    (c) => appIndex.has(c.applicationId) && reviewerIndex.has(c.reviewerId),
  );
  const seatsTotal = apps.reduce((sum, a) => sum + a.seats, 0);
  const stats: SolveStats = { candidates: candidates.length, columns: 0, rounds: 0 };
  if (seatsTotal === 0) return { feasible: true, pairs: [], totalAffinity: 0, stats };

  const n = candidates.length;
  const appOf = new Int32Array(n);
  const reviewerOf = new Int32Array(n);
  const affinityOf = new Float64Array(n);
  candidates.forEach((c, k) => {
    appOf[k] = appIndex.get(c.applicationId) as number;
    reviewerOf[k] = reviewerIndex.get(c.reviewerId) as number;
    affinityOf[k] = c.affinity;
  });
  const capacity = problem.reviewers.map((r) => Math.max(0, r.capacity));
  const included = firstModel(apps, capacity, appOf, reviewerOf, affinityOf, options);
  const perSeat = Math.min(options.candidatesPerSeat ?? CANDIDATES_PER_SEAT, candidates.length);
  const pricedPerApplication = apps.map((a) => Math.max(1, perSeat * a.seats));

  const lib = await highs();
  const appRows = apps.length;
  const model = lib.createModel({
    numCols: appRows,
    numRows: appRows + capacity.length,
    sense: lib.constants.objectiveSense.minimize,
    // Slack columns first, one per application: cost M, at most every seat short.
    colCost: new Float64Array(appRows).fill(seatsTotal + 1),
    colLower: new Float64Array(appRows),
    colUpper: Float64Array.from(apps, (a) => a.seats),
    rowLower: Float64Array.from([
      ...apps.map((a) => a.seats),
      ...capacity.map(() => -lib.infinity),
    ]),
    rowUpper: Float64Array.from([...apps.map((a) => a.seats), ...capacity]),
    matrix: {
      format: 'csc',
      numRows: appRows + capacity.length,
      numCols: appRows,
      starts: Int32Array.from({ length: appRows + 1 }, (_, i) => i),
      indices: Int32Array.from({ length: appRows }, (_, i) => i),
      values: new Float64Array(appRows).fill(1),
    },
  });
  try {
    model.options.set({ output_flag: false, solver: 'simplex' });
    const columns: number[] = []; // model column appRows + j is candidate columns[j]
    let adding: number[] = [];
    included.forEach((mark, k) => {
      if (mark) adding.push(k);
    });
    let solution: ReturnType<Model['getSolution']> | null = null;
    while (adding.length) {
      addPairColumns(
        model,
        adding,
        appRows + capacity.length,
        appRows,
        appOf,
        reviewerOf,
        affinityOf,
      );
      for (const k of adding) {
        included[k] = 1;
        columns.push(k); // not push(...adding): hundreds of thousands of arguments overflow the stack
      }
      model.run();
      stats.rounds += 1;
      if (model.getModelStatus() !== lib.constants.modelStatus.optimal)
        throw new Error(`assignment solver: model status ${model.getModelStatus()}`);
      solution = model.getSolution();
      adding = improvingPairs(
        solution.rowDual,
        included,
        appRows,
        pricedPerApplication,
        appOf,
        reviewerOf,
        affinityOf,
      );
    }
    if (!solution) throw new Error('assignment solver: nothing solved');
    stats.columns = columns.length;

    const pairs: AssignmentCandidate[] = [];
    columns.forEach((k, j) => {
      const value = solution.colValue[appRows + j] as number;
      if (Math.abs(value - Math.round(value)) > INTEGRALITY_TOLERANCE)
        throw new Error(`assignment solver: fractional value ${value} at a vertex`);
      if (value > 0.5) pairs.push(candidates[k] as AssignmentCandidate);
    });
    const filled = new Map<string, number>();
    for (const p of pairs) filled.set(p.applicationId, (filled.get(p.applicationId) ?? 0) + 1);
    const shortfalls = explainShortfalls({ ...problem, candidates }, filled);
    if (shortfalls.length) return { feasible: false, shortfalls, stats };
    return {
      feasible: true,
      pairs,
      totalAffinity: pairs.reduce((sum, p) => sum + p.affinity, 0),
      stats,
    };
  } finally {
    model.dispose();
  }
}

/**
 * The pruned model's pairs (a 0/1 mark per candidate): each application's best
 * `perSeat × seats` candidates and each reviewer's best `capacity` ones.
 */
function firstModel(
  apps: AssignmentProblem['applications'],
  capacity: readonly number[],
  appOf: Int32Array,
  reviewerOf: Int32Array,
  affinityOf: Float64Array,
  options: SolveOptions,
): Uint8Array {
  const n = appOf.length;
  const included = new Uint8Array(n);
  const perSeat = options.candidatesPerSeat ?? CANDIDATES_PER_SEAT;
  const byApp: number[][] = apps.map(() => []);
  const byReviewer: number[][] = capacity.map(() => []);
  for (let k = 0; k < n; k++) {
    byApp[appOf[k] as number]?.push(k);
    byReviewer[reviewerOf[k] as number]?.push(k);
  }
  const best = (a: number, b: number) =>
    (affinityOf[b] as number) - (affinityOf[a] as number) || a - b;
  byApp.forEach((list, i) => {
    list.sort(best);
    for (const k of list.slice(0, perSeat * (apps[i]?.seats ?? 0))) included[k] = 1;
  });
  byReviewer.forEach((list, r) => {
    const keep = capacity[r] ?? 0;
    if (list.length > keep) list.sort(best);
    for (const k of list.slice(0, keep)) included[k] = 1;
  });
  // A complete assignment when one is easy to find: each application in turn takes its
  // best reviewers who still have room. With it in the first model no application is
  // short there, so the duals are on the scale of affinities (not of the shortfall
  // penalty) and pricing adds only pairs that really improve the optimum.
  const room = [...capacity];
  byApp.forEach((list, i) => {
    let seats = apps[i]?.seats ?? 0;
    for (const k of list) {
      if (seats === 0) break;
      const reviewer = reviewerOf[k] as number;
      if ((room[reviewer] as number) > 0) {
        included[k] = 1;
        room[reviewer] = (room[reviewer] as number) - 1;
        seats -= 1;
      }
    }
  });
  return included;
}

/**
 * Candidates left out whose reduced cost −affinity − y(application) − y(reviewer) is
 * negative, at most `perApplication` per application (its most negative ones). The cap
 * matters while some application is short in the pruned model: its dual then carries the
 * shortfall penalty M and every one of its pairs prices negatively; adding them all would
 * rebuild the full model in one round. The most negative are the reviewers with room who
 * fit it best; the next round prices again, and optimality is still declared only when no
 * pair at all prices negatively.
 */
function improvingPairs(
  rowDual: Float64Array,
  included: Uint8Array,
  appRows: number,
  perApplication: readonly number[],
  appOf: Int32Array,
  reviewerOf: Int32Array,
  affinityOf: Float64Array,
): number[] {
  const byApp = new Map<number, { k: number; reduced: number }[]>();
  for (let k = 0; k < included.length; k++) {
    if (included[k]) continue;
    const app = appOf[k] as number;
    const reduced =
      -(affinityOf[k] as number) -
      (rowDual[app] as number) -
      (rowDual[appRows + (reviewerOf[k] as number)] as number);
    if (reduced >= -PRICING_TOLERANCE) continue;
    let list = byApp.get(app);
    if (!list) byApp.set(app, (list = []));
    list.push({ k, reduced });
  }
  const found: number[] = [];
  for (const [app, list] of byApp) {
    const cap = perApplication[app] ?? 1;
    if (list.length > cap) list.sort((x, y) => x.reduced - y.reduced || x.k - y.k);
    for (const entry of list.slice(0, cap)) found.push(entry.k);
  }
  return found;
}

function addPairColumns(
  model: Model,
  pairs: readonly number[],
  numRows: number,
  appRows: number,
  appOf: Int32Array,
  reviewerOf: Int32Array,
  affinityOf: Float64Array,
): void {
  const count = pairs.length;
  const indices = new Int32Array(count * 2);
  pairs.forEach((k, j) => {
    indices[2 * j] = appOf[k] as number;
    indices[2 * j + 1] = appRows + (reviewerOf[k] as number);
  });
  model.addCols({
    cost: Float64Array.from(pairs, (k) => -(affinityOf[k] as number)),
    lower: new Float64Array(count),
    upper: new Float64Array(count).fill(1),
    matrix: {
      format: 'csc',
      numRows,
      numCols: count,
      starts: Int32Array.from({ length: count + 1 }, (_, j) => 2 * j),
      indices,
      values: new Float64Array(count * 2).fill(1),
    },
  });
}
