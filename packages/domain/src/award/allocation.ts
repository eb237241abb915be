import type { Funder } from '../call/call-funder';
import type { BudgetRule } from './award-input';
import {
  planPayment,
  type FunderAmount,
  type PotKind,
  type ProjectNeed,
  type Unfundable,
} from './pay-plan';

/** Why an application that passed every threshold is not (fully) funded, machine-readable. */
export type AllocationReason =
  | Unfundable
  /** Virtual common pot: funder `clusterId` had `remaining` left, less than its share. */
  | { code: 'FUNDER_SHORT'; clusterId: string; share: number; remaining: number; rank: number }
  /** A pooled budget had `remaining` left at rank `rank`, less than the project's `share`. */
  | { code: 'BUDGET_EXHAUSTED'; share: number; remaining: number; rank: number }
  /** STOP or PARTIAL: funding stopped at rank `rank`, above this project. */
  | { code: 'FUNDING_STOPPED'; rank: number }
  /** PARTIAL: offered `granted` of `requested`. */
  | { code: 'PARTIAL_FUNDING'; granted: number; requested: number };

export interface AllocationCandidate {
  applicationId: string;
  rank: number;
  need: ProjectNeed;
}

export type AllocationStatus = 'FUNDED' | 'RESERVE' | 'UNFUNDABLE';

export interface Allocation {
  applicationId: string;
  status: AllocationStatus;
  partial: boolean;
  /** What each funder grants it (only funders that grant something). */
  grants: FunderAmount[];
  reasons: AllocationReason[];
}

const sum = (amounts: readonly FunderAmount[]): number =>
  amounts.reduce((total, a) => total + a.amount, 0);

/**
 * Walks the candidates once, in rank order, paying each from `remaining` (mutated) under
 * the call's budget rule. Unfundable projects (no funder can ever pay them) neither take
 * money nor stop the walk.
 */
export function walkAllocation(
  kind: PotKind,
  funders: readonly Funder[],
  rule: BudgetRule,
  candidates: readonly AllocationCandidate[],
  remaining: Map<string, number>,
): Allocation[] {
  let stoppedAt: number | null = null;
  const take = (grants: FunderAmount[]): void => {
    for (const g of grants)
      remaining.set(g.clusterId, (remaining.get(g.clusterId) ?? 0) - g.amount);
  };
  return candidates.map((candidate): Allocation => {
    const plan = planPayment(kind, funders, candidate.need, remaining);
    const base = {
      applicationId: candidate.applicationId,
      partial: false,
      grants: [] as FunderAmount[],
    };
    if (plan.unfundable.length) return { ...base, status: 'UNFUNDABLE', reasons: plan.unfundable };
    if (stoppedAt !== null)
      return {
        ...base,
        status: 'RESERVE',
        reasons: [{ code: 'FUNDING_STOPPED', rank: stoppedAt }],
      };
    if (plan.fits) {
      take(plan.draws);
      return { ...base, status: 'FUNDED', grants: plan.draws, reasons: [] };
    }
    const reasons: AllocationReason[] = plan.shortfalls.map((s) =>
      s.clusterId === null
        ? { code: 'BUDGET_EXHAUSTED', share: s.share, remaining: s.remaining, rank: candidate.rank }
        : {
            code: 'FUNDER_SHORT',
            clusterId: s.clusterId,
            share: s.share,
            remaining: s.remaining,
            rank: candidate.rank,
          },
    );
    if (rule === 'SKIP') return { ...base, status: 'RESERVE', reasons };
    stoppedAt = candidate.rank;
    const offered = sum(plan.partialDraws);
    if (rule === 'PARTIAL' && offered > 0) {
      take(plan.partialDraws);
      return {
        ...base,
        status: 'FUNDED',
        partial: true,
        grants: plan.partialDraws,
        reasons: [
          ...reasons,
          { code: 'PARTIAL_FUNDING', granted: offered, requested: candidate.need.total },
        ],
      };
    }
    return { ...base, status: 'RESERVE', reasons };
  });
}
