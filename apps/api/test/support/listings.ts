import { randomBytes } from 'node:crypto';
import { createOrganization, signUp, type SignedIn } from './factories';
import { ADMIT_MEMBER, applyToCluster, joinOrganization, type Cast, type Member } from './roles';
import type { GraphQLResult, TestApp, TestClient } from './test-app';

// Operations and factories for technology needs and capabilities ("listings").

const unique = () => randomBytes(3).toString('hex');

export const NEED_FIELDS = `id status closeReason title publicSummary desiredOutcome technologyAreas sectors currentTrl targetTrl
  budgetMin budgetMax currency responseDeadline collaborationTypes visibility ndaTerms { text version } publishedAt closedAt
  organization { id }`;

export const CREATE_NEED = `mutation CreateNeed($org: ID!, $input: NeedDraftInput!) { createTechnologyNeed(organizationId: $org, input: $input) { ${NEED_FIELDS} } }`;
export const UPDATE_NEED = `mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) { updateTechnologyNeed(id: $id, input: $input) { ${NEED_FIELDS} } }`;
export const PUBLISH_NEED = `mutation PublishNeed($id: ID!) { publishTechnologyNeed(id: $id) { ${NEED_FIELDS} } }`;
export const CLOSE_NEED = `mutation CloseNeed($id: ID!, $reason: NeedCloseReason!) { closeTechnologyNeed(id: $id, reason: $reason) { ${NEED_FIELDS} } }`;
export const SET_NDA = `mutation SetNda($id: ID!, $input: NdaTermsInput!) { setNdaTerms(needId: $id, input: $input) { id ndaTerms { text version } } }`;
export const ACCEPT_NDA = `mutation AcceptNda($input: AcceptNdaInput!) {
  acceptNda(input: $input) { id version acceptedAt organization { id } acceptedBy { id } }
}`;
export const NEED = `query Need($id: ID!) {
  technologyNeed(id: $id) { ${NEED_FIELDS} confidentialDetails viewerConfidentialAccess viewerCanEdit viewerCanPublish viewerCanChangeAudience
    invitedOrganizations { id } ndaAcceptances { id version acceptedAt organization { id } acceptedBy { id } } }
}`;
export const ORG_NEEDS = `query OrgNeeds($id: ID!, $first: Int, $after: String) {
  organization(id: $id) { technologyNeeds(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status visibility } } } }
}`;

export const CAPABILITY_FIELDS = `id kind status title description technologyAreas sectors trl contactName contactEmail availability visibility
  model location bookingTerms patentNumber licensingStatus publishedAt archivedAt organization { id }`;
export const CREATE_CAPABILITY = `mutation CreateCapability($org: ID!, $input: CapabilityDraftInput!) { createCapability(organizationId: $org, input: $input) { ${CAPABILITY_FIELDS} } }`;
export const UPDATE_CAPABILITY = `mutation UpdateCapability($id: ID!, $input: UpdateCapabilityInput!) { updateCapability(id: $id, input: $input) { ${CAPABILITY_FIELDS} } }`;
export const PUBLISH_CAPABILITY = `mutation PublishCapability($id: ID!) { publishCapability(id: $id) { ${CAPABILITY_FIELDS} } }`;
export const ARCHIVE_CAPABILITY = `mutation ArchiveCapability($id: ID!) { archiveCapability(id: $id) { ${CAPABILITY_FIELDS} } }`;
export const DELETE_CAPABILITY_DRAFT = `mutation DeleteCapabilityDraft($id: ID!) { deleteCapabilityDraft(id: $id) }`;
export const CAPABILITY = `query Capability($id: ID!) {
  capability(id: $id) { ${CAPABILITY_FIELDS} viewerCanEdit viewerCanPublish viewerCanChangeAudience invitedOrganizations { id } }
}`;
export const ORG_CAPABILITIES = `query OrgCapabilities($id: ID!, $first: Int, $after: String) {
  organization(id: $id) { capabilities(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status visibility } } } }
}`;

export interface NeedData {
  id: string;
  status: string;
  closeReason: string | null;
  title: string;
  publicSummary: string;
  desiredOutcome: string;
  technologyAreas: string[];
  sectors: string[];
  currentTrl: number | null;
  targetTrl: number | null;
  budgetMin: number | null;
  budgetMax: number | null;
  currency: string | null;
  responseDeadline: string | null;
  collaborationTypes: string[];
  visibility: string;
  ndaTerms: { text: string; version: string } | null;
  publishedAt: string | null;
  closedAt: string | null;
  organization: { id: string };
}

export interface NeedView extends NeedData {
  confidentialDetails: string | null;
  viewerConfidentialAccess: string;
  viewerCanEdit: boolean;
  viewerCanPublish: boolean;
  viewerCanChangeAudience: boolean;
  invitedOrganizations: { id: string }[];
  ndaAcceptances: {
    id: string;
    version: string;
    acceptedAt: string;
    organization: { id: string };
    acceptedBy: { id: string } | null;
  }[];
}

export interface CapabilityData {
  id: string;
  kind: string;
  status: string;
  title: string;
  description: string;
  technologyAreas: string[];
  sectors: string[];
  trl: number | null;
  contactName: string | null;
  contactEmail: string | null;
  availability: string | null;
  visibility: string;
  model: string | null;
  location: string | null;
  bookingTerms: string | null;
  patentNumber: string | null;
  licensingStatus: string | null;
  publishedAt: string | null;
  archivedAt: string | null;
  organization: { id: string };
}

export interface CapabilityView extends CapabilityData {
  viewerCanEdit: boolean;
  viewerCanPublish: boolean;
  viewerCanChangeAudience: boolean;
  invitedOrganizations: { id: string }[];
}

export const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A need with every field publishing asks for (PUBLIC unless overridden). */
export const needInput = (overrides: Record<string, unknown> = {}) => ({
  title: `수소 연료전지 스택 경량화 ${unique()}`,
  publicSummary: 'Lighter fuel-cell stacks for hydrogen trucks, at series cost.',
  confidentialDetails: 'Target: 2.1 kW/kg with the bipolar plates of supplier K.',
  desiredOutcome: 'A validated stack design and a pilot line plan.',
  technologyAreas: ['EF05'],
  sectors: ['29'],
  currentTrl: 4,
  targetTrl: 7,
  budgetMin: 50_000_000,
  budgetMax: 300_000_000,
  currency: 'KRW',
  responseDeadline: inDays(30),
  collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
  visibility: 'PUBLIC',
  ...overrides,
});

/** A capability of this kind with every field publishing asks for (PUBLIC unless overridden). */
export const capabilityInput = (
  kind: 'EXPERTISE' | 'EQUIPMENT' | 'FACILITY' | 'IP' | 'SERVICE' = 'EXPERTISE',
  overrides: Record<string, unknown> = {},
) => ({
  kind,
  title: `대면적 연료전지 성능평가 ${unique()}`,
  description: 'Fuel-cell stack testing and analysis up to 30 kW.',
  technologyAreas: ['EF05'],
  sectors: ['72'],
  contactName: '박연구',
  contactEmail: 'lab@kiat.example',
  availability: 'Weekdays, booked two weeks ahead.',
  visibility: 'PUBLIC',
  ...(kind === 'EQUIPMENT' || kind === 'FACILITY'
    ? { model: 'FCT-30k', location: 'Daegu, Dalseo-gu', bookingTerms: 'Half a day minimum.' }
    : {}),
  ...(kind === 'IP'
    ? { trl: 5, patentNumber: 'KR 10-2021-0123456', licensingStatus: 'AVAILABLE' }
    : {}),
  ...overrides,
});

export async function createNeed(
  client: TestClient,
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Promise<NeedData> {
  return (
    await client.ok<{ createTechnologyNeed: NeedData }>(CREATE_NEED, {
      org: organizationId,
      input: needInput(overrides),
    })
  ).createTechnologyNeed;
}

/** A need in this status, made by an ORG_ADMIN of the owner. */
export async function needIn(
  orgAdmin: TestClient,
  organizationId: string,
  status: 'DRAFT' | 'OPEN' | 'CLOSED',
  overrides: Record<string, unknown> = {},
): Promise<NeedData> {
  const need = await createNeed(orgAdmin, organizationId, overrides);
  if (status === 'DRAFT') return need;
  const opened = (
    await orgAdmin.ok<{ publishTechnologyNeed: NeedData }>(PUBLISH_NEED, { id: need.id })
  ).publishTechnologyNeed;
  if (status === 'OPEN') return opened;
  return (
    await orgAdmin.ok<{ closeTechnologyNeed: NeedData }>(CLOSE_NEED, {
      id: need.id,
      reason: 'SOLVED',
    })
  ).closeTechnologyNeed;
}

export async function createCapability(
  client: TestClient,
  organizationId: string,
  input: Record<string, unknown> = capabilityInput(),
): Promise<CapabilityData> {
  return (
    await client.ok<{ createCapability: CapabilityData }>(CREATE_CAPABILITY, {
      org: organizationId,
      input,
    })
  ).createCapability;
}

/** A capability in this status, made by an ORG_ADMIN of the owner. */
export async function capabilityIn(
  orgAdmin: TestClient,
  organizationId: string,
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED',
  input: Record<string, unknown> = capabilityInput(),
): Promise<CapabilityData> {
  const capability = await createCapability(orgAdmin, organizationId, input);
  if (status === 'DRAFT') return capability;
  const published = (
    await orgAdmin.ok<{ publishCapability: CapabilityData }>(PUBLISH_CAPABILITY, {
      id: capability.id,
    })
  ).publishCapability;
  if (status === 'PUBLISHED') return published;
  return (
    await orgAdmin.ok<{ archiveCapability: CapabilityData }>(ARCHIVE_CAPABILITY, {
      id: capability.id,
    })
  ).archiveCapability;
}

/** The organization applies to the cluster and its manager admits it (ACTIVE). */
export async function admitToCluster(
  orgAdmin: TestClient,
  manager: TestClient,
  clusterId: string,
  organizationId: string,
): Promise<string> {
  const membershipId = await applyToCluster(orgAdmin, clusterId, organizationId);
  await manager.ok(ADMIT_MEMBER, { input: { membershipId } });
  return membershipId;
}

/**
 * The cast around listings: `org` (the owner) ACTIVE in `cluster`; `mateOrg` ACTIVE in the
 * same cluster with a plain member `mateMember`; `invitedOrg` (no cluster) with its ORG_ADMIN
 * `invitedAdmin` and a plain member `invitedMember`; `pendingOrg` whose application to the
 * cluster is still PENDING, with its ORG_ADMIN `pendingAdmin`.
 */
export interface ListingCast extends Cast {
  mateOrg: { id: string };
  mateAdmin: SignedIn;
  mateMember: Member;
  invitedOrg: { id: string };
  invitedAdmin: SignedIn;
  invitedMember: Member;
  pendingOrg: { id: string };
  pendingAdmin: SignedIn;
  /** Signed in, in no organization, managing no cluster. */
  loner: SignedIn;
}

export async function listingCast(t: TestApp, cast: Cast): Promise<ListingCast> {
  await admitToCluster(cast.orgAdmin.client, cast.manager.client, cast.cluster.id, cast.org.id);
  const mateAdmin = await signUp(t, { displayName: 'Cluster Mate Admin' });
  const mateOrg = await createOrganization(mateAdmin.client, {
    name: `Dalseo Materials ${unique()}`,
  });
  await admitToCluster(mateAdmin.client, cast.manager.client, cast.cluster.id, mateOrg.id);
  const mateMember = await joinOrganization(t, mateAdmin.client, mateOrg.id, 'ORG_MEMBER');
  const invitedAdmin = await signUp(t, { displayName: 'Invited Admin' });
  const invitedOrg = await createOrganization(invitedAdmin.client, {
    name: `KIMM Busan ${unique()}`,
    kind: 'RESEARCH_INSTITUTE',
    size: null,
  });
  const invitedMember = await joinOrganization(t, invitedAdmin.client, invitedOrg.id, 'ORG_MEMBER');
  const pendingAdmin = await signUp(t, { displayName: 'Pending Admin' });
  const pendingOrg = await createOrganization(pendingAdmin.client, {
    name: `Pending Works ${unique()}`,
  });
  await applyToCluster(pendingAdmin.client, cast.cluster.id, pendingOrg.id);
  const loner = await signUp(t, { displayName: 'Signed-in Visitor' });
  return {
    ...cast,
    mateOrg,
    mateAdmin,
    mateMember,
    invitedOrg,
    invitedAdmin,
    invitedMember,
    pendingOrg,
    pendingAdmin,
    loner,
  };
}

/** The code of the first error, or 'OK'. */
export const outcome = (result: GraphQLResult<unknown>): string =>
  result.errors?.[0]?.extensions?.code ?? 'OK';

/** Every audit event's before/after as text, for "this never entered the audit trail". */
export async function auditText(t: TestApp): Promise<string> {
  const [row] = (await t.dataSource.query(
    `SELECT coalesce(string_agg(coalesce(before::text, '') || coalesce(after::text, ''), '|'), '') AS text FROM audit_event`,
  )) as { text: string }[];
  return row?.text ?? '';
}
