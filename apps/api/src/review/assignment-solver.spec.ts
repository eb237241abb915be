import {
  assignmentViolations,
  totalAffinity,
  type AssignmentCandidate,
  type AssignmentProblem,
} from '@spillover/domain';
import { greedyAssignment } from './assignment-greedy';
import { solveAssignment } from './assignment-solver';

const greedy = greedyAssignment;

/** A seeded generator, so the data is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Generated data where greedy is known to lose: each "star" reviewer fits every application
 * best but has one seat; greedy spends it on the first application it meets, leaving others
 * to weak reviewers, while the optimum spends stars where the others are weakest.
 */
function generated(seed: number, applications: number, reviewers: number, seats: number) {
  const rand = random(seed);
  const problem: AssignmentProblem = {
    applications: Array.from({ length: applications }, (_, i) => ({ id: `a${i}`, seats })),
    reviewers: Array.from({ length: reviewers }, (_, i) => ({
      id: `r${i}`,
      capacity: i % 5 === 0 ? 1 : Math.ceil((applications * seats) / reviewers) + 2,
    })),
    candidates: [],
  };
  const candidates: AssignmentCandidate[] = [];
  for (const a of problem.applications)
    for (const r of problem.reviewers) {
      if (rand() < 0.15) continue; // a conflict: never a candidate
      const star = Number(r.id.slice(1)) % 5 === 0;
      const hardApp = Number(a.id.slice(1)) % 3 === 0;
      const affinity = star
        ? (hardApp ? 0.85 : 0.9) + rand() * 0.05
        : hardApp
          ? rand() * 0.1
          : 0.5 + rand() * 0.3;
      candidates.push({ applicationId: a.id, reviewerId: r.id, affinity });
    }
  return { ...problem, candidates };
}

describe('solveAssignment (HiGHS)', () => {
  it('beats the greedy baseline on data where greedy is known to lose, within every constraint', async () => {
    const problem = generated(7, 60, 30, 3);
    const outcome = await solveAssignment(problem);
    if (!outcome.feasible) throw new Error(JSON.stringify(outcome.shortfalls));
    expect(assignmentViolations(problem, outcome.pairs)).toEqual([]);
    const baseline = greedy(problem);
    const solverTotal = totalAffinity(outcome.pairs);
    const greedyTotal = totalAffinity(baseline);
    expect(outcome.totalAffinity).toBeCloseTo(solverTotal, 6);
    expect(solverTotal).toBeGreaterThan(greedyTotal + 0.5);
  });

  it('takes the crossed pairing on the smallest instance greedy gets wrong', async () => {
    const problem: AssignmentProblem = {
      applications: [
        { id: 'a1', seats: 1 },
        { id: 'a2', seats: 1 },
      ],
      reviewers: [
        { id: 'A', capacity: 1 },
        { id: 'B', capacity: 1 },
      ],
      candidates: [
        { applicationId: 'a1', reviewerId: 'A', affinity: 0.9 },
        { applicationId: 'a2', reviewerId: 'A', affinity: 0.8 },
        { applicationId: 'a1', reviewerId: 'B', affinity: 0.7 },
        { applicationId: 'a2', reviewerId: 'B', affinity: 0.1 },
      ],
    };
    expect(totalAffinity(greedy(problem))).toBeCloseTo(1.0);
    const outcome = await solveAssignment(problem);
    expect(outcome.feasible && outcome.totalAffinity).toBeCloseTo(1.5);
  });

  it('names the applications short of reviewers, and whether conflicts or load is why', async () => {
    const outcome = await solveAssignment({
      applications: [
        { id: 'conflicted', seats: 2 },
        { id: 'loaded', seats: 2 },
        { id: 'fine', seats: 1 },
      ],
      reviewers: [
        { id: 'A', capacity: 2 },
        { id: 'B', capacity: 1 },
      ],
      candidates: [
        { applicationId: 'conflicted', reviewerId: 'A', affinity: 0.5 },
        { applicationId: 'loaded', reviewerId: 'A', affinity: 0.5 },
        { applicationId: 'loaded', reviewerId: 'B', affinity: 0.5 },
        { applicationId: 'fine', reviewerId: 'B', affinity: 0.9 },
      ],
    });
    expect(outcome.feasible).toBe(false);
    if (outcome.feasible) return;
    const reasons = Object.fromEntries(outcome.shortfalls.map((s) => [s.applicationId, s.reason]));
    expect(reasons.conflicted).toBe('CONFLICTS');
    expect(Object.values(reasons)).toContain('LOAD');
    expect(reasons.fine ?? reasons.loaded).toBe('LOAD');
  });

  describe('at scale: a pruned model, priced against the full one', () => {
    /** Random affinities with 10 % conflicts, loads that leave a fifth of the seats spare. */
    function midSize(seed: number, applications: number, reviewers: number, seats: number) {
      const rand = random(seed);
      const capacity = Math.ceil((applications * seats * 1.2) / reviewers);
      const problem: AssignmentProblem = {
        applications: Array.from({ length: applications }, (_, i) => ({ id: `a${i}`, seats })),
        reviewers: Array.from({ length: reviewers }, (_, i) => ({ id: `r${i}`, capacity })),
        candidates: [],
      };
      const candidates: AssignmentCandidate[] = [];
      for (const a of problem.applications)
        for (const r of problem.reviewers)
          if (rand() >= 0.1)
            candidates.push({ applicationId: a.id, reviewerId: r.id, affinity: rand() ** 2 });
      return { ...problem, candidates };
    }

    it('reaches the full model’s total affinity exactly (600 applications × 80 reviewers, 4 seats)', async () => {
      const problem = midSize(11, 600, 80, 4);
      const full = await solveAssignment(problem, { candidatesPerSeat: Infinity });
      const pruned = await solveAssignment(problem);
      if (!full.feasible || !pruned.feasible) throw new Error('expected a feasible instance');
      expect(full.stats.columns).toBe(problem.candidates.length);
      expect(pruned.stats.columns).toBeLessThan(problem.candidates.length / 2);
      expect(assignmentViolations(problem, pruned.pairs)).toEqual([]);
      // Pricing proves optimality on the full model: equal up to the solver's tolerance.
      expect(Math.abs(pruned.totalAffinity - full.totalAffinity)).toBeLessThan(1e-6);
      expect(pruned.totalAffinity).toBeGreaterThan(totalAffinity(greedy(problem)));
    });

    it('prices in the pairs a too narrow first model lacks, until it is the full optimum', async () => {
      const problem = generated(7, 60, 30, 3);
      const full = await solveAssignment(problem, { candidatesPerSeat: Infinity });
      // One candidate per seat: the stars (best for every application, one seat each) crowd
      // the first model, most applications are short in it, and only pricing fills them.
      const narrow = await solveAssignment(problem, { candidatesPerSeat: 1 });
      if (!full.feasible || !narrow.feasible) throw new Error('expected a feasible instance');
      expect(narrow.stats.rounds).toBeGreaterThan(1);
      expect(Math.abs(narrow.totalAffinity - full.totalAffinity)).toBeLessThan(1e-6);
      expect(assignmentViolations(problem, narrow.pairs)).toEqual([]);
    });

    it('reports the same shortfalls as the full model when the pruned one alone would be short', async () => {
      // a1 and a2 both rank A first; A takes one. Pruned to one candidate per seat, one of
      // them is short until pricing brings in B.
      const problem: AssignmentProblem = {
        applications: [
          { id: 'a1', seats: 1 },
          { id: 'a2', seats: 1 },
          { id: 'a3', seats: 2 },
        ],
        reviewers: [
          { id: 'A', capacity: 1 },
          { id: 'B', capacity: 1 },
          { id: 'C', capacity: 5 },
        ],
        candidates: [
          { applicationId: 'a1', reviewerId: 'A', affinity: 0.9 },
          { applicationId: 'a2', reviewerId: 'A', affinity: 0.8 },
          { applicationId: 'a2', reviewerId: 'B', affinity: 0.1 },
          { applicationId: 'a3', reviewerId: 'C', affinity: 0.5 },
        ],
      };
      const narrow = await solveAssignment(problem, { candidatesPerSeat: 1 });
      const full = await solveAssignment(problem, { candidatesPerSeat: Infinity });
      expect(full.feasible).toBe(false);
      expect(narrow.feasible).toBe(false);
      if (narrow.feasible || full.feasible) return;
      // a2 got B through pricing; a3 is short of conflict-free reviewers in both.
      expect(narrow.shortfalls).toEqual(full.shortfalls);
      expect(narrow.shortfalls.map((s) => [s.applicationId, s.reason, s.filled])).toEqual([
        ['a3', 'CONFLICTS', 1],
      ]);
    });
  });
});
