import {
  CREATE_CLUSTER,
  CREATE_ORGANIZATION,
  expectRefused,
  organizationInput,
  signUp,
} from '../support/factories';
import {
  ACCEPT_INVITATION,
  ADMIT_MEMBER,
  APPLY_TO_CLUSTER,
  APPOINT_MANAGER,
  INVITE_MEMBER,
  castOfRoles,
  joinOrganization,
  type Cast,
} from '../support/roles';
import { ACCEPT_NDA, SET_NDA, needIn } from '../support/listings';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const AUDIT = `query Audit($first: Int, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id action objectType objectId organizationId clusterId before after createdAt actor { id displayName email } } }
  }
}`;

interface AuditEvent {
  id: string;
  action: string;
  objectType: string;
  objectId: string;
  organizationId: string | null;
  clusterId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
  actor: { id: string; displayName: string; email: string | null } | null;
}
interface AuditPage {
  auditEvents: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: AuditEvent }[];
  };
}

const UPDATE_ORGANIZATION = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`;
const DECLINE = `mutation($id: ID!) { declineInvitation(id: $id) { id } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }`;
const REMOVE_MEMBER = `mutation($membershipId: ID!) { removeMember(membershipId: $membershipId) { id } }`;
const REMOVE_MANAGER = `mutation($clusterId: ID!, $userId: ID!) { removeClusterManager(clusterId: $clusterId, userId: $userId) { id } }`;
const REJECT = `mutation($input: ClusterDecisionInput!) { rejectClusterMember(input: $input) { id } }`;
const REMOVE_CLUSTER_MEMBER = `mutation($input: ClusterDecisionInput!) { removeClusterMember(input: $input) { id } }`;

let t: TestApp;
let cast: Cast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
});
afterAll(async () => {
  await t.close();
});

const auditCount = async (): Promise<number> =>
  (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n;

/** Every event the caller may list with this filter, newest first, walking pages of `first`. */
async function allEvents(
  client: TestClient,
  filter: Record<string, unknown> | null = null,
  first = 50,
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard += 1) {
    const data: AuditPage = await client.ok<AuditPage>(AUDIT, { first, after, filter });
    events.push(...data.auditEvents.edges.map((edge) => edge.node));
    if (!data.auditEvents.pageInfo.hasNextPage) break;
    after = data.auditEvents.pageInfo.endCursor;
  }
  return events;
}

/** Runs one state change and returns the events it wrote (read back as a platform admin). */
async function audited<T>(
  run: () => Promise<T>,
  expectedEvents = 1,
): Promise<{ result: T; events: AuditEvent[] }> {
  const before = new Set((await allEvents(cast.admin.client)).map((e) => e.id));
  const result = await run();
  const events = (await allEvents(cast.admin.client)).filter((e) => !before.has(e.id));
  expect(events).toHaveLength(expectedEvents);
  return { result, events };
}

describe('audit events: happy path', () => {
  it('records every change of state with its actor, action, object and before/after', async () => {
    const owner = await signUp(t, { displayName: 'Owner' });
    const created = await audited(
      () =>
        owner.client.ok<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
          input: organizationInput({ name: 'Audited Works' }),
        }),
      2,
    );
    const orgId = created.result.createOrganization.id;
    expect(created.events.map((e) => e.action).sort()).toEqual([
      'membership.created',
      'organization.created',
    ]);
    const orgCreated = created.events.find((e) => e.action === 'organization.created')!;
    expect(orgCreated).toMatchObject({
      objectType: 'Organization',
      objectId: orgId,
      organizationId: orgId,
      clusterId: null,
      before: null,
      actor: { id: owner.userId, displayName: 'Owner' },
    });
    expect(orgCreated.after).toMatchObject({
      name: 'Audited Works',
      kind: 'FIRM',
      size: 'SMALL',
      country: 'KR',
      region: 'KR-27',
    });

    const updated = await audited(() =>
      owner.client.ok(UPDATE_ORGANIZATION, { id: orgId, input: { size: 'MEDIUM' } }),
    );
    expect(updated.events[0]).toMatchObject({
      action: 'organization.updated',
      objectId: orgId,
      actor: { id: owner.userId },
      before: { size: 'SMALL' },
      after: { size: 'MEDIUM' },
    });

    const invitee = await signUp(t);
    const invited = await audited(() =>
      owner.client.ok<{ inviteMember: { id: string } }>(INVITE_MEMBER, {
        input: { organizationId: orgId, email: invitee.email, role: 'ORG_MEMBER' },
      }),
    );
    const invitationId = invited.result.inviteMember.id;
    expect(invited.events[0]).toMatchObject({
      action: 'invitation.created',
      objectType: 'Invitation',
      objectId: invitationId,
      organizationId: orgId,
      before: null,
      after: { email: invitee.email, role: 'ORG_MEMBER' },
    });

    const accepted = await audited(
      () =>
        invitee.client.ok<{ acceptInvitation: { id: string } }>(ACCEPT_INVITATION, {
          id: invitationId,
        }),
      2,
    );
    const membershipId = accepted.result.acceptInvitation.id;
    expect(accepted.events.find((e) => e.action === 'invitation.accepted')).toMatchObject({
      objectId: invitationId,
      actor: { id: invitee.userId },
      before: { status: 'PENDING' },
      after: { status: 'ACCEPTED' },
    });
    expect(accepted.events.find((e) => e.action === 'membership.created')).toMatchObject({
      objectType: 'Membership',
      objectId: membershipId,
      after: { userId: invitee.userId, role: 'ORG_MEMBER' },
    });

    const promoted = await audited(() =>
      owner.client.ok(CHANGE_ROLE, { input: { membershipId, role: 'ORG_ADMIN' } }),
    );
    expect(promoted.events[0]).toMatchObject({
      action: 'membership.roleChanged',
      objectId: membershipId,
      before: { role: 'ORG_MEMBER' },
      after: { role: 'ORG_ADMIN' },
    });

    const revocable = await owner.client.ok<{ inviteMember: { id: string } }>(INVITE_MEMBER, {
      input: { organizationId: orgId, email: 'revoked@example.org', role: 'ORG_MEMBER' },
    });
    const revoked = await audited(() => owner.client.ok(REVOKE, { id: revocable.inviteMember.id }));
    expect(revoked.events[0]).toMatchObject({
      action: 'invitation.revoked',
      objectId: revocable.inviteMember.id,
      actor: { id: owner.userId },
      before: { status: 'PENDING' },
      after: { status: 'REVOKED' },
    });

    const decliner = await signUp(t);
    const declinable = await owner.client.ok<{ inviteMember: { id: string } }>(INVITE_MEMBER, {
      input: { organizationId: orgId, email: decliner.email, role: 'ORG_ADMIN' },
    });
    const declined = await audited(() =>
      decliner.client.ok(DECLINE, { id: declinable.inviteMember.id }),
    );
    expect(declined.events[0]).toMatchObject({
      action: 'invitation.declined',
      actor: { id: decliner.userId },
      before: { status: 'PENDING' },
      after: { status: 'DECLINED' },
    });

    const left = await audited(() => invitee.client.ok(REMOVE_MEMBER, { membershipId }));
    expect(left.events[0]).toMatchObject({
      action: 'membership.removed',
      objectId: membershipId,
      actor: { id: invitee.userId },
      before: { userId: invitee.userId, role: 'ORG_ADMIN' },
      after: null,
    });

    const clusterOrg = await owner.client.ok<{ createOrganization: { id: string } }>(
      CREATE_ORGANIZATION,
      { input: organizationInput({ kind: 'CLUSTER_ORGANIZATION', size: null }) },
    );
    const clusterCreated = await audited(() =>
      cast.admin.client.ok<{ createCluster: { id: string } }>(CREATE_CLUSTER, {
        input: {
          nameEn: 'Audited Cluster',
          nameKo: '감사 클러스터',
          organizationId: clusterOrg.createOrganization.id,
          country: 'KR',
          region: 'KR-27',
          focusSectors: ['29'],
        },
      }),
    );
    const clusterId = clusterCreated.result.createCluster.id;
    expect(clusterCreated.events[0]).toMatchObject({
      action: 'cluster.created',
      objectType: 'Cluster',
      objectId: clusterId,
      clusterId,
      actor: { id: cast.admin.userId },
      before: null,
      after: { nameEn: 'Audited Cluster', focusSectors: ['29'] },
    });

    const manager = await signUp(t);
    const appointed = await audited(() =>
      cast.admin.client.ok(APPOINT_MANAGER, { input: { clusterId, email: manager.email } }),
    );
    expect(appointed.events[0]).toMatchObject({
      action: 'cluster.managerAppointed',
      clusterId,
      after: { managerId: manager.userId },
    });

    const applied = await audited(() =>
      owner.client.ok<{ applyToCluster: { id: string } }>(APPLY_TO_CLUSTER, {
        input: { clusterId, organizationId: orgId, message: 'Please.' },
      }),
    );
    const applicationId = applied.result.applyToCluster.id;
    expect(applied.events[0]).toMatchObject({
      action: 'clusterMembership.applied',
      objectType: 'ClusterMembership',
      objectId: applicationId,
      clusterId,
      organizationId: orgId,
      actor: { id: owner.userId },
      before: null,
      after: { status: 'PENDING' },
    });

    const rejected = await audited(() =>
      manager.client.ok(REJECT, { input: { membershipId: applicationId, reason: 'Too early.' } }),
    );
    expect(rejected.events[0]).toMatchObject({
      action: 'clusterMembership.rejected',
      actor: { id: manager.userId },
      before: { status: 'PENDING' },
      after: { status: 'REJECTED', reason: 'Too early.' },
    });

    const reapplied = await audited(() =>
      owner.client.ok(APPLY_TO_CLUSTER, { input: { clusterId, organizationId: orgId } }),
    );
    expect(reapplied.events[0]).toMatchObject({
      action: 'clusterMembership.applied',
      objectId: applicationId,
      before: { status: 'REJECTED', reason: 'Too early.' },
      after: { status: 'PENDING', reason: null },
    });

    const admitted = await audited(() =>
      manager.client.ok(ADMIT_MEMBER, { input: { membershipId: applicationId } }),
    );
    expect(admitted.events[0]).toMatchObject({
      action: 'clusterMembership.admitted',
      before: { status: 'PENDING' },
      after: { status: 'ACTIVE' },
    });

    const removed = await audited(() =>
      manager.client.ok(REMOVE_CLUSTER_MEMBER, {
        input: { membershipId: applicationId, reason: 'Closed its plant.' },
      }),
    );
    expect(removed.events[0]).toMatchObject({
      action: 'clusterMembership.removed',
      before: { status: 'ACTIVE' },
      after: { status: 'REMOVED', reason: 'Closed its plant.' },
    });

    const managerRemoved = await audited(() =>
      cast.admin.client.ok(REMOVE_MANAGER, { clusterId, userId: manager.userId }),
    );
    expect(managerRemoved.events[0]).toMatchObject({
      action: 'cluster.managerRemoved',
      clusterId,
      actor: { id: cast.admin.userId },
      before: { managerId: manager.userId },
      after: null,
    });

    // The audit trail shares no e-mail address of an actor, even with a platform admin.
    expect(removed.events[0]!.actor).toEqual({
      id: manager.userId,
      displayName: expect.any(String),
      email: null,
    });
  });

  it('writes nothing when a change is refused', async () => {
    const before = await auditCount();
    await cast.orgMember.client.gql(UPDATE_ORGANIZATION, {
      id: cast.org.id,
      input: { name: 'Nope' },
    });
    await cast.orgAdmin.client.gql(CHANGE_ROLE, {
      input: { membershipId: cast.orgAdmin.membershipId, role: 'ORG_MEMBER' },
    });
    await cast.otherManager.client.gql(ADMIT_MEMBER, {
      input: { membershipId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(await auditCount()).toBe(before);
  });

  it('shows a platform admin every event, newest first, across pages without duplicates or gaps', async () => {
    const total = await auditCount();
    const paged = await allEvents(cast.admin.client, null, 4);
    expect(paged).toHaveLength(total);
    expect(new Set(paged.map((e) => e.id)).size).toBe(total);
    const times = paged.map((e) => Date.parse(e.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(paged.map((e) => e.id)).toEqual(
      (await allEvents(cast.admin.client, null, 100)).map((e) => e.id),
    );
    // Filters narrow what an admin sees.
    const ofCluster = await allEvents(cast.admin.client, { clusterId: cast.cluster.id });
    expect(ofCluster.length).toBeGreaterThan(0);
    expect(ofCluster.every((e) => e.clusterId === cast.cluster.id)).toBe(true);
  });

  it('shows a cluster manager the events of the clusters they manage, and nothing else', async () => {
    const application = await cast.orgAdmin.client.ok<{ applyToCluster: { id: string } }>(
      APPLY_TO_CLUSTER,
      { input: { clusterId: cast.cluster.id, organizationId: cast.org.id } },
    );
    await cast.manager.client.ok(ADMIT_MEMBER, {
      input: { membershipId: application.applyToCluster.id },
    });
    const otherApplication = await cast.otherOrgAdmin.client.ok<{ applyToCluster: { id: string } }>(
      APPLY_TO_CLUSTER,
      { input: { clusterId: cast.otherCluster.id, organizationId: cast.otherOrg.id } },
    );

    const seen = await allEvents(cast.manager.client);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.clusterId === cast.cluster.id)).toBe(true);
    expect(seen.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'cluster.created',
        'cluster.managerAppointed',
        'clusterMembership.applied',
        'clusterMembership.admitted',
      ]),
    );
    expect(seen.map((e) => e.objectId)).not.toContain(otherApplication.applyToCluster.id);
    const expected = (
      await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE cluster_id = $1`, [
        cast.cluster.id,
      ])
    )[0].n;
    expect(seen).toHaveLength(expected);
    expect(await allEvents(cast.manager.client, { clusterId: cast.cluster.id })).toHaveLength(
      expected,
    );
    const otherSeen = await allEvents(cast.otherManager.client);
    expect(otherSeen.map((e) => e.objectId)).toContain(otherApplication.applyToCluster.id);
    expect(otherSeen.every((e) => e.clusterId === cast.otherCluster.id)).toBe(true);
  });

  it('shows an ORG_ADMIN the events of their organization, and nothing else', async () => {
    const seen = await allEvents(cast.orgAdmin.client);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.organizationId === cast.org.id)).toBe(true);
    expect(seen.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'organization.created',
        'membership.created',
        'invitation.created',
        'invitation.accepted',
      ]),
    );
    const expected = (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1`,
        [cast.org.id],
      )
    )[0].n;
    expect(seen).toHaveLength(expected);
    expect(await allEvents(cast.orgAdmin.client, { organizationId: cast.org.id })).toHaveLength(
      expected,
    );
    expect(seen.some((e) => e.organizationId === cast.otherOrg.id)).toBe(false);
  });

  it('stops showing an organization’s events to an ORG_ADMIN who became a plain member', async () => {
    const coAdmin = await joinOrganization(t, cast.orgAdmin.client, cast.org.id, 'ORG_ADMIN');
    expect((await allEvents(coAdmin.client)).length).toBeGreaterThan(0);
    await cast.orgAdmin.client.ok(CHANGE_ROLE, {
      input: { membershipId: coAdmin.membershipId, role: 'ORG_MEMBER' },
    });
    await expectRefused(t, () => coAdmin.client.gql(AUDIT, {}), 'FORBIDDEN');
  });
});

describe('audit events: one state change, one event', () => {
  const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { preferredLanguage } }`;

  it('records a language switch once, and nothing when the language or the profile stays as it was', async () => {
    const user = await signUp(t, { preferredLanguage: 'en' });
    const events = async () =>
      (await t.dataSource.query(
        `SELECT action, before, after FROM audit_event WHERE object_id = $1 AND action = 'user.profileUpdated' ORDER BY created_at`,
        [user.userId],
      )) as { after: { preferredLanguage: string } }[];
    await audited(() => user.client.ok(UPDATE_PROFILE, { input: { preferredLanguage: 'en' } }), 0);
    await audited(() => user.client.ok(UPDATE_PROFILE, { input: { preferredLanguage: 'ko' } }), 1);
    await audited(() => user.client.ok(UPDATE_PROFILE, { input: { preferredLanguage: 'ko' } }), 0);
    await audited(
      () =>
        user.client.ok(UPDATE_PROFILE, {
          input: { preferredLanguage: 'ko', displayName: 'Test User' },
        }),
      0,
    );
    expect((await events()).map((event) => event.after.preferredLanguage)).toEqual(['ko']);
  });

  it('records nothing when an organization is saved unchanged', async () => {
    const input = { description: `Unchanged ${Date.now()}` };
    await audited(
      () => cast.orgAdmin.client.ok(UPDATE_ORGANIZATION, { id: cast.org.id, input }),
      1,
    );
    await audited(
      () => cast.orgAdmin.client.ok(UPDATE_ORGANIZATION, { id: cast.org.id, input }),
      0,
    );
  });

  it('records a token revoked by several requests at once once', async () => {
    const owner = await signUp(t);
    const created = await owner.client.ok<{ createApiToken: { apiToken: { id: string } } }>(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }`,
      { input: { name: 'nightly export' } },
    );
    const id = created.createApiToken.apiToken.id;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        owner.client.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`, { id }),
      ),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    const [row] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'apiToken.revoked'`,
      [id],
    )) as { n: number }[];
    expect(row!.n).toBe(1);
  });

  it('records an NDA acceptance once, and shows that one event to the ORG_ADMINs of both organizations', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await cast.orgAdmin.client.ok(SET_NDA, {
      id: need.id,
      input: { text: 'Keep the details secret for three years.', version: 'v1' },
    });
    const { events } = await audited(
      () =>
        cast.otherOrgAdmin.client.ok(ACCEPT_NDA, {
          input: { needId: need.id, organizationId: cast.otherOrg.id, version: 'v1' },
        }),
      1,
    );
    expect(events[0]).toMatchObject({
      action: 'nda.accepted',
      objectId: need.id,
      organizationId: cast.org.id,
      actor: { id: cast.otherOrgAdmin.userId },
      after: { acceptingOrganizationId: cast.otherOrg.id, version: 'v1' },
    });
    const acceptedFor = async (client: TestClient, organizationId?: string) =>
      (await allEvents(client, organizationId ? { organizationId } : null))
        .filter((event) => event.action === 'nda.accepted' && event.objectId === need.id)
        .map((event) => event.id);
    for (const [client, organizationId] of [
      [cast.orgAdmin.client, cast.org.id],
      [cast.otherOrgAdmin.client, cast.otherOrg.id],
    ] as const) {
      expect(await acceptedFor(client)).toEqual([events[0]!.id]);
      expect(await acceptedFor(client, organizationId)).toEqual([events[0]!.id]);
    }
    // Nobody else: not a plain member of either, not the cluster's manager.
    expect(await acceptedFor(cast.manager.client)).toEqual([]);
  });
});

describe('audit events: refusals', () => {
  it('refuses anonymous callers, plain members and people who run nothing', async () => {
    const nobody = await signUp(t);
    await expectRefused(t, () => cast.anonymous.gql(AUDIT, {}), 'UNAUTHENTICATED');
    await expectRefused(t, () => cast.orgMember.client.gql(AUDIT, {}), 'FORBIDDEN');
    await expectRefused(
      t,
      () => cast.orgMember.client.gql(AUDIT, { filter: { organizationId: cast.org.id } }),
      'FORBIDDEN',
    );
    await expectRefused(t, () => nobody.client.gql(AUDIT, {}), 'FORBIDDEN');
  });

  it('refuses a filter on what the caller does not run', async () => {
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(AUDIT, { filter: { organizationId: cast.otherOrg.id } }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(AUDIT, { filter: { clusterId: cast.cluster.id } }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(AUDIT, { filter: { clusterId: cast.otherCluster.id } }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(AUDIT, { filter: { organizationId: cast.org.id } }),
      'FORBIDDEN',
    );
  });

  const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
  it.each([
    ['first', { first: 0 }],
    ['first', { first: 500 }],
    ['after', { after: 'garbage' }],
    ['after', { after: forged(['yesterday', '00000000-0000-4000-8000-000000000000']) }],
    ['after', { after: forged([new Date().toISOString(), 'not-a-uuid']) }],
    ['clusterId', { filter: { clusterId: 'not-a-uuid' } }],
    ['organizationId', { filter: { organizationId: 'not-a-uuid' } }],
  ])('refuses a bad %s', async (field, variables) => {
    await expectRefused(t, () => cast.admin.client.gql(AUDIT, variables), 'BAD_USER_INPUT', field);
  });
});
