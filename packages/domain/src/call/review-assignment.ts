/**
 * Assignment of reviewers to applications as an optimisation: maximise the total affinity
 * with exactly `seats` reviewers per application, each reviewer within their load, never a
 * conflict. The solver lives in the API (it loads a WebAssembly solver); the problem's
 * shape, the diagnosis of an infeasible one and the checks of a solution live here.
 */

export interface AssignmentReviewer {
  id: string;
  /** Seats the reviewer may still take (max load minus open assignments). */
  capacity: number;
}

export interface AssignmentApplication {
  id: string;
  /** Reviewers it still needs. */
  seats: number;
}

/** A pair the solver may choose: conflict-free, not already assigned. */
export interface AssignmentCandidate {
  applicationId: string;
  reviewerId: string;
  affinity: number;
}

export interface AssignmentProblem {
  applications: readonly AssignmentApplication[];
  reviewers: readonly AssignmentReviewer[];
  candidates: readonly AssignmentCandidate[];
}

export type ShortfallReason = 'CONFLICTS' | 'LOAD';

/** An application that cannot get its reviewers, and why. */
export interface AssignmentShortfall {
  applicationId: string;
  seats: number;
  /** Seats the best assignment could fill. */
  filled: number;
  /** Reviewers of the pool free of conflict with it (and not already on it). */
  conflictFree: number;
  /** CONFLICTS: too few conflict-free reviewers at all; LOAD: enough, but their loads are spent. */
  reason: ShortfallReason;
}

export type AssignmentOutcome =
  | { feasible: true; pairs: AssignmentCandidate[]; totalAffinity: number }
  | { feasible: false; shortfalls: AssignmentShortfall[] };

/**
 * Why each short application is short: fewer conflict-free reviewers than seats is a matter
 * of conflicts; otherwise the reviewers who could take it are loaded with others.
 */
export function explainShortfalls(
  problem: AssignmentProblem,
  filledOf: ReadonlyMap<string, number>,
): AssignmentShortfall[] {
  const freeOf = new Map<string, number>();
  for (const c of problem.candidates)
    freeOf.set(c.applicationId, (freeOf.get(c.applicationId) ?? 0) + 1);
  return problem.applications
    .filter((a) => (filledOf.get(a.id) ?? 0) < a.seats)
    .map((a) => {
      const conflictFree = freeOf.get(a.id) ?? 0;
      return {
        applicationId: a.id,
        seats: a.seats,
        filled: filledOf.get(a.id) ?? 0,
        conflictFree,
        reason: conflictFree < a.seats ? 'CONFLICTS' : 'LOAD',
      };
    });
}

/** Every constraint a solution must meet; the list of what it breaks (empty when valid). */
export function assignmentViolations(
  problem: AssignmentProblem,
  pairs: readonly AssignmentCandidate[],
): string[] {
  const problems: string[] = [];
  const allowed = new Set(problem.candidates.map((c) => `${c.applicationId}:${c.reviewerId}`));
  const seen = new Set<string>();
  const perApplication = new Map<string, number>();
  const perReviewer = new Map<string, number>();
  for (const p of pairs) {
    const key = `${p.applicationId}:${p.reviewerId}`;
    if (!allowed.has(key)) problems.push(`not a candidate: ${key}`);
    if (seen.has(key)) problems.push(`twice: ${key}`);
    seen.add(key);
    perApplication.set(p.applicationId, (perApplication.get(p.applicationId) ?? 0) + 1);
    perReviewer.set(p.reviewerId, (perReviewer.get(p.reviewerId) ?? 0) + 1);
  }
  for (const a of problem.applications)
    if ((perApplication.get(a.id) ?? 0) !== a.seats)
      problems.push(`application ${a.id}: ${perApplication.get(a.id) ?? 0} of ${a.seats}`);
  for (const r of problem.reviewers)
    if ((perReviewer.get(r.id) ?? 0) > r.capacity)
      problems.push(`reviewer ${r.id}: ${perReviewer.get(r.id)} over ${r.capacity}`);
  return problems;
}

export const totalAffinity = (pairs: readonly AssignmentCandidate[]): number =>
  pairs.reduce((sum, p) => sum + p.affinity, 0);
