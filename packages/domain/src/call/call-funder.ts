import { z } from 'zod';
import { currencyCodeSchema, minorAmountSchema } from '../common/money';
import { uuidSchema } from '../common/fields';

/**
 * How a joint call pays its consortia, after European joint-call practice (ERA-NET,
 * EUREKA): each funder pays only its own partners and a project is funded only when every
 * funder involved can pay its share (virtual common pot); one pooled budget pays everyone
 * (real common pot); or funders pay their own partners and a pooled part tops up (mixed).
 */
export const FUNDING_MODES = ['VIRTUAL_COMMON_POT', 'REAL_COMMON_POT', 'MIXED'] as const;
export type FundingMode = (typeof FUNDING_MODES)[number];

/** Whom a funding cluster funds: its own ACTIVE members, or organizations of its region or country. */
export const FUNDER_SCOPES = ['MEMBERS', 'REGION', 'COUNTRY'] as const;
export type FunderScope = (typeof FUNDER_SCOPES)[number];

/** What a manager states when adding a funder to a call. */
export const callFunderSchema = z.object({
  clusterId: uuidSchema('The funding cluster'),
  /** The funder's whole budget for the call, in its own currency's minor units. */
  budget: minorAmountSchema('The budget').refine((amount) => amount > 0, {
    message: 'The budget is more than zero.',
  }),
  currency: currencyCodeSchema,
  funds: z.enum(FUNDER_SCOPES, {
    message: 'Say whom the funder funds: MEMBERS, REGION or COUNTRY.',
  }),
  /**
   * The most it pays for one project, in the call's currency (requests are stated in the
   * call's currency). Its budget is in its own currency, which the award converts later.
   */
  maxPerProject: minorAmountSchema('The maximum per project').nullish(),
});
export type CallFunderInput = z.input<typeof callFunderSchema>;
export type CallFunderValues = z.output<typeof callFunderSchema>;

/** A funder as the eligibility rules read it: its scope resolved against its cluster. */
export interface Funder {
  clusterId: string;
  funds: FunderScope;
  /** The funding cluster's own country and region (REGION scope needs a region). */
  country: string;
  region: string | null;
  budget: number;
  currency: string;
  maxPerProject: number | null;
}

/** What fundability reads of a consortium organization. */
export interface FundableOrganization {
  country: string;
  region: string | null;
  activeClusterIds: readonly string[];
}

/** Whether this funder may pay this organization under its scope. */
export function funderFunds(funder: Funder, organization: FundableOrganization): boolean {
  switch (funder.funds) {
    case 'MEMBERS':
      return organization.activeClusterIds.includes(funder.clusterId);
    case 'REGION':
      return funder.region !== null && organization.region === funder.region;
    case 'COUNTRY':
      return organization.country === funder.country;
  }
}

/**
 * The funder that pays an organization: the first, in the call's funder order, whose scope
 * takes it; null when none does. The call's order decides (not the consortium's), so the
 * answer never depends on how the consortium lists its partners.
 */
export function payingFunder(
  funders: readonly Funder[],
  organization: FundableOrganization,
): Funder | null {
  return funders.find((funder) => funderFunds(funder, organization)) ?? null;
}
