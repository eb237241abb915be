import type { TestClient } from '../support/test-app';
import { VIEWER_MEMBERSHIPS } from '../support/roles';

export const APPLICATION_FIELDS = `id status title abstract workPlanSummary durationMonths leadRequestedBudget leadOwnContribution
  linkedNeedIds linkedCollaborationIds overrideReason submittedAt decidedAt viewerActions
  failedRules { rule } eligibility { rule key params { name value } }
  leadOrganization { id } call { id }
  partners { status requestedBudget ownContribution organization { id } }`;

export const CREATE_APPLICATION = `mutation Create($callId: ID!, $lead: ID!, $input: ApplicationDraftInput!) {
  createApplicationDraft(callId: $callId, leadOrganizationId: $lead, input: $input) { ${APPLICATION_FIELDS} } }`;
export const UPDATE_APPLICATION = `mutation Update($id: ID!, $input: ApplicationDraftInput!) {
  updateApplicationDraft(id: $id, input: $input) { ${APPLICATION_FIELDS} } }`;
export const INVITE_PARTNER = `mutation Invite($id: ID!, $input: ApplicationPartnerInput!) {
  inviteApplicationPartner(applicationId: $id, input: $input) { ${APPLICATION_FIELDS} } }`;
export const UPDATE_PARTNER_BUDGET = `mutation Budget($id: ID!, $input: ApplicationPartnerInput!) {
  updateApplicationPartnerBudget(applicationId: $id, input: $input) { ${APPLICATION_FIELDS} } }`;
export const REMOVE_PARTNER = `mutation Remove($id: ID!, $org: ID!) {
  removeApplicationPartner(applicationId: $id, organizationId: $org) { ${APPLICATION_FIELDS} } }`;
export const ANSWER = `mutation Answer($id: ID!, $org: ID!, $accept: Boolean!) {
  answerApplicationInvitation(applicationId: $id, organizationId: $org, accept: $accept) { applicationId status } }`;
export const SUBMIT = `mutation Submit($id: ID!) { submitApplication(id: $id) { ${APPLICATION_FIELDS} } }`;
export const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawApplication(id: $id) { ${APPLICATION_FIELDS} } }`;
export const OVERRIDE = `mutation Override($id: ID!, $decision: ApplicationStatus!, $reason: String!) {
  overrideApplicationEligibility(id: $id, decision: $decision, reason: $reason) { ${APPLICATION_FIELDS} } }`;
export const APPLICATION = `query Application($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;
export const CALL_APPLICATIONS = `query CallApplications($callId: ID!) { callApplications(callId: $callId) { id status } }`;
export const INVITATIONS = `query Invitations($org: ID!) {
  applicationInvitations(organizationId: $org) { applicationId title status applicationStatus requestedBudget leadOrganization { id } call { id } } }`;
export const SUGGESTIONS = `query Suggestions($id: ID!) { application(id: $id) { partnerSuggestions { rule organizations { score organization { id } } } } }`;

export interface ApplicationView {
  id: string;
  status: string;
  title: string;
  overrideReason: string | null;
  viewerActions: string[];
  failedRules: { rule: string }[] | null;
  eligibility: { rule: string; key: string; params: { name: string; value: string }[] }[];
  leadRequestedBudget: number;
  leadOwnContribution: number;
  partners: {
    status: string;
    requestedBudget: number;
    ownContribution: number;
    organization: { id: string };
  }[];
}

export const draftInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Hydrogen truck cooling modules',
  abstract: 'A Daegu firm, a Daegu university and a Stuttgart institute build cooling modules.',
  workPlanSummary: 'WP1 design, WP2 prototypes, WP3 road tests.',
  durationMonths: 24,
  leadRequestedBudget: 10_000_000,
  leadOwnContribution: 5_000_000,
  ...overrides,
});

export const partnerInput = (organizationId: string, requestedBudget = 10_000_000) => ({
  organizationId,
  requestedBudget,
  ownContribution: 5_000_000,
});

export async function draftApplication(
  client: TestClient,
  callId: string,
  lead: string,
  overrides: Record<string, unknown> = {},
): Promise<ApplicationView> {
  return (
    await client.ok<{ createApplicationDraft: ApplicationView }>(CREATE_APPLICATION, {
      callId,
      lead,
      input: draftInput(overrides),
    })
  ).createApplicationDraft;
}

/** A jump of the server's clock refreshes a session on its next request: done before a refusal compares tables. */
export const touch = (...clients: TestClient[]) =>
  Promise.all(clients.map((client) => client.ok(VIEWER_MEMBERSHIPS)));

/** Sets the server's clock (the app runs in this process): only Date is faked, timers keep running. */
export const serverClockAt = (instant: Date | string | number) =>
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
