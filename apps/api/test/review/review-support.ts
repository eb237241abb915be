import { CallDeadlineJob } from '../../src/application/call-deadline.job';
import { createOrganization, signUp, type SignedIn } from '../support/factories';
import { APPOINT_MANAGER, appointManager, castOfRoles, type Cast } from '../support/roles';
import type { TestApp } from '../support/test-app';
import { createCluster } from '../support/factories';
import {
  ANSWER,
  INVITE_PARTNER,
  SUBMIT,
  draftApplication,
  partnerInput,
  serverClockAt,
} from '../call/application-support';
import { ADD_FUNDER, OPEN_CALL, draftCall, funderInput, type CallView } from '../call/call-support';

export const REVIEWER_FIELDS = `id callId userId email status maxLoad displayName expertise { technologyCodes sectors text }`;
export const ASSIGNMENT_FIELDS = `id callId applicationId reviewerId affinity status assignedBy
  application { id title leadName partnerNames }`;

export const CALL_REVIEWERS = `query Pool($callId: ID!) { callReviewers(callId: $callId) { ${REVIEWER_FIELDS} } }`;
export const ADD_REVIEWER = `mutation Add($callId: ID!, $input: AddReviewerInput!) { addCallReviewer(callId: $callId, input: $input) { ${REVIEWER_FIELDS} } }`;
export const UPDATE_REVIEWER = `mutation Update($id: ID!, $input: UpdateReviewerInput!) { updateCallReviewer(id: $id, input: $input) { ${REVIEWER_FIELDS} } }`;
export const INVITATIONS = `query { reviewerInvitations { ${REVIEWER_FIELDS} call { id } } }`;
export const ACCEPT = `mutation Accept($id: ID!, $input: UpdateReviewerInput) { acceptReviewerInvitation(id: $id, input: $input) { ${REVIEWER_FIELDS} } }`;
export const CONFLICT_CHECK = `query Check($callId: ID!, $candidates: [ID!]) {
  conflictCheck(callId: $callId, candidateUserIds: $candidates) {
    userId applicationId rule recordKind recordId recordDate reviewerOrganizationName consortiumOrganizationName applicationTitle userName } }`;
export const CONFLICT_SETTINGS = `mutation Settings($callId: ID!, $input: ConflictSettingsInput!) {
  updateConflictSettings(callId: $callId, input: $input) { id conflictSettings { lookbackYears rules { CONSORTIUM_MEMBER COLLABORATION ACCEPTED_INTEREST NDA_ACCEPTED SHARED_CONSORTIUM } } } }`;
export const START_EVALUATION = `mutation Start($callId: ID!) { startCallEvaluation(callId: $callId) { id status } }`;
export const RUN = `mutation Run($callId: ID!) { runReviewAssignment(callId: $callId) {
  feasible assigned totalAffinity shortfalls { applicationId applicationTitle seats filled conflictFree reason } } }`;
export const PROGRESS = `query Progress($callId: ID!) { reviewProgress(callId: $callId) {
  totalAffinity
  reviewers { reviewer { id } assigned awaitingDeclaration conflicts drafts submitted }
  applications { applicationId needed assigned submitted conflicts }
  assignments { ${ASSIGNMENT_FIELDS} } } }`;
export const REASSIGN = `mutation Reassign($assignmentId: ID!, $reviewerId: ID!) { reassignReview(assignmentId: $assignmentId, reviewerId: $reviewerId) { ${ASSIGNMENT_FIELDS} } }`;
export const MY_ASSIGNMENTS = `query { myReviewAssignments { ${ASSIGNMENT_FIELDS} } }`;
export const ASSIGNMENT = `query A($id: ID!) { reviewAssignment(id: $id) { ${ASSIGNMENT_FIELDS} criteria { name maxScore } } }`;
export const CONTENT = `query C($id: ID!) { reviewAssignment(id: $id) { id content { abstract workPlanSummary } } }`;
export const REVIEW = `query R($id: ID!) { reviewAssignment(id: $id) { id review { id status scores { score comment } submittedAt reopenedCount } } }`;
export const DECLARE_NONE = `mutation D($assignmentId: ID!) { declareNoConflict(assignmentId: $assignmentId) { id status } }`;
export const DECLARE_CONFLICT = `mutation D($assignmentId: ID!, $reason: String) { declareConflict(assignmentId: $assignmentId, reason: $reason) { id status } }`;
export const SAVE_REVIEW = `mutation S($assignmentId: ID!, $scores: [ReviewScoreInput!]!, $submit: Boolean) {
  saveReview(assignmentId: $assignmentId, scores: $scores, submit: $submit) { id status scores { score comment } submittedAt reopenedCount } }`;
export const REOPEN = `mutation O($assignmentId: ID!, $reason: String) { reopenReview(assignmentId: $assignmentId, reason: $reason) { id status reopenedCount } }`;
export const REMIND = `mutation M($callId: ID!) { remindReviewers(callId: $callId) }`;

export interface Reviewer {
  id: string;
  userId: string | null;
  email: string;
  status: string;
  maxLoad: number;
}
export interface Assignment {
  id: string;
  applicationId: string;
  reviewerId: string;
  affinity: number;
  status: string;
  assignedBy: string;
  application: { id: string; title: string };
}
export interface Shortfall {
  applicationId: string;
  seats: number;
  filled: number;
  conflictFree: number;
  reason: string;
}

/**
 * A CLOSED call of `cast.cluster`, funded by its cluster and a third cluster whose manager
 * `funderManager` runs the panel with `cast.manager`, with three ELIGIBLE applications:
 * - `withPartner`: lead `cast.org`, partner `cast.otherOrg` (accepted);
 * - `hydrogen` and `battery`: firms of their own, led by `leadB` and `leadC`.
 */
export interface ReviewWorld {
  cast: Cast;
  call: CallView;
  funderManager: SignedIn;
  leadB: SignedIn;
  leadC: SignedIn;
  firmB: { id: string };
  firmC: { id: string };
  applications: { withPartner: string; hydrogen: string; battery: string };
}

export async function reviewWorld(t: TestApp): Promise<ReviewWorld> {
  const cast = await castOfRoles(t);
  const funderCluster = await createCluster(cast.admin.client, cast.clusterOrg.id, {
    nameEn: `Ulsan Hydrogen Cluster ${Math.random().toString(36).slice(2, 8)}`,
    nameKo: '울산 수소 클러스터',
    region: 'KR-31',
  });
  await cast.admin.client.ok(APPOINT_MANAGER, {
    input: { clusterId: funderCluster.id, email: cast.manager.email },
  });
  const funderManager = await appointManager(t, cast.admin.client, funderCluster.id);
  const draft = await draftCall(cast.manager.client, cast.cluster.id, {
    eligibility: { minPartners: 1 },
    reviewersPerApplication: 2,
    criteria: [
      { name: 'Excellence', weight: 60, maxScore: 5, minScore: 3 },
      { name: 'Impact', weight: 40, maxScore: 10 },
    ],
  });
  await cast.manager.client.ok(ADD_FUNDER, {
    callId: draft.id,
    input: funderInput(funderCluster.id, { funds: 'COUNTRY' }),
  });
  const { openCall: call } = await cast.manager.client.ok<{ openCall: CallView }>(OPEN_CALL, {
    id: draft.id,
  });
  serverClockAt(new Date(call.opensAt ?? '').getTime() + 60_000);
  const leadB = await signUp(t, { displayName: 'Hydrogen Lead' });
  const firmB = await createOrganization(leadB.client, { name: 'Ulsan Hydrogen Valves' });
  const leadC = await signUp(t, { displayName: 'Gumi Lead' });
  const firmC = await createOrganization(leadC.client, { name: 'Gumi Battery Packs' });

  const withPartner = await draftApplication(cast.orgAdmin.client, call.id, cast.org.id, {
    title: 'Lightweight e-axle housings',
    abstract: 'Aluminium die casting for electric vehicle axles.',
  });
  await cast.orgAdmin.client.ok(INVITE_PARTNER, {
    id: withPartner.id,
    input: partnerInput(cast.otherOrg.id),
  });
  await cast.otherOrgAdmin.client.ok(ANSWER, {
    id: withPartner.id,
    org: cast.otherOrg.id,
    accept: true,
  });
  await cast.orgAdmin.client.ok(SUBMIT, { id: withPartner.id });
  const hydrogen = await draftApplication(leadB.client, call.id, firmB.id, {
    title: 'Hydrogen refuelling valves',
    abstract: 'High-pressure hydrogen valves and fuel cell stack cooling.',
  });
  await leadB.client.ok(SUBMIT, { id: hydrogen.id });
  const battery = await draftApplication(leadC.client, call.id, firmC.id, {
    title: 'Battery pack thermal management',
    abstract: 'Battery cell cooling plates for electric buses.',
  });
  await leadC.client.ok(SUBMIT, { id: battery.id });

  const closesAt = new Date(call.closesAt ?? '');
  serverClockAt(closesAt);
  await t.app.get(CallDeadlineJob).runAt(closesAt);
  jest.useRealTimers();
  return {
    cast,
    call,
    funderManager,
    leadB,
    leadC,
    firmB,
    firmC,
    applications: { withPartner: withPartner.id, hydrogen: hydrogen.id, battery: battery.id },
  };
}

/** A signed-up expert with an organization of their own (their conflicts come from it). */
export async function expert(
  t: TestApp,
  name: string,
): Promise<SignedIn & { organizationId: string }> {
  const person = await signUp(t, { displayName: name });
  const organization = await createOrganization(person.client, {
    name: `${name} Lab ${Math.random().toString(36).slice(2, 6)}`,
    kind: 'RESEARCH_INSTITUTE',
    size: null,
  });
  return { ...person, organizationId: organization.id };
}

export async function addReviewer(
  manager: SignedIn,
  callId: string,
  userId: string,
  maxLoad = 3,
  text = '',
): Promise<Reviewer> {
  return (
    await manager.client.ok<{ addCallReviewer: Reviewer }>(ADD_REVIEWER, {
      callId,
      input: { userId, maxLoad, expertise: { text, technologyCodes: [], sectors: [] } },
    })
  ).addCallReviewer;
}
