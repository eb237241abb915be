import type { ApplicationDetailFragment } from '../../generated/graphql';
import { aJointCall } from '../call/call-fixtures';

export const APPLICATION_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
export const LEAD_ID = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
export const UNIVERSITY_ID = 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70';
export const INSTITUTE_ID = 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7081';

const organization = (
  id: string,
  name: string,
  kind: 'FIRM' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE',
  country: string,
) => ({
  __typename: 'Organization' as const,
  id,
  name,
  kind,
  country,
});
export const lead = organization(LEAD_ID, 'Seongseo Precision', 'FIRM', 'KR');
export const university = organization(
  UNIVERSITY_ID,
  'Kyungpook National University',
  'UNIVERSITY',
  'KR',
);
export const institute = organization(
  INSTITUTE_ID,
  'Fraunhofer Stuttgart',
  'RESEARCH_INSTITUTE',
  'DE',
);

const failure = (
  rule: 'minPartners' | 'requiredKinds' | 'internationalPartner',
  params: [string, string][],
) => ({
  __typename: 'EligibilityFailure' as const,
  rule,
  key: `call.eligibility.${rule}`,
  params: params.map(([name, value]) => ({ __typename: 'NamedValue' as const, name, value })),
  organizations: [],
});

export const FAILURES = {
  minPartners: failure('minPartners', [
    ['min', '3'],
    ['actual', '2'],
  ]),
  requiredKinds: failure('requiredKinds', [
    ['kinds', 'RESEARCH_INSTITUTE,UNIVERSITY'],
    ['min', '1'],
    ['actual', '0'],
  ]),
  internationalPartner: failure('internationalPartner', [['country', 'KR']]),
};

/** A draft of the Daegu firm on the demo's joint call: the university invited, nobody accepted yet. */
export function aDraft(
  overrides: Partial<ApplicationDetailFragment> = {},
): ApplicationDetailFragment {
  return {
    __typename: 'Application',
    id: APPLICATION_ID,
    status: 'DRAFT',
    title: 'Hydrogen truck cooling modules',
    abstract: 'Cooling modules for hydrogen trucks.',
    workPlanSummary: 'WP1 design, WP2 prototypes.',
    durationMonths: 24,
    leadRequestedBudget: 10_000_000,
    leadOwnContribution: 5_000_000,
    linkedNeedIds: [],
    linkedCollaborationIds: [],
    overrideReason: null,
    submittedAt: null,
    decidedAt: null,
    viewerActions: ['edit', 'submit'],
    leadOrganization: lead,
    call: {
      ...aJointCall(),
      eligibility: {
        __typename: 'EligibilityRules',
        minPartners: 3,
        maxPartners: 6,
        requiredKinds: [
          { __typename: 'RequiredKinds', kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'], min: 1 },
        ],
        leadKinds: [],
        leadSizes: [],
        minRegions: null,
        minCountries: null,
        internationalPartnerRequired: true,
        membership: 'NONE',
        maxBudgetPerPartner: null,
      },
    },
    partners: [
      {
        __typename: 'ApplicationPartner',
        status: 'INVITED',
        requestedBudget: 8_000_000,
        ownContribution: 2_000_000,
        organization: university,
      },
    ],
    eligibility: [FAILURES.minPartners, FAILURES.requiredKinds, FAILURES.internationalPartner],
    failedRules: null,
    partnerSuggestions: [
      {
        __typename: 'PartnerSuggestion',
        rule: 'internationalPartner',
        organizations: [{ __typename: 'SuggestedPartner', score: 0.82, organization: institute }],
      },
    ],
    ...overrides,
  };
}
