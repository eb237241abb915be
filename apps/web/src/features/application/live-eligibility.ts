import {
  NO_ELIGIBILITY_RULES,
  checkConsortium,
  consortiumOfApplication,
  type CallEligibilityFacts,
  type EligibilityFailure,
  type OrganizationFacts,
} from '@spillover/domain';
import type {
  ApplicationCallFragment,
  ApplicationDetailFragment,
  EligibilityFailureFieldsFragment,
} from '../../generated/graphql';
import { paramsOf } from '../call/call-words';
import type { BudgetEdits } from './use-budget-edits';

/** The call's stored rules and funders, as the API ships them, in the domain's shape. */
export function callFactsOf(call: ApplicationCallFragment): CallEligibilityFacts {
  const rules = call.eligibility;
  return {
    eligibility: rules
      ? {
          ...NO_ELIGIBILITY_RULES,
          ...rules,
          requiredKinds: rules.requiredKinds.map(({ kinds, min }) => ({ kinds: [...kinds], min })),
          leadKinds: [...rules.leadKinds],
          leadSizes: [...rules.leadSizes],
        }
      : null,
    currency: call.currency ?? null,
    maxGrantPerProject: call.maxGrantPerProject ?? null,
    maxFundingRate: call.maxFundingRate ?? null,
    fundingMode: call.fundingMode ?? null,
    funders: [...call.funders]
      .sort((a, b) => a.position - b.position)
      .map((funder) => ({
        clusterId: funder.cluster.id,
        funds: funder.funds,
        country: funder.cluster.country,
        region: funder.cluster.region ?? null,
        budget: funder.budget,
        currency: funder.currency,
        maxPerProject: funder.maxPerProject ?? null,
      })),
    partnerClusterIds: call.partnerClusterIds,
  };
}

/**
 * Every rule the consortium fails as the form stands now: the accepted partners (the
 * domain's `consortiumOfApplication`) with the budgets being typed, checked by the domain's
 * `checkConsortium` on the facts the server checks at submission. Nothing is saved for it.
 */
export function liveEligibility(
  application: ApplicationDetailFragment,
  budgets: Pick<BudgetEdits, 'effectiveLineOf'>,
): EligibilityFailure[] {
  const lead = budgets.effectiveLineOf(application.leadOrganization.id);
  const consortium = consortiumOfApplication({
    leadOrganizationId: application.leadOrganization.id,
    leadRequestedBudget: lead.requestedBudget,
    leadOwnContribution: lead.ownContribution,
    partners: application.partners.map((partner) => ({
      organizationId: partner.organization.id,
      status: partner.status,
      ...budgets.effectiveLineOf(partner.organization.id),
    })),
  });
  const facts = new Map<string, OrganizationFacts>(
    application.consortiumFacts.map((f) => [f.organizationId, f]),
  );
  return checkConsortium(callFactsOf(application.call), consortium, facts);
}

/** A failure the server decided at close (GraphQL's name/value pairs), in the domain's shape. */
export const failureOf = (failure: EligibilityFailureFieldsFragment): EligibilityFailure => ({
  rule: failure.rule,
  key: failure.key,
  params: paramsOf(failure.params),
  organizations: failure.organizations.map(({ organizationId, value }) => ({
    organizationId,
    value: value ?? null,
  })),
});

/** What names the failing rules and their parameters: the suggestions are read again when it changes. */
export const failuresSignature = (failures: readonly EligibilityFailure[]): string =>
  JSON.stringify(failures.map((f) => [f.rule, f.params]));
