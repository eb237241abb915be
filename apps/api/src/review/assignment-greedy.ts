import type { AssignmentCandidate, AssignmentProblem } from '@spillover/domain';

/**
 * The baseline the solver is measured against (its test and `bench:calls`), not a rule the
 * platform applies: take the best remaining pair while its application has a seat and its
 * reviewer has room.
 */
export function greedyAssignment(problem: AssignmentProblem): AssignmentCandidate[] {
  const seats = new Map(problem.applications.map((a) => [a.id, a.seats]));
  const capacity = new Map(problem.reviewers.map((r) => [r.id, r.capacity]));
  const chosen: AssignmentCandidate[] = [];
  for (const c of [...problem.candidates].sort((x, y) => y.affinity - x.affinity)) {
    if ((seats.get(c.applicationId) ?? 0) > 0 && (capacity.get(c.reviewerId) ?? 0) > 0) {
      chosen.push(c);
      seats.set(c.applicationId, (seats.get(c.applicationId) ?? 0) - 1);
      capacity.set(c.reviewerId, (capacity.get(c.reviewerId) ?? 0) - 1);
    }
  }
  return chosen;
}
