import { DomainError } from '../errors/domain-error';
import type { Funder } from './call-funder';
import {
  checkConsortium,
  consortiumOf,
  eligibilityCallOf,
  type CallEligibilityFacts,
  type OrganizationFacts,
} from './consortium-input';
import { checkEligibility } from './eligibility';
import { NO_ELIGIBILITY_RULES } from './eligibility-rules';

const facts = (
  organizationId: string,
  country: string,
  clusters: string[] = [],
): OrganizationFacts => ({
  organizationId,
  kind: 'FIRM',
  size: 'SMALL',
  country,
  region: null,
  activeClusterIds: clusters,
});
const FACTS = new Map([
  ['lead', facts('lead', 'KR', ['daegu'])],
  ['abroad', facts('abroad', 'DE')],
]);
const funder: Funder = {
  clusterId: 'daegu',
  funds: 'MEMBERS',
  country: 'KR',
  region: 'KR-27',
  budget: 100,
  currency: 'KRW',
  maxPerProject: null,
};
const CALL: CallEligibilityFacts = {
  eligibility: { ...NO_ELIGIBILITY_RULES, minPartners: 2, internationalPartnerRequired: true },
  currency: 'KRW',
  maxGrantPerProject: 50,
  maxFundingRate: null,
  fundingMode: null,
  funders: [funder],
  partnerClusterIds: [],
};
const member = (organizationId: string, requestedBudget = 10) => ({
  organizationId,
  requestedBudget,
  ownContribution: 0,
});

describe('the one path from stored facts to the eligibility rules', () => {
  it('reads unset parts of a call as "no rule"', () => {
    expect(
      eligibilityCallOf({
        ...CALL,
        eligibility: null,
        currency: null,
        maxGrantPerProject: null,
      }),
    ).toEqual({
      rules: NO_ELIGIBILITY_RULES,
      currency: '',
      maxGrantPerProject: null,
      maxFundingRate: null,
      fundingMode: 'REAL_COMMON_POT',
      funders: [funder],
      partnerClusterIds: [],
    });
  });

  it('joins ids and budgets with the facts, and answers as checkEligibility does', () => {
    const input = { lead: member('lead', 30), partners: [member('abroad', 30)] };
    const consortium = consortiumOf(input, FACTS);
    expect(consortium.partners[0]).toEqual({
      ...FACTS.get('abroad'),
      requestedBudget: 30,
      ownContribution: 0,
    });
    const failures = checkConsortium(CALL, input, FACTS);
    expect(failures.map((f) => f.rule)).toEqual(['maxGrantPerProject']);
    expect(failures).toEqual(checkEligibility(eligibilityCallOf(CALL), consortium));
    expect(
      checkConsortium(CALL, { lead: member('lead'), partners: [] }, FACTS).map((f) => f.rule),
    ).toEqual(['minPartners', 'internationalPartner']);
  });

  it('refuses an organization it has no facts for, naming its place in the consortium', () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof DomainError ? `${error.code}:${error.field}` : 'other';
      }
      return 'none';
    };
    expect(
      fieldOf(() =>
        consortiumOf(
          { lead: member('lead'), partners: [member('abroad'), member('ghost')] },
          FACTS,
        ),
      ),
    ).toBe('BAD_USER_INPUT:partners.1.organizationId');
    expect(fieldOf(() => consortiumOf({ lead: member('ghost'), partners: [] }, FACTS))).toBe(
      'BAD_USER_INPUT:lead.organizationId',
    );
  });
});
