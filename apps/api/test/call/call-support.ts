import type { TestClient } from '../support/test-app';

export const CALL_FIELDS = `id status phase programmeName titleEn titleKo descriptionEn descriptionKo timeZone opensAt closesAt currency
  maxGrantPerProject maxFundingRate fundingMode threshold reviewersPerApplication openedAt closedAt viewerCanManage viewerActions
  eligibility { minPartners maxPartners requiredKinds { kinds min } leadKinds leadSizes minRegions minCountries internationalPartnerRequired membership maxBudgetPerPartner }
  criteria { name description weight maxScore minScore }
  cluster { id } funders { cluster { id } budget currency funds maxPerProject position }
  rulesInWords { key params { name value } } openProblems { field message }`;

export const CREATE_CALL = `mutation CreateCall($clusterId: ID!, $input: CallDraftInput!) { createCallDraft(clusterId: $clusterId, input: $input) { ${CALL_FIELDS} } }`;
export const UPDATE_CALL = `mutation UpdateCall($id: ID!, $input: UpdateCallInput!) { updateCallDraft(id: $id, input: $input) { ${CALL_FIELDS} } }`;
export const ADD_FUNDER = `mutation AddFunder($callId: ID!, $input: CallFunderInput!) { addCallFunder(callId: $callId, input: $input) { ${CALL_FIELDS} } }`;
export const REMOVE_FUNDER = `mutation RemoveFunder($callId: ID!, $clusterId: ID!) { removeCallFunder(callId: $callId, clusterId: $clusterId) { ${CALL_FIELDS} } }`;
export const OPEN_CALL = `mutation OpenCall($id: ID!) { openCall(id: $id) { ${CALL_FIELDS} } }`;
export const EXTEND_CALL = `mutation Extend($id: ID!, $closesAt: DateTime!) { extendCallDeadline(id: $id, closesAt: $closesAt) { ${CALL_FIELDS} } }`;
export const CLOSE_CALL = `mutation CloseCall($id: ID!) { closeCall(id: $id) { ${CALL_FIELDS} } }`;
export const CALL = `query Call($id: ID!) { call(id: $id) { ${CALL_FIELDS} } }`;
export const CALLS = `query Calls($filter: CallFilterInput, $first: Int, $after: String) {
  calls(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status phase } } }
}`;
export const CHECK_ELIGIBILITY = `query Check($callId: ID!, $consortium: ConsortiumInput!) {
  checkEligibility(callId: $callId, consortium: $consortium) { rule key params { name value } organizations { organizationId value } }
}`;

export interface CallView {
  id: string;
  status: string;
  phase: string;
  opensAt: string | null;
  closesAt: string | null;
  viewerCanManage: boolean;
  viewerActions: string[];
  funders: {
    cluster: { id: string };
    budget: number;
    currency: string;
    funds: string;
    maxPerProject: number | null;
    position: number;
  }[];
  rulesInWords: { key: string; params: { name: string; value: string }[] }[];
  openProblems: { field: string; message: string }[];
  eligibility: Record<string, unknown> | null;
  [key: string]: unknown;
}

const HOUR = 3_600_000;
/** An instant `hours` from now, written with the Seoul offset the way a Korean manager types it. */
export function seoulIn(hours: number, from = Date.now()): string {
  const local = new Date(from + hours * HOUR + 9 * HOUR);
  return `${local.toISOString().slice(0, 19)}+09:00`;
}

export const callInput = (overrides: Record<string, unknown> = {}) => ({
  programmeName: 'Global collaborative R&DB',
  titleEn: 'Korea–Germany e-mobility joint call',
  titleKo: '한-독 전기차 국제공동 공모',
  descriptionEn: 'Joint R&DB projects between Daegu and Baden-Württemberg firms and institutes.',
  descriptionKo: '대구와 바덴뷔르템베르크 기업·연구기관의 공동 R&DB 과제.',
  timeZone: 'Asia/Seoul',
  opensAt: seoulIn(1),
  closesAt: seoulIn(24 * 30),
  currency: 'EUR',
  maxGrantPerProject: 50_000_000,
  maxFundingRate: 75,
  fundingMode: 'REAL_COMMON_POT',
  eligibility: {
    minPartners: 2,
    requiredKinds: [{ kinds: ['FIRM'], min: 1 }],
    leadKinds: ['FIRM'],
  },
  criteria: [
    { name: 'Excellence', weight: 50, maxScore: 5, minScore: 3 },
    { name: 'Impact', weight: 50, maxScore: 5 },
  ],
  threshold: 60,
  reviewersPerApplication: 3,
  ...overrides,
});

export const funderInput = (clusterId: string, overrides: Record<string, unknown> = {}) => ({
  clusterId,
  budget: 100_000_000,
  currency: 'EUR',
  funds: 'COUNTRY',
  ...overrides,
});

/** A DRAFT call of the cluster with its own cluster as funder, ready to open. */
export async function draftCall(
  manager: TestClient,
  clusterId: string,
  overrides: Record<string, unknown> = {},
): Promise<CallView> {
  const { createCallDraft } = await manager.ok<{ createCallDraft: CallView }>(CREATE_CALL, {
    clusterId,
    input: callInput(overrides),
  });
  const { addCallFunder } = await manager.ok<{ addCallFunder: CallView }>(ADD_FUNDER, {
    callId: createCallDraft.id,
    input: funderInput(clusterId),
  });
  return addCallFunder;
}

export async function openCall(
  manager: TestClient,
  clusterId: string,
  overrides: Record<string, unknown> = {},
): Promise<CallView> {
  const draft = await draftCall(manager, clusterId, overrides);
  const { openCall: opened } = await manager.ok<{ openCall: CallView }>(OPEN_CALL, {
    id: draft.id,
  });
  return opened;
}
