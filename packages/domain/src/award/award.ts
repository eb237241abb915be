import { conflict, errorKey } from '../errors/domain-error';
import type { AwardApplication, AwardCall, AwardStatus } from './award-input';
import { walkAllocation, type AllocationCandidate, type AllocationReason } from './allocation';
import { needOf, potKind, residualNeed, type FunderAmount } from './pay-plan';
import { rankApplications, type RankedApplication } from './ranking';
import type { ScoreFailure } from './scoring';

/** A funded project that lost its funding after publication: cut by a manager (with the note they wrote) or declined by its lead. */
export type ReleaseReason = { code: 'CUT_BY_MANAGER'; note: string } | { code: 'DECLINED' };

/** "Why not funded", machine-readable: the score's failures, then the budget's, then a release. */
export type WhyNotFunded = ScoreFailure | AllocationReason | ReleaseReason;

export interface AwardResult extends Omit<RankedApplication, 'failures'> {
  status: AwardStatus;
  /** PARTIAL rule: funded with less than requested. */
  partial: boolean;
  requested: number;
  /** What each organization's paying funder is asked for (virtual and mixed pots). */
  shares: FunderAmount[];
  granted: number;
  grants: FunderAmount[];
  reasons: WhyNotFunded[];
}

export interface FunderReport {
  clusterId: string;
  budget: number;
  granted: number;
  remaining: number;
  funded: { applicationId: string; rank: number; amount: number; partial: boolean }[];
  /** Projects this funder could not pay its share of (virtual common pot). */
  couldNotPay: { applicationId: string; rank: number; share: number; remaining: number }[];
}

export interface AwardOutcome {
  /** In rank order. */
  results: AwardResult[];
  funders: FunderReport[];
}

const total = (amounts: readonly FunderAmount[]): number =>
  amounts.reduce((s, a) => s + a.amount, 0);

/**
 * Amounts are compared in one currency: the call's. Converting a funder's budget from its own
 * currency needs an exchange rate the platform does not hold, so ranking refuses (CONFLICT on
 * `funders`) until every funder states its budget in the call's currency; this covers a real
 * common pot with mixed currencies as well as a virtual pot's shares.
 */
function assertOneCurrency(call: AwardCall): void {
  if (call.funders.length === 0)
    throw conflict(
      'The call has no funder to pay its projects.',
      errorKey('award.noFunders'),
      'funders',
    );
  const other = call.funders.find((f) => f.currency !== call.currency);
  if (other)
    throw conflict(
      `A funder's budget is in ${other.currency}, the call's requests are in ${call.currency}: state every budget in ${call.currency} to rank.`,
      errorKey('award.funderCurrency'),
      'funders',
      { clusterId: other.clusterId, currency: other.currency, callCurrency: call.currency },
    );
}

/** Per funder: what it grants, and what it could not pay (from the results' FUNDER_SHORT reasons). */
export function funderReports(
  call: Pick<AwardCall, 'funders'>,
  results: readonly AwardResult[],
): FunderReport[] {
  return call.funders.map((f) => {
    const funded = results.flatMap((r) => {
      const amount = r.grants.find((g) => g.clusterId === f.clusterId)?.amount ?? 0;
      return amount > 0
        ? [{ applicationId: r.applicationId, rank: r.rank, amount, partial: r.partial }]
        : [];
    });
    const couldNotPay = results.flatMap((r) =>
      r.reasons.flatMap((reason) =>
        reason.code === 'FUNDER_SHORT' && reason.clusterId === f.clusterId
          ? [
              {
                applicationId: r.applicationId,
                rank: r.rank,
                share: reason.share,
                remaining: reason.remaining,
              },
            ]
          : [],
      ),
    );
    const granted = funded.reduce((s, x) => s + x.amount, 0);
    return {
      clusterId: f.clusterId,
      budget: f.budget,
      granted,
      remaining: f.budget - granted,
      funded,
      couldNotPay,
    };
  });
}

/**
 * The award of a call, from its rules and the submitted reviews: every application scored
 * and ranked (see `compareRanked` for the tie-break chain), then the ranking walked once and
 * paid by the call's funding mode (`planPayment`) and budget rule (`BudgetRule`). An
 * application that fails a threshold or minimum is REJECTED; one that passes is FUNDED
 * (maybe partially) or RESERVE; one no funder can ever pay is REJECTED with the reason.
 * Pure and deterministic: the input's order never changes the result.
 */
export function rankAndAllocate(
  call: AwardCall,
  applications: readonly AwardApplication[],
): AwardOutcome {
  assertOneCurrency(call);
  const byId = new Map(applications.map((a) => [a.applicationId, a]));
  const ranked = rankApplications(call.criteria, call.threshold, applications);
  const needs = new Map(
    ranked.map((r) => [
      r.applicationId,
      needOf(call.funders, byId.get(r.applicationId)?.organizations ?? []),
    ]),
  );
  const candidates: AllocationCandidate[] = ranked
    .filter((r) => r.failures.length === 0)
    .map((r) => ({
      applicationId: r.applicationId,
      rank: r.rank,
      need: needs.get(r.applicationId)!,
    }));
  const remaining = new Map(call.funders.map((f) => [f.clusterId, f.budget]));
  const kind = potKind(call.fundingMode, call.funders.length);
  const allocations = new Map(
    walkAllocation(kind, call.funders, call.budgetRule, candidates, remaining).map((a) => [
      a.applicationId,
      a,
    ]),
  );
  const results = ranked.map(({ failures, ...rest }): AwardResult => {
    const need = needs.get(rest.applicationId)!;
    const allocation = allocations.get(rest.applicationId);
    const grants = allocation?.grants ?? [];
    const status: AwardStatus =
      !allocation || allocation.status === 'UNFUNDABLE' ? 'REJECTED' : allocation.status;
    return {
      ...rest,
      status,
      partial: allocation?.partial ?? false,
      requested: need.total,
      shares: need.perFunder.filter((s) => s.amount > 0),
      granted: total(grants),
      grants,
      reasons: [...failures, ...(allocation?.reasons ?? [])],
    };
  });
  return { results, funders: funderReports(call, results) };
}

/** An application's award as stored after publication. */
export interface CurrentAward {
  applicationId: string;
  rank: number;
  status: AwardStatus;
  partial: boolean;
  grants: readonly FunderAmount[];
}

export interface Promotion {
  applicationId: string;
  /** Always FUNDED: a RESERVE project promoted, or a partially funded one topped up. */
  partial: boolean;
  /** Its grants after the promotion (whole amounts per funder, not the increase). */
  grants: FunderAmount[];
}

/**
 * After a FUNDED project withdraws or is cut (the caller has already taken it out of
 * FUNDED), the budget it frees goes down the ranking: partially funded projects are topped
 * up and RESERVE projects promoted, in rank order, under the call's budget rule (STOP
 * promotes while the next one fits, keeping the list gap-free; SKIP promotes every one that
 * fits; PARTIAL may offer the remainder). FUNDED projects are never touched otherwise.
 */
export function promoteFromReserve(
  call: AwardCall,
  applications: readonly AwardApplication[],
  current: readonly CurrentAward[],
): Promotion[] {
  assertOneCurrency(call);
  const remaining = new Map(call.funders.map((f) => [f.clusterId, f.budget]));
  for (const award of current)
    if (award.status === 'FUNDED')
      for (const g of award.grants)
        remaining.set(g.clusterId, (remaining.get(g.clusterId) ?? 0) - g.amount);
  const byId = new Map(applications.map((a) => [a.applicationId, a]));
  const candidates = current
    .filter((a) => (a.status === 'FUNDED' && a.partial) || a.status === 'RESERVE')
    .filter((a) => byId.has(a.applicationId))
    .sort((a, b) => a.rank - b.rank)
    .map((a) => {
      const need = needOf(call.funders, byId.get(a.applicationId)!.organizations);
      return {
        award: a,
        candidate: {
          applicationId: a.applicationId,
          rank: a.rank,
          need: residualNeed(need, a.grants),
        },
      };
    });
  const kind = potKind(call.fundingMode, call.funders.length);
  const walked = walkAllocation(
    kind,
    call.funders,
    call.budgetRule,
    candidates.map((c) => c.candidate),
    remaining,
  );
  return walked.flatMap((allocation, i) => {
    const award = candidates[i]!.award;
    if (allocation.status !== 'FUNDED' || total(allocation.grants) === 0) return [];
    const merged = call.funders
      .map((f) => ({
        clusterId: f.clusterId,
        amount:
          (award.grants.find((g) => g.clusterId === f.clusterId)?.amount ?? 0) +
          (allocation.grants.find((g) => g.clusterId === f.clusterId)?.amount ?? 0),
      }))
      .filter((g) => g.amount > 0);
    return [{ applicationId: award.applicationId, partial: allocation.partial, grants: merged }];
  });
}
