import type {
  ApplicationDetailFragment,
  ApplicationSuggestionsQuery,
} from '../../generated/graphql';
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
    linkedNeeds: [],
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
      partnerClusterIds: [],
    },
    partners: [
      {
        __typename: 'ApplicationPartner',
        status: 'INVITED',
        requestedBudget: 8_000_000,
        ownContribution: 4_000_000,
        organization: university,
      },
    ],
    consortiumFacts: [
      facts(LEAD_ID, 'FIRM', 'SMALL', 'KR', 'KR-27'),
      facts(UNIVERSITY_ID, 'UNIVERSITY', null, 'KR', 'KR-27'),
      facts(INSTITUTE_ID, 'RESEARCH_INSTITUTE', null, 'DE', 'DE-BW'),
    ],
    failedRules: null,
    ...overrides,
  };
}

function facts(
  organizationId: string,
  kind: 'FIRM' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE',
  size: 'SMALL' | null,
  country: string,
  region: string,
): ApplicationDetailFragment['consortiumFacts'][number] {
  return {
    __typename: 'ConsortiumOrganizationFacts',
    organizationId,
    kind,
    size,
    country,
    region,
    activeClusterIds: [],
  };
}

/** A partner of the draft with its answer and budget. */
export const partner = (
  organization: typeof university | typeof institute,
  status: 'INVITED' | 'ACCEPTED' | 'DECLINED',
  requestedBudget: number,
  ownContribution: number,
): ApplicationDetailFragment['partners'][number] => ({
  __typename: 'ApplicationPartner',
  status,
  requestedBudget,
  ownContribution,
  organization,
});

/** A consortium that meets every rule of the joint call: the university and the institute accepted. */
export const aCompleteDraft = (overrides: Partial<ApplicationDetailFragment> = {}) =>
  aDraft({
    partners: [
      partner(university, 'ACCEPTED', 8_000_000, 4_000_000),
      partner(institute, 'ACCEPTED', 5_000_000, 5_000_000),
    ],
    ...overrides,
  });

/** The server's suggestions: the institute for the missing partner from abroad. */
export const suggestions = (
  score = 0.82,
  rule: 'internationalPartner' | 'minPartners' = 'internationalPartner',
): ApplicationSuggestionsQuery => ({
  application: {
    __typename: 'Application',
    id: APPLICATION_ID,
    partnerSuggestions: [
      {
        __typename: 'PartnerSuggestion',
        rule,
        organizations: [{ __typename: 'SuggestedPartner', score, organization: institute }],
      },
    ],
  },
});
