import { createCluster, createOrganization, expectRefused, signUp } from '../support/factories';
import {
  ADMIT_MEMBER,
  APPLY_TO_CLUSTER,
  applyToCluster,
  appointManager,
  auditOf,
  castOfRoles,
  joinOrganization,
  type Cast,
} from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const REJECT = `mutation Reject($input: ClusterDecisionInput!) { rejectClusterMember(input: $input) { id status reason decidedAt decidedBy { id } } }`;
const REMOVE = `mutation Remove($input: ClusterDecisionInput!) { removeClusterMember(input: $input) { id status reason decidedAt decidedBy { id } } }`;
const MEMBERS = `query Members($id: ID!, $status: ClusterMembershipStatus) {
  cluster(id: $id) { memberCount viewerIsManager members(status: $status) { id status message reason organization { id } } }
}`;
const ORG_CLUSTERS = `query OrgClusters($id: ID!) { organization(id: $id) { clusterMemberships { id status cluster { id } } } }`;

interface MembersData {
  cluster: {
    memberCount: number;
    viewerIsManager: boolean;
    members: {
      id: string;
      status: string;
      message: string;
      reason: string | null;
      organization: { id: string };
    }[];
  };
}
interface Decision {
  id: string;
  status: string;
  reason: string | null;
  decidedAt: string | null;
  decidedBy: { id: string } | null;
}

let t: TestApp;
let cast: Cast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
});
afterAll(async () => {
  await t.close();
});

const members = async (client: TestClient, clusterId: string, status?: string) =>
  (await client.ok<MembersData>(MEMBERS, { id: clusterId, status: status ?? null })).cluster;
const visibleIds = async (client: TestClient, clusterId: string) =>
  (await members(client, clusterId)).members.map((m) => m.id);
const orgClusterIds = async (client: TestClient, organizationId: string) =>
  (
    await client.ok<{ organization: { clusterMemberships: { id: string }[] } }>(ORG_CLUSTERS, {
      id: organizationId,
    })
  ).organization.clusterMemberships.map((m) => m.id);

/** A firm of its own with its ORG_ADMIN, ready to apply. */
async function applicant() {
  const admin = await signUp(t, { displayName: 'Applicant Admin' });
  const org = await createOrganization(admin.client);
  return { admin, org };
}

describe('cluster memberships: happy path', () => {
  it('takes an application as PENDING, and the manager admits it as ACTIVE; both are audited', async () => {
    const { admin, org } = await applicant();
    const applied = await admin.client.ok<{
      applyToCluster: Decision & {
        message: string;
        cluster: { id: string };
        organization: { id: string };
        appliedAt: string;
      };
    }>(APPLY_TO_CLUSTER, {
      input: {
        clusterId: cast.cluster.id,
        organizationId: org.id,
        message: '  We make EV battery housings.  ',
      },
    });
    const membershipId = applied.applyToCluster.id;
    expect(applied.applyToCluster).toMatchObject({
      status: 'PENDING',
      message: 'We make EV battery housings.',
      reason: null,
      decidedAt: null,
      decidedBy: null,
      cluster: { id: cast.cluster.id },
      organization: { id: org.id },
    });
    expect((await members(cast.anonymous, cast.cluster.id)).memberCount).toBe(0);

    const admitted = await cast.manager.client.ok<{ admitClusterMember: Decision }>(ADMIT_MEMBER, {
      input: { membershipId },
    });
    expect(admitted.admitClusterMember).toMatchObject({
      id: membershipId,
      status: 'ACTIVE',
      reason: null,
      decidedBy: { id: cast.manager.userId },
    });
    expect(Date.parse(admitted.admitClusterMember.decidedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const seen = await members(cast.anonymous, cast.cluster.id);
    expect(seen.memberCount).toBe(1);
    expect(seen.members).toEqual([
      {
        id: membershipId,
        status: 'ACTIVE',
        message: 'We make EV battery housings.',
        reason: null,
        organization: { id: org.id },
      },
    ]);
    expect(await orgClusterIds(cast.anonymous, org.id)).toEqual([membershipId]);

    expect(
      (await auditOf(t, membershipId)).map((e) => [
        e.action,
        e.actor_id,
        e.cluster_id,
        e.organization_id,
        e.before,
        e.after,
      ]),
    ).toEqual([
      [
        'clusterMembership.applied',
        admin.userId,
        cast.cluster.id,
        org.id,
        null,
        { organizationId: org.id, status: 'PENDING', reason: null },
      ],
      [
        'clusterMembership.admitted',
        cast.manager.userId,
        cast.cluster.id,
        org.id,
        { organizationId: org.id, status: 'PENDING', reason: null },
        { organizationId: org.id, status: 'ACTIVE', reason: null },
      ],
    ]);
    // Clean up for the counts of later tests.
    await cast.manager.client.ok(REMOVE, { input: { membershipId, reason: 'Test finished.' } });
  });

  it('rejects with a reason shown to the organization; the organization may apply again on the same record', async () => {
    const { admin, org } = await applicant();
    const membershipId = await applyToCluster(admin.client, cast.cluster.id, org.id);
    const rejected = await cast.manager.client.ok<{ rejectClusterMember: Decision }>(REJECT, {
      input: { membershipId, reason: ' Not located in the industrial complex. ' },
    });
    expect(rejected.rejectClusterMember).toMatchObject({
      status: 'REJECTED',
      reason: 'Not located in the industrial complex.',
      decidedBy: { id: cast.manager.userId },
    });
    // The organization's own members read the decision; the public does not see it.
    expect((await members(admin.client, cast.cluster.id)).members).toEqual([
      expect.objectContaining({
        id: membershipId,
        status: 'REJECTED',
        reason: 'Not located in the industrial complex.',
      }),
    ]);
    expect(await visibleIds(cast.anonymous, cast.cluster.id)).not.toContain(membershipId);
    // Every member of the organization reads it, not only the ORG_ADMIN who applied; other organizations do not.
    const colleague = await joinOrganization(t, admin.client, org.id, 'ORG_MEMBER');
    const ORG_DECISIONS = `query($id: ID!) { organization(id: $id) { clusterMemberships { id status reason } } }`;
    const seenByColleague = await colleague.client.ok<{
      organization: { clusterMemberships: { id: string; status: string; reason: string | null }[] };
    }>(ORG_DECISIONS, { id: org.id });
    expect(seenByColleague.organization.clusterMemberships).toEqual([
      { id: membershipId, status: 'REJECTED', reason: 'Not located in the industrial complex.' },
    ]);
    expect(await orgClusterIds(cast.otherOrgAdmin.client, org.id)).toEqual([]);

    const again = await admin.client.ok<{ applyToCluster: Decision & { message: string } }>(
      APPLY_TO_CLUSTER,
      {
        input: {
          clusterId: cast.cluster.id,
          organizationId: org.id,
          message: 'We moved to Seongseo.',
        },
      },
    );
    expect(again.applyToCluster).toMatchObject({
      id: membershipId,
      status: 'PENDING',
      reason: null,
      decidedAt: null,
      decidedBy: null,
      message: 'We moved to Seongseo.',
    });
    const events = await auditOf(t, membershipId);
    expect(events.map((e) => e.action)).toEqual([
      'clusterMembership.applied',
      'clusterMembership.rejected',
      'clusterMembership.applied',
    ]);
    expect(events[1]).toMatchObject({
      actor_id: cast.manager.userId,
      before: { status: 'PENDING', reason: null },
      after: { status: 'REJECTED', reason: 'Not located in the industrial complex.' },
    });
    expect(events[2]).toMatchObject({
      before: { status: 'REJECTED', reason: 'Not located in the industrial complex.' },
      after: { status: 'PENDING', reason: null },
    });
    await cast.manager.client.ok(ADMIT_MEMBER, { input: { membershipId } });
    await cast.manager.client.ok(REMOVE, { input: { membershipId, reason: 'Test finished.' } });
  });

  it('removes an ACTIVE member with a reason; the count drops; the organization may apply again', async () => {
    const { admin, org } = await applicant();
    const membershipId = await applyToCluster(admin.client, cast.cluster.id, org.id);
    await cast.manager.client.ok(ADMIT_MEMBER, { input: { membershipId } });
    const before = (await members(cast.anonymous, cast.cluster.id)).memberCount;
    const removed = await cast.manager.client.ok<{ removeClusterMember: Decision }>(REMOVE, {
      input: { membershipId, reason: 'Left the industrial complex.' },
    });
    expect(removed.removeClusterMember).toMatchObject({
      status: 'REMOVED',
      reason: 'Left the industrial complex.',
      decidedBy: { id: cast.manager.userId },
    });
    expect((await members(cast.anonymous, cast.cluster.id)).memberCount).toBe(before - 1);
    expect(await visibleIds(cast.anonymous, cast.cluster.id)).not.toContain(membershipId);
    expect((await auditOf(t, membershipId)).at(-1)).toMatchObject({
      action: 'clusterMembership.removed',
      actor_id: cast.manager.userId,
      before: { status: 'ACTIVE', reason: null },
      after: { status: 'REMOVED', reason: 'Left the industrial complex.' },
    });
    const again = await admin.client.ok<{ applyToCluster: Decision }>(APPLY_TO_CLUSTER, {
      input: { clusterId: cast.cluster.id, organizationId: org.id },
    });
    expect(again.applyToCluster).toMatchObject({ id: membershipId, status: 'PENDING' });
  });

  it('lets a platform admin apply for any organization and admit, reject and remove in any cluster', async () => {
    const { org } = await applicant();
    const { org: second } = await applicant();
    const a = await applyToCluster(cast.admin.client, cast.otherCluster.id, org.id);
    const b = await applyToCluster(cast.admin.client, cast.otherCluster.id, second.id);
    await cast.admin.client.ok(ADMIT_MEMBER, { input: { membershipId: a } });
    await cast.admin.client.ok(REJECT, {
      input: { membershipId: b, reason: 'Outside the focus sectors.' },
    });
    const removed = await cast.admin.client.ok<{ removeClusterMember: Decision }>(REMOVE, {
      input: { membershipId: a, reason: 'Merged into another firm.' },
    });
    expect(removed.removeClusterMember).toMatchObject({
      status: 'REMOVED',
      decidedBy: { id: cast.admin.userId },
    });
    expect((await auditOf(t, b)).at(-1)).toMatchObject({
      action: 'clusterMembership.rejected',
      actor_id: cast.admin.userId,
    });
  });

  it('shows ACTIVE members to everyone, and other statuses only to the cluster’s managers, platform admins and the organization’s members', async () => {
    const cluster = await createCluster(cast.admin.client, cast.clusterOrg.id);
    const manager = (await appointManager(t, cast.admin.client, cluster.id)).client;
    const active = await applicant();
    const activeId = await applyToCluster(active.admin.client, cluster.id, active.org.id);
    await manager.ok(ADMIT_MEMBER, { input: { membershipId: activeId } });
    const pendingId = await applyToCluster(cast.orgAdmin.client, cluster.id, cast.org.id);
    const rejected = await applicant();
    const rejectedId = await applyToCluster(rejected.admin.client, cluster.id, rejected.org.id);
    await manager.ok(REJECT, { input: { membershipId: rejectedId, reason: 'Not a fit.' } });

    const all = [activeId, pendingId, rejectedId].sort();
    expect((await visibleIds(manager, cluster.id)).sort()).toEqual(all);
    expect((await visibleIds(cast.admin.client, cluster.id)).sort()).toEqual(all);
    expect((await visibleIds(cast.orgAdmin.client, cluster.id)).sort()).toEqual(
      [activeId, pendingId].sort(),
    );
    expect((await visibleIds(cast.orgMember.client, cluster.id)).sort()).toEqual(
      [activeId, pendingId].sort(),
    );
    expect((await visibleIds(rejected.admin.client, cluster.id)).sort()).toEqual(
      [activeId, rejectedId].sort(),
    );
    for (const outsider of [
      cast.anonymous,
      cast.otherOrgAdmin.client,
      cast.otherManager.client,
      cast.manager.client,
    ]) {
      expect(await visibleIds(outsider, cluster.id)).toEqual([activeId]);
      // Asking for a status by name does not reveal it either.
      expect((await members(outsider, cluster.id, 'PENDING')).members).toEqual([]);
      expect((await members(outsider, cluster.id, 'REJECTED')).members).toEqual([]);
      expect(await orgClusterIds(outsider, cast.org.id)).not.toContain(pendingId);
      expect(await orgClusterIds(outsider, rejected.org.id)).toEqual([]);
    }
    expect((await members(manager, cluster.id, 'PENDING')).members.map((m) => m.id)).toEqual([
      pendingId,
    ]);
    expect(await orgClusterIds(cast.orgMember.client, cast.org.id)).toContain(pendingId);
    expect(await orgClusterIds(manager, rejected.org.id)).toEqual([rejectedId]);
    // The count is of ACTIVE members, whoever asks.
    for (const viewer of [cast.anonymous, manager, cast.admin.client])
      expect((await members(viewer, cluster.id)).memberCount).toBe(1);
    expect((await members(manager, cluster.id)).viewerIsManager).toBe(true);
    expect((await members(cast.otherManager.client, cluster.id)).viewerIsManager).toBe(false);
    expect((await members(cast.anonymous, cluster.id)).viewerIsManager).toBe(false);
  });
});

describe('cluster memberships: refusals', () => {
  const absent = '00000000-0000-4000-8000-000000000000';
  let pendingId: string;
  let activeId: string;
  let activeOrg: { id: string };
  let activeAdmin: TestClient;

  beforeAll(async () => {
    // cast.org has a PENDING application to cast.cluster; another firm is an ACTIVE member.
    pendingId = await applyToCluster(cast.orgAdmin.client, cast.cluster.id, cast.org.id);
    const active = await applicant();
    activeOrg = active.org;
    activeAdmin = active.admin.client;
    activeId = await applyToCluster(active.admin.client, cast.cluster.id, active.org.id);
    await cast.manager.client.ok(ADMIT_MEMBER, { input: { membershipId: activeId } });
  });

  describe('applyToCluster', () => {
    it.each([
      ['clusterId', { clusterId: 'not-a-uuid' }],
      ['organizationId', { organizationId: 'not-a-uuid' }],
      ['message', { message: 'x'.repeat(2001) }],
    ])('refuses a bad %s', async (field, overrides) => {
      const { admin, org } = await applicant();
      await expectRefused(
        t,
        () =>
          admin.client.gql(APPLY_TO_CLUSTER, {
            input: {
              clusterId: cast.cluster.id,
              organizationId: org.id,
              message: 'Hello',
              ...overrides,
            },
          }),
        'BAD_USER_INPUT',
        field,
      );
    });

    it('refuses an application while one is pending or the organization is a member (CONFLICT), and unknown clusters or organizations', async () => {
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(APPLY_TO_CLUSTER, {
            input: { clusterId: cast.cluster.id, organizationId: cast.org.id },
          }),
        'CONFLICT',
        'status',
      );
      await expectRefused(
        t,
        () =>
          activeAdmin.gql(APPLY_TO_CLUSTER, {
            input: { clusterId: cast.cluster.id, organizationId: activeOrg.id },
          }),
        'CONFLICT',
        'status',
      );
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(APPLY_TO_CLUSTER, {
            input: { clusterId: absent, organizationId: cast.org.id },
          }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(APPLY_TO_CLUSTER, {
            input: { clusterId: cast.cluster.id, organizationId: absent },
          }),
        'NOT_FOUND',
      );
    });

    it('refuses everyone but the organization’s ORG_ADMINs and platform admins', async () => {
      const input = { clusterId: cast.otherCluster.id, organizationId: cast.org.id };
      await expectRefused(
        t,
        () => cast.anonymous.gql(APPLY_TO_CLUSTER, { input }),
        'UNAUTHENTICATED',
      );
      await expectRefused(
        t,
        () => cast.orgMember.client.gql(APPLY_TO_CLUSTER, { input }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () => cast.otherOrgAdmin.client.gql(APPLY_TO_CLUSTER, { input }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () => cast.otherManager.client.gql(APPLY_TO_CLUSTER, { input }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () => cast.manager.client.gql(APPLY_TO_CLUSTER, { input }),
        'FORBIDDEN',
      );
    });

    it('refuses the cluster’s own organization (BAD_USER_INPUT on organizationId), even for a platform admin', async () => {
      // castOfRoles' platform admin created the cluster organization, so is its ORG_ADMIN as well.
      await expectRefused(
        t,
        () =>
          cast.admin.client.gql(APPLY_TO_CLUSTER, {
            input: { clusterId: cast.cluster.id, organizationId: cast.clusterOrg.id },
          }),
        'BAD_USER_INPUT',
        'organizationId',
      );
    });

    it('refuses a manager of the cluster who applies for a firm they administer (FORBIDDEN): they decide on its applications', async () => {
      const firm = await createOrganization(cast.manager.client);
      await expectRefused(
        t,
        () =>
          cast.manager.client.gql(APPLY_TO_CLUSTER, {
            input: { clusterId: cast.cluster.id, organizationId: firm.id },
          }),
        'FORBIDDEN',
      );
      // Another cluster's manager may apply for their firm here.
      const otherFirm = await createOrganization(cast.otherManager.client);
      const applied = await cast.otherManager.client.gql<{ applyToCluster: { status: string } }>(
        APPLY_TO_CLUSTER,
        { input: { clusterId: cast.cluster.id, organizationId: otherFirm.id } },
      );
      expect(applied.data?.applyToCluster.status).toBe('PENDING');
    });
  });

  describe.each([
    ['admitClusterMember', ADMIT_MEMBER, {}],
    ['rejectClusterMember', REJECT, { reason: 'Outside the focus sectors.' }],
  ])('%s of a PENDING application', (_name, mutation, extra) => {
    it('refuses a malformed or unknown membership id', async () => {
      await expectRefused(
        t,
        () =>
          cast.manager.client.gql(mutation, { input: { membershipId: 'not-a-uuid', ...extra } }),
        'BAD_USER_INPUT',
        'membershipId',
      );
      await expectRefused(
        t,
        () => cast.manager.client.gql(mutation, { input: { membershipId: '', ...extra } }),
        'BAD_USER_INPUT',
        'membershipId',
      );
      await expectRefused(
        t,
        () => cast.manager.client.gql(mutation, { input: { membershipId: absent, ...extra } }),
        'NOT_FOUND',
      );
    });

    it('refuses a membership that is not pending as CONFLICT', async () => {
      await expectRefused(
        t,
        () => cast.manager.client.gql(mutation, { input: { membershipId: activeId, ...extra } }),
        'CONFLICT',
        'status',
      );
    });

    it('refuses everyone but this cluster’s managers and platform admins; who may not see the application gets NOT_FOUND', async () => {
      const input = { membershipId: pendingId, ...extra };
      await expectRefused(t, () => cast.anonymous.gql(mutation, { input }), 'UNAUTHENTICATED');
      await expectRefused(t, () => cast.orgAdmin.client.gql(mutation, { input }), 'FORBIDDEN');
      await expectRefused(t, () => cast.orgMember.client.gql(mutation, { input }), 'FORBIDDEN');
      await expectRefused(t, () => cast.otherOrgAdmin.client.gql(mutation, { input }), 'NOT_FOUND');
      await expectRefused(t, () => cast.otherManager.client.gql(mutation, { input }), 'NOT_FOUND');
    });
  });

  it('admitClusterMember refuses a REJECTED or REMOVED membership as CONFLICT, and a reason that is too long', async () => {
    const { admin, org } = await applicant();
    const rejectedId = await applyToCluster(admin.client, cast.cluster.id, org.id);
    await cast.manager.client.ok(REJECT, {
      input: { membershipId: rejectedId, reason: 'Not a fit.' },
    });
    await expectRefused(
      t,
      () => cast.manager.client.gql(ADMIT_MEMBER, { input: { membershipId: rejectedId } }),
      'CONFLICT',
      'status',
    );
    const removed = await applicant();
    const removedId = await applyToCluster(removed.admin.client, cast.cluster.id, removed.org.id);
    await cast.manager.client.ok(ADMIT_MEMBER, { input: { membershipId: removedId } });
    await cast.manager.client.ok(REMOVE, {
      input: { membershipId: removedId, reason: 'Left the complex.' },
    });
    await expectRefused(
      t,
      () => cast.manager.client.gql(ADMIT_MEMBER, { input: { membershipId: removedId } }),
      'CONFLICT',
      'status',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(ADMIT_MEMBER, {
          input: { membershipId: pendingId, reason: 'x'.repeat(1001) },
        }),
      'BAD_USER_INPUT',
      'reason',
    );
  });

  it.each([
    ['no reason', {}],
    ['a null reason', { reason: null }],
    ['a blank reason', { reason: '    ' }],
    ['a too short reason', { reason: 'no' }],
    ['a too long reason', { reason: 'x'.repeat(1001) }],
  ])('rejectClusterMember refuses %s on "reason"', async (_label, extra) => {
    await expectRefused(
      t,
      () => cast.manager.client.gql(REJECT, { input: { membershipId: pendingId, ...extra } }),
      'BAD_USER_INPUT',
      'reason',
    );
  });

  describe('removeClusterMember', () => {
    it.each([
      ['no reason', {}],
      ['a blank reason', { reason: '  ' }],
      ['a too short reason', { reason: 'ok' }],
    ])('refuses %s on "reason"', async (_label, extra) => {
      await expectRefused(
        t,
        () => cast.manager.client.gql(REMOVE, { input: { membershipId: activeId, ...extra } }),
        'BAD_USER_INPUT',
        'reason',
      );
    });

    it('refuses a malformed id, and a membership that is not ACTIVE as CONFLICT', async () => {
      await expectRefused(
        t,
        () =>
          cast.manager.client.gql(REMOVE, {
            input: { membershipId: 'not-a-uuid', reason: 'Left.' },
          }),
        'BAD_USER_INPUT',
        'membershipId',
      );
      await expectRefused(
        t,
        () =>
          cast.manager.client.gql(REMOVE, {
            input: { membershipId: pendingId, reason: 'Left the complex.' },
          }),
        'CONFLICT',
        'status',
      );
      await expectRefused(
        t,
        () =>
          cast.manager.client.gql(REMOVE, {
            input: { membershipId: absent, reason: 'Left the complex.' },
          }),
        'NOT_FOUND',
      );
    });

    it('refuses everyone but this cluster’s managers and platform admins; an ACTIVE membership is public, so others are FORBIDDEN', async () => {
      const input = { membershipId: activeId, reason: 'Hostile takeover.' };
      await expectRefused(t, () => cast.anonymous.gql(REMOVE, { input }), 'UNAUTHENTICATED');
      await expectRefused(t, () => activeAdmin.gql(REMOVE, { input }), 'FORBIDDEN');
      await expectRefused(t, () => cast.orgAdmin.client.gql(REMOVE, { input }), 'FORBIDDEN');
      await expectRefused(t, () => cast.otherOrgAdmin.client.gql(REMOVE, { input }), 'FORBIDDEN');
      await expectRefused(t, () => cast.otherManager.client.gql(REMOVE, { input }), 'FORBIDDEN');
    });
  });

  it('a member of the applying organization who joined later sees its application but cannot decide on it', async () => {
    const newcomer = await joinOrganization(t, cast.orgAdmin.client, cast.org.id);
    expect(await visibleIds(newcomer.client, cast.cluster.id)).toContain(pendingId);
    await expectRefused(
      t,
      () => newcomer.client.gql(ADMIT_MEMBER, { input: { membershipId: pendingId } }),
      'FORBIDDEN',
    );
  });
});
