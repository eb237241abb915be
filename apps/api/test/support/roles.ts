import { createCluster, createOrganization, signUp, signUpAdmin, type SignedIn } from './factories';
import type { GraphQLResult, TestApp, TestClient } from './test-app';

// Operations several feature suites need to put people into roles.
export const INVITE_MEMBER = `mutation Invite($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email role status createdAt expiresAt organization { id } invitedBy { id } }
}`;
export const ACCEPT_INVITATION = `mutation Accept($id: ID!) { acceptInvitation(id: $id) { id role createdAt user { id } organization { id } } }`;
export const APPOINT_MANAGER = `mutation Appoint($input: AppointClusterManagerInput!) { appointClusterManager(input: $input) { id managers { id } } }`;
export const APPLY_TO_CLUSTER = `mutation Apply($input: ApplyToClusterInput!) {
  applyToCluster(input: $input) { id status message reason appliedAt decidedAt decidedBy { id } cluster { id } organization { id } }
}`;
export const ADMIT_MEMBER = `mutation Admit($input: ClusterDecisionInput!) {
  admitClusterMember(input: $input) { id status reason decidedAt decidedBy { id } }
}`;
export const VIEWER_MEMBERSHIPS = `query { viewer { memberships { id role organization { id } } } }`;

export type Member = SignedIn & { membershipId: string };

/** The first error's code and field, for compact assertions. */
export const refusal = (result: GraphQLResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
});

/** The caller's membership id in an organization. */
export async function membershipIdOf(client: TestClient, organizationId: string): Promise<string> {
  const data = await client.ok<{
    viewer: { memberships: { id: string; organization: { id: string } }[] };
  }>(VIEWER_MEMBERSHIPS);
  const membership = data.viewer.memberships.find((m) => m.organization.id === organizationId);
  if (!membership) throw new Error(`not a member of ${organizationId}`);
  return membership.id;
}

/** A new person who joins the organization with this role, the way people do: invited, signs up, accepts. */
export async function joinOrganization(
  t: TestApp,
  orgAdmin: TestClient,
  organizationId: string,
  role: 'ORG_ADMIN' | 'ORG_MEMBER' = 'ORG_MEMBER',
): Promise<Member> {
  const person = await signUp(t);
  const invited = await orgAdmin.ok<{ inviteMember: { id: string } }>(INVITE_MEMBER, {
    input: { organizationId, email: person.email, role },
  });
  const accepted = await person.client.ok<{ acceptInvitation: { id: string } }>(ACCEPT_INVITATION, {
    id: invited.inviteMember.id,
  });
  return { ...person, membershipId: accepted.acceptInvitation.id };
}

/** A new person appointed manager of the cluster by a platform admin. */
export async function appointManager(
  t: TestApp,
  admin: TestClient,
  clusterId: string,
): Promise<SignedIn> {
  const person = await signUp(t, { displayName: 'Cluster Manager' });
  await admin.ok(APPOINT_MANAGER, { input: { clusterId, email: person.email } });
  return person;
}

/** An ORG_ADMIN's application to a cluster; returns the cluster membership id. */
export async function applyToCluster(
  orgAdmin: TestClient,
  clusterId: string,
  organizationId: string,
  message = 'We make lightweight parts.',
): Promise<string> {
  const data = await orgAdmin.ok<{ applyToCluster: { id: string } }>(APPLY_TO_CLUSTER, {
    input: { clusterId, organizationId, message },
  });
  return data.applyToCluster.id;
}

/**
 * One person per role around one organization and one cluster:
 * - `org`: a firm with its ORG_ADMIN `orgAdmin` and a plain ORG_MEMBER `orgMember`;
 * - `otherOrg` with its own ORG_ADMIN `otherOrgAdmin` (no role in `org`);
 * - `cluster` managed by `manager`, `otherCluster` managed by `otherManager` (neither belongs to any organization);
 * - `admin`, a platform admin, and `anonymous`, signed out.
 */
export interface Cast {
  admin: SignedIn;
  anonymous: TestClient;
  org: { id: string; name: string };
  orgAdmin: Member;
  orgMember: Member;
  otherOrg: { id: string; name: string };
  otherOrgAdmin: Member;
  clusterOrg: { id: string; name: string };
  cluster: { id: string };
  manager: SignedIn;
  otherCluster: { id: string };
  otherManager: SignedIn;
}

export async function castOfRoles(t: TestApp): Promise<Cast> {
  const admin = await signUpAdmin(t);
  const orgAdminUser = await signUp(t, { displayName: 'Org Admin' });
  const org = await createOrganization(orgAdminUser.client);
  const orgAdmin = {
    ...orgAdminUser,
    membershipId: await membershipIdOf(orgAdminUser.client, org.id),
  };
  const orgMember = await joinOrganization(t, orgAdmin.client, org.id, 'ORG_MEMBER');
  const otherAdminUser = await signUp(t, { displayName: 'Other Org Admin' });
  const otherOrg = await createOrganization(otherAdminUser.client, {
    name: `Other Works ${Math.random().toString(36).slice(2, 8)}`,
  });
  const otherOrgAdmin = {
    ...otherAdminUser,
    membershipId: await membershipIdOf(otherAdminUser.client, otherOrg.id),
  };
  const clusterOrg = await createOrganization(admin.client, {
    name: 'Daegu Mobility Cluster Agency',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
  });
  const cluster = await createCluster(admin.client, clusterOrg.id);
  const otherCluster = await createCluster(admin.client, clusterOrg.id, {
    nameEn: `Gyeongbuk Battery Cluster ${Math.random().toString(36).slice(2, 8)}`,
    nameKo: '경북 배터리 클러스터',
    region: 'KR-47',
    focusSectors: ['27'],
  });
  const manager = await appointManager(t, admin.client, cluster.id);
  const otherManager = await appointManager(t, admin.client, otherCluster.id);
  return {
    admin,
    anonymous: t.client(),
    org,
    orgAdmin,
    orgMember,
    otherOrg,
    otherOrgAdmin,
    clusterOrg,
    cluster,
    manager,
    otherCluster,
    otherManager,
  };
}

export interface AuditRow {
  action: string;
  actor_id: string | null;
  object_type: string;
  object_id: string;
  organization_id: string | null;
  cluster_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit events written for one object, oldest first. */
export async function auditOf(t: TestApp, objectId: string): Promise<AuditRow[]> {
  return t.dataSource.query(
    `SELECT action, actor_id, object_type, object_id, organization_id, cluster_id, before, after FROM audit_event WHERE object_id = $1 ORDER BY created_at, action`,
    [objectId],
  );
}
