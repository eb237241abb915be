import type { CallDetailFragment } from '../../generated/graphql';

export const CALL_ID = '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a';
export const DAEGU_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const BW_ID = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

const daegu = {
  __typename: 'Cluster' as const,
  id: DAEGU_ID,
  nameEn: 'Daegu Seongseo mini-cluster',
  nameKo: '대구 성서 미니클러스터',
  country: 'KR',
  region: 'KR-27',
};
const bw = {
  __typename: 'Cluster' as const,
  id: BW_ID,
  nameEn: 'Baden-Württemberg Automotive',
  nameKo: '바덴뷔르템베르크 자동차',
  country: 'DE',
  region: 'DE-BW',
};

const param = (name: string, value: string) => ({ __typename: 'NamedValue' as const, name, value });
const sentence = (key: string, params: [string, string][] = []) => ({
  __typename: 'RuleSentence' as const,
  key,
  params: params.map(([n, v]) => param(n, v)),
});

/** The demo's joint Korea–Germany call, OPEN, as a firm sees it. */
export function aJointCall(overrides: Partial<CallDetailFragment> = {}): CallDetailFragment {
  return {
    __typename: 'Call',
    id: CALL_ID,
    status: 'OPEN',
    phase: 'OPEN',
    programmeName: 'Global collaborative R&DB',
    titleEn: 'Korea–Germany joint call 2027',
    titleKo: '2027 한-독 국제공동 공모',
    descriptionEn: 'Joint projects of Daegu and Baden-Württemberg.',
    descriptionKo: '대구와 바덴뷔르템베르크의 공동 과제.',
    timeZone: 'Asia/Seoul',
    opensAt: '2026-11-26T09:00:00.000Z',
    closesAt: '2027-01-20T09:00:00.000Z',
    currency: 'EUR',
    maxGrantPerProject: 60_000_000,
    maxFundingRate: 70,
    fundingMode: 'VIRTUAL_COMMON_POT',
    threshold: 65,
    reviewersPerApplication: 3,
    openedAt: '2026-11-26T00:00:00.000Z',
    closedAt: null,
    viewerCanManage: false,
    viewerCanManageReview: false,
    viewerActions: [],
    viewerManagesAward: false,
    budgetRule: 'STOP',
    redressDays: 14,
    cluster: {
      __typename: 'Cluster',
      id: DAEGU_ID,
      nameEn: daegu.nameEn,
      nameKo: daegu.nameKo,
      country: 'KR',
    },
    eligibility: null,
    criteria: [
      {
        __typename: 'EvaluationCriterion',
        name: 'Excellence',
        description: 'Novelty.',
        weight: 100,
        maxScore: 5,
        minScore: 3,
      },
    ],
    funders: [
      {
        __typename: 'CallFunder',
        position: 1,
        budget: 1_500_000_000,
        currency: 'KRW',
        funds: 'COUNTRY',
        maxPerProject: 35_000_000,
        cluster: daegu,
      },
      {
        __typename: 'CallFunder',
        position: 2,
        budget: 150_000_000,
        currency: 'EUR',
        funds: 'REGION',
        maxPerProject: 30_000_000,
        cluster: bw,
      },
    ],
    rulesInWords: [
      sentence('call.rule.partnersBetween', [
        ['min', '3'],
        ['max', '6'],
      ]),
      sentence('call.rule.requiredKinds', [
        ['count', '1'],
        ['kinds', 'UNIVERSITY,RESEARCH_INSTITUTE'],
      ]),
      sentence('call.rule.internationalPartner'),
      sentence('call.rule.maxGrantPerProject', [
        ['amount', '60000000'],
        ['currency', 'EUR'],
      ]),
      sentence('call.rule.funds.REGION', [
        ['clusterId', BW_ID],
        ['country', 'DE'],
        ['region', 'DE-BW'],
      ]),
    ],
    openProblems: [],
    ...overrides,
  };
}
