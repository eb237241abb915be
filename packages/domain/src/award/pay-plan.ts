import { payingFunder, type Funder, type FundingMode } from '../call/call-funder';
import type { AwardOrganization } from './award-input';

/** An amount a funder pays (or is asked for), in minor units of the call's currency. */
export interface FunderAmount {
  clusterId: string;
  amount: number;
}

/**
 * What a project asks of the funders: each funder's own partners' requests (`perFunder`, in
 * the call's funder order), the requests of organizations no funder's scope takes, and the
 * total still to be paid.
 */
export interface ProjectNeed {
  perFunder: FunderAmount[];
  orphans: { organizationId: string; amount: number }[];
  total: number;
}

/** Why a project can never be paid, whatever is left of any budget. */
export type Unfundable =
  | { code: 'NO_FUNDER'; organizationId: string }
  | { code: 'FUNDER_OVER_MAX'; clusterId: string; share: number; maximum: number };

/** A funder (or the pool, `clusterId` null) that could not pay what it was asked. */
export interface Shortfall {
  clusterId: string | null;
  share: number;
  remaining: number;
}

export interface PayPlan {
  fits: boolean;
  /** What each funder pays when the project fits. */
  draws: FunderAmount[];
  /** What is left to offer when it does not (PARTIAL). */
  partialDraws: FunderAmount[];
  shortfalls: Shortfall[];
  unfundable: Unfundable[];
}

/**
 * How the money flows, by funding mode:
 * - one funder, or REAL_COMMON_POT: one pool; the call's funders are drawn on in their order
 *   (the first funder's budget first), so the per-funder report adds up and no funder pays
 *   more than its budget; who the partners are does not matter.
 * - VIRTUAL_COMMON_POT: each funder pays only its own partners (the first funder, in the
 *   call's order, whose scope takes the organization); a project fits only when every funder
 *   involved has its whole share left, and a share above the funder's maximum per project,
 *   or a partner no funder takes, makes it unfundable.
 * - MIXED: each funder pays its own partners from its budget first, and what it cannot pay
 *   (and what no funder's scope takes) is topped up from the other funders' remaining
 *   budgets in the call's order: a project fits when the funders together have its total left.
 */
export type PotKind = 'POOL' | 'VIRTUAL' | 'MIXED';
export const potKind = (mode: FundingMode, funderCount: number): PotKind =>
  funderCount < 2 || mode === 'REAL_COMMON_POT'
    ? 'POOL'
    : mode === 'VIRTUAL_COMMON_POT'
      ? 'VIRTUAL'
      : 'MIXED';

/** The need of a consortium: its organizations' requests, grouped by the funder that pays each. */
export function needOf(
  funders: readonly Funder[],
  organizations: readonly AwardOrganization[],
): ProjectNeed {
  const perFunder = new Map(funders.map((f) => [f.clusterId, 0]));
  const orphans: ProjectNeed['orphans'] = [];
  let total = 0;
  for (const o of organizations) {
    total += o.requestedBudget;
    const funder = funders.length === 1 ? funders[0] : payingFunder(funders, o);
    if (funder)
      perFunder.set(funder.clusterId, (perFunder.get(funder.clusterId) ?? 0) + o.requestedBudget);
    else orphans.push({ organizationId: o.organizationId, amount: o.requestedBudget });
  }
  orphans.sort((a, b) =>
    a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0,
  );
  return {
    perFunder: funders.map((f) => ({
      clusterId: f.clusterId,
      amount: perFunder.get(f.clusterId) ?? 0,
    })),
    orphans,
    total,
  };
}

/** The need left once `granted` is paid (a partially funded project topped up later). */
export function residualNeed(need: ProjectNeed, granted: readonly FunderAmount[]): ProjectNeed {
  const paid = new Map(granted.map((g) => [g.clusterId, g.amount]));
  const alreadyPaid = granted.reduce((sum, g) => sum + g.amount, 0);
  return {
    perFunder: need.perFunder.map((s) => ({
      clusterId: s.clusterId,
      amount: Math.max(0, s.amount - (paid.get(s.clusterId) ?? 0)),
    })),
    orphans: [],
    total: Math.max(0, need.total - alreadyPaid),
  };
}

const positive = (amounts: FunderAmount[]): FunderAmount[] => amounts.filter((a) => a.amount > 0);

/** Takes `amount` from the funders in the call's order, as far as `available` goes. */
function drawInOrder(
  amount: number,
  funders: readonly Funder[],
  available: ReadonlyMap<string, number>,
): FunderAmount[] {
  let left = amount;
  return funders.map((f) => {
    const take = Math.min(left, available.get(f.clusterId) ?? 0);
    left -= take;
    return { clusterId: f.clusterId, amount: take };
  });
}

const add = (a: FunderAmount[], b: FunderAmount[]): FunderAmount[] =>
  a.map((x, i) => ({ clusterId: x.clusterId, amount: x.amount + (b[i]?.amount ?? 0) }));

/** How a project would be paid from what is left (`remaining`, by funder). */
export function planPayment(
  kind: PotKind,
  funders: readonly Funder[],
  need: ProjectNeed,
  remaining: ReadonlyMap<string, number>,
): PayPlan {
  const totalLeft = funders.reduce((sum, f) => sum + (remaining.get(f.clusterId) ?? 0), 0);
  if (kind === 'VIRTUAL') {
    const unfundable: Unfundable[] = need.orphans
      .filter((o) => o.amount > 0)
      .map((o) => ({ code: 'NO_FUNDER', organizationId: o.organizationId }));
    funders.forEach((f, i) => {
      const share = need.perFunder[i]?.amount ?? 0;
      if (f.maxPerProject != null && share > f.maxPerProject)
        unfundable.push({
          code: 'FUNDER_OVER_MAX',
          clusterId: f.clusterId,
          share,
          maximum: f.maxPerProject,
        });
    });
    const shortfalls: Shortfall[] = need.perFunder
      .filter((s) => s.amount > (remaining.get(s.clusterId) ?? 0))
      .map((s) => ({
        clusterId: s.clusterId,
        share: s.amount,
        remaining: remaining.get(s.clusterId) ?? 0,
      }));
    return {
      fits: unfundable.length === 0 && shortfalls.length === 0,
      draws: positive(need.perFunder),
      partialDraws: positive(
        need.perFunder.map((s) => ({
          clusterId: s.clusterId,
          amount: Math.min(s.amount, remaining.get(s.clusterId) ?? 0),
        })),
      ),
      shortfalls,
      unfundable,
    };
  }
  const fits = need.total <= totalLeft;
  const shortfalls: Shortfall[] = fits
    ? []
    : [{ clusterId: null, share: need.total, remaining: totalLeft }];
  const payable = Math.min(need.total, totalLeft);
  if (kind === 'POOL') {
    const draws = positive(drawInOrder(payable, funders, remaining));
    return {
      fits,
      draws: fits ? draws : [],
      partialDraws: fits ? [] : draws,
      shortfalls,
      unfundable: [],
    };
  }
  // MIXED: own partners first, then the rest from whatever any funder has left.
  let ownLeft = payable;
  const own = funders.map((f, i) => {
    const amount = Math.min(
      need.perFunder[i]?.amount ?? 0,
      remaining.get(f.clusterId) ?? 0,
      ownLeft,
    );
    ownLeft -= amount;
    return { clusterId: f.clusterId, amount };
  });
  const ownTotal = payable - ownLeft;
  const afterOwn = new Map(
    funders.map((f, i) => [f.clusterId, (remaining.get(f.clusterId) ?? 0) - (own[i]?.amount ?? 0)]),
  );
  const draws = positive(add(own, drawInOrder(Math.max(0, payable - ownTotal), funders, afterOwn)));
  return {
    fits,
    draws: fits ? draws : [],
    partialDraws: fits ? [] : draws,
    shortfalls,
    unfundable: [],
  };
}
