import { z } from 'zod';
import { uuidSchema } from '../common/fields';
import { minorAmountSchema } from '../common/money';
import { badInput, errorKey } from '../errors/domain-error';
import type { OrganizationKind, OrganizationSize } from '../organization/organization';
import type { Funder, FundingMode } from './call-funder';
import {
  checkEligibility,
  type Consortium,
  type EligibilityCall,
  type EligibilityFailure,
} from './eligibility';
import { NO_ELIGIBILITY_RULES, type EligibilityRules } from './eligibility-rules';

/**
 * The most one budget line (a requested budget, an own contribution) may state, in minor
 * units: 10^14 (a trillion euros, a hundred trillion won). A consortium of 51 organizations
 * then sums to under 2^53, so totals, ceilings and funding rates stay exact integers.
 */
export const MAX_BUDGET_AMOUNT = 100_000_000_000_000;

/** A budget line of a consortium: whole minor units of the call's currency, 0 to MAX_BUDGET_AMOUNT. */
export const budgetAmountSchema = (label: string) =>
  minorAmountSchema(label).max(
    MAX_BUDGET_AMOUNT,
    `${label} is at most ${MAX_BUDGET_AMOUNT} in the currency's smallest unit.`,
  );

/** One organization of a consortium as a form or the API names it: who, and its budget. */
export const consortiumMemberSchema = z.object({
  organizationId: uuidSchema('The organization'),
  requestedBudget: budgetAmountSchema('The requested budget'),
  ownContribution: budgetAmountSchema('The own contribution'),
});

/** A consortium to check against a call: its lead and its partners (at most 50). */
export const consortiumInputSchema = z.object({
  lead: consortiumMemberSchema,
  partners: z.array(consortiumMemberSchema).max(50, 'A consortium has at most 50 partners.'),
});
export type ConsortiumInput = z.output<typeof consortiumInputSchema>;

/** What the eligibility rules read of an organization besides its budget (as stored, or as the API ships it). */
export interface OrganizationFacts {
  organizationId: string;
  kind: OrganizationKind;
  size: OrganizationSize | null;
  country: string;
  region: string | null;
  /** ACTIVE cluster memberships; only the call's funding and partner clusters matter. */
  activeClusterIds: readonly string[];
}

/** What the eligibility rules read of a call, as stored (a draft may leave parts unset). */
export interface CallEligibilityFacts {
  eligibility: EligibilityRules | null;
  currency: string | null;
  maxGrantPerProject: number | null;
  maxFundingRate: number | null;
  fundingMode: FundingMode | null;
  /** In paying order. */
  funders: readonly Funder[];
  /** Clusters in an ACTIVE partnership with a funding cluster. */
  partnerClusterIds: readonly string[];
}

/** The call as `checkEligibility` reads it: unset parts mean "no rule". */
export const eligibilityCallOf = (call: CallEligibilityFacts): EligibilityCall => ({
  rules: call.eligibility ?? NO_ELIGIBILITY_RULES,
  currency: call.currency ?? '',
  maxGrantPerProject: call.maxGrantPerProject,
  maxFundingRate: call.maxFundingRate,
  fundingMode: call.fundingMode ?? 'REAL_COMMON_POT',
  funders: call.funders,
  partnerClusterIds: call.partnerClusterIds,
});

/**
 * A consortium named by ids and budgets, joined with each organization's facts: BAD_USER_INPUT
 * on `lead.organizationId` / `partners.<i>.organizationId` for an organization without facts.
 */
export function consortiumOf(
  input: ConsortiumInput,
  facts: ReadonlyMap<string, OrganizationFacts>,
): Consortium {
  const member = (
    field: string,
    { organizationId, requestedBudget, ownContribution }: ConsortiumInput['lead'],
  ) => {
    const known = facts.get(organizationId);
    if (!known)
      throw badInput(
        `${field}.organizationId`,
        'There is no such organization.',
        errorKey('call.unknownOrganization'),
      );
    return { ...known, requestedBudget, ownContribution };
  };
  return {
    lead: member('lead', input.lead),
    partners: input.partners.map((partner, i) => member(`partners.${i}`, partner)),
  };
}

/**
 * Every rule a consortium fails, from the facts as stored: the one path from ids and budgets
 * to `checkEligibility`, taken by the API (authoritatively, at submission and at close) and by
 * the web form (live, on every edit).
 */
export const checkConsortium = (
  call: CallEligibilityFacts,
  input: ConsortiumInput,
  facts: ReadonlyMap<string, OrganizationFacts>,
): EligibilityFailure[] => checkEligibility(eligibilityCallOf(call), consortiumOf(input, facts));
