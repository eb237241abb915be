import type { Funder, FundingMode } from '../call/call-funder';

/**
 * What a call decides about a project that does not fit what is left of the budget while a
 * lower-ranked one would (chosen per call by its managers):
 * - STOP: funding stops at the first project that does not fit; it and every project below
 *   it that passes the thresholds are RESERVE. The funded list has no gaps (every FUNDED
 *   project ranks above every RESERVE one), at the price of budget left unspent.
 * - SKIP: the project that does not fit is RESERVE and the walk goes on to the next that
 *   fits. More of the budget is spent, but the funded list can have gaps: a RESERVE project
 *   may rank above a FUNDED one (its "why not funded" names the remainder it did not fit).
 * - PARTIAL: like STOP, but the project that does not fit is offered what is left as
 *   partial funding (FUNDED, flagged `partial`, with the amount granted per funder).
 */
export const BUDGET_RULES = ['STOP', 'SKIP', 'PARTIAL'] as const;
export type BudgetRule = (typeof BUDGET_RULES)[number];
/** A call that states no rule stops at the first project that does not fit (gap-free). */
export const DEFAULT_BUDGET_RULE: BudgetRule = 'STOP';
/** Days applicants may request redress after publication when the call states none. */
export const DEFAULT_REDRESS_DAYS = 14;

/** The statuses an award gives (선정 / 예비 / 미선정). */
export const AWARD_STATUSES = ['FUNDED', 'RESERVE', 'REJECTED'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

/** A criterion as ranking reads it; criteria are identified by their index in the call. */
export interface RankingCriterion {
  weight: number;
  maxScore: number;
  minScore?: number | null;
}

/** One consortium organization (the lead or an ACCEPTED partner) as allocation reads it. */
export interface AwardOrganization {
  organizationId: string;
  /** Minor units of the call's currency. */
  requestedBudget: number;
  country: string;
  region: string | null;
  activeClusterIds: readonly string[];
  /** An SME firm (MICRO, SMALL or MEDIUM): counted by the tie-break. */
  sme: boolean;
}

export interface AwardApplication {
  applicationId: string;
  submittedAt: Date;
  organizations: readonly AwardOrganization[];
  /** The scores of its SUBMITTED reviews, each aligned with the call's criteria. */
  reviews: readonly (readonly (number | null)[])[];
}

export interface AwardCall {
  /** The currency applications request in; every funder's budget must be in it. */
  currency: string;
  criteria: readonly RankingCriterion[];
  /** Percent of the maximum weighted score an application needs (0–100). */
  threshold: number;
  budgetRule: BudgetRule;
  fundingMode: FundingMode;
  /** In the call's funder order, which decides who pays an organization and who pays first. */
  funders: readonly Funder[];
}
