import {
  CREATE_CLUSTER,
  createCluster,
  createOrganization,
  expectRefused,
  signUp,
} from '../support/factories';
import {
  ADMIT_MEMBER,
  APPOINT_MANAGER,
  appointManager,
  applyToCluster,
  auditOf,
  castOfRoles,
  type Cast,
} from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const CLUSTER = `query Cluster($id: ID!) {
  cluster(id: $id) { id nameEn nameKo country region focusSectors description createdAt memberCount viewerIsManager
    organization { id name } managers { id displayName email } }
}`;
const CLUSTERS = `query Clusters($first: Int, $after: String, $filter: ClusterFilter) {
  clusters(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id nameEn } } }
}`;
const REMOVE_MANAGER = `mutation RemoveManager($clusterId: ID!, $userId: ID!) { removeClusterManager(clusterId: $clusterId, userId: $userId) { id managers { id } } }`;
const MANAGED = `query { viewer { managedClusters { id nameEn viewerIsManager } } }`;

interface ClusterData {
  id: string;
  nameEn: string;
  nameKo: string;
  country: string;
  region: string | null;
  focusSectors: string[];
  description: string;
  memberCount: number;
  viewerIsManager: boolean;
  organization: { id: string; name: string };
  managers: { id: string; displayName: string; email: string | null }[];
}
interface ClustersPage {
  clusters: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; nameEn: string } }[];
  };
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

const clusterInput = (overrides: Record<string, unknown> = {}) => ({
  nameEn: 'Daegu Future Mobility Mini-cluster',
  nameKo: '대구 미래차 미니클러스터',
  organizationId: cast.clusterOrg.id,
  country: 'KR',
  region: 'KR-27',
  focusSectors: ['29', '28'],
  description: 'Parts makers of the Seongseo industrial complex moving to electric vehicles.',
  ...overrides,
});

/** Every cluster id the filter finds, walking pages of `first`; checks totalCount and that nothing repeats. */
async function walk(
  client: TestClient,
  filter: Record<string, unknown> | null,
  first: number,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  let total: number | null = null;
  for (let guard = 0; guard < 200; guard += 1) {
    const data: ClustersPage = await client.ok<ClustersPage>(CLUSTERS, { first, after, filter });
    total ??= data.clusters.totalCount;
    expect(data.clusters.totalCount).toBe(total);
    seen.push(...data.clusters.edges.map((edge) => edge.node.id));
    if (!data.clusters.pageInfo.hasNextPage) break;
    after = data.clusters.pageInfo.endCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toHaveLength(total!);
  return seen;
}

describe('clusters: happy path', () => {
  it('lets a platform admin create a cluster, audited, and shows it to anyone', async () => {
    const created = await cast.admin.client.ok<{
      createCluster: { id: string; nameEn: string; nameKo: string; focusSectors: string[] };
    }>(CREATE_CLUSTER, {
      input: clusterInput({
        nameEn: '  Daegu Future Mobility Mini-cluster ',
        description: undefined,
      }),
    });
    const { id } = created.createCluster;
    expect(created.createCluster).toMatchObject({
      nameEn: 'Daegu Future Mobility Mini-cluster',
      nameKo: '대구 미래차 미니클러스터',
      focusSectors: ['29', '28'],
    });
    const read = await cast.anonymous.ok<{ cluster: ClusterData }>(CLUSTER, { id });
    expect(read.cluster).toMatchObject({
      id,
      country: 'KR',
      region: 'KR-27',
      description: '',
      memberCount: 0,
      viewerIsManager: false,
      organization: { id: cast.clusterOrg.id, name: cast.clusterOrg.name },
      managers: [],
    });
    expect(await auditOf(t, id)).toEqual([
      expect.objectContaining({
        action: 'cluster.created',
        actor_id: cast.admin.userId,
        object_type: 'Cluster',
        cluster_id: id,
        before: null,
        after: expect.objectContaining({
          nameEn: 'Daegu Future Mobility Mini-cluster',
          country: 'KR',
          focusSectors: ['29', '28'],
        }),
      }),
    ]);
  });

  it('creates an international cluster without a region', async () => {
    const org = await createOrganization(cast.admin.client, {
      name: 'Pôle Véhicule du Futur',
      kind: 'CLUSTER_ORGANIZATION',
      size: null,
      country: 'FR',
      region: 'FR-GES',
    });
    const cluster = await createCluster(cast.admin.client, org.id, {
      nameEn: 'Pôle Véhicule du Futur',
      nameKo: '미래 자동차 클러스터',
      country: 'FR',
      region: null,
    });
    const read = await cast.anonymous.ok<{ cluster: ClusterData }>(CLUSTER, { id: cluster.id });
    expect(read.cluster).toMatchObject({ country: 'FR', region: null });
  });

  it('appoints a manager, who then manages it; the appointment is audited', async () => {
    const cluster = await createCluster(cast.admin.client, cast.clusterOrg.id);
    const person = await signUp(t, { displayName: '박운영' });
    const appointed = await cast.admin.client.ok<{
      appointClusterManager: { managers: { id: string }[] };
    }>(APPOINT_MANAGER, {
      input: { clusterId: cluster.id, email: ` ${person.email.toUpperCase()} ` },
    });
    expect(appointed.appointClusterManager.managers).toEqual([{ id: person.userId }]);
    const asManager = await person.client.ok<{ cluster: ClusterData }>(CLUSTER, { id: cluster.id });
    expect(asManager.cluster.viewerIsManager).toBe(true);
    expect(asManager.cluster.managers).toEqual([
      { id: person.userId, displayName: '박운영', email: person.email },
    ]);
    const managed = await person.client.ok<{
      viewer: { managedClusters: { id: string; viewerIsManager: boolean }[] };
    }>(MANAGED);
    expect(managed.viewer.managedClusters).toEqual([
      expect.objectContaining({ id: cluster.id, viewerIsManager: true }),
    ]);
    // Others see who manages it, but not the manager's e-mail address; the platform admin does.
    const asStranger = await cast.otherOrgAdmin.client.ok<{ cluster: ClusterData }>(CLUSTER, {
      id: cluster.id,
    });
    expect(asStranger.cluster).toMatchObject({
      viewerIsManager: false,
      managers: [{ id: person.userId, displayName: '박운영', email: null }],
    });
    const asAdmin = await cast.admin.client.ok<{ cluster: ClusterData }>(CLUSTER, {
      id: cluster.id,
    });
    expect(asAdmin.cluster).toMatchObject({
      viewerIsManager: false,
      managers: [{ email: person.email }],
    });
    expect((await auditOf(t, cluster.id)).at(-1)).toMatchObject({
      action: 'cluster.managerAppointed',
      actor_id: cast.admin.userId,
      cluster_id: cluster.id,
      after: { managerId: person.userId },
    });
  });

  it('removes a manager, who loses the power to decide; the removal is audited', async () => {
    const cluster = await createCluster(cast.admin.client, cast.clusterOrg.id);
    const manager = await appointManager(t, cast.admin.client, cluster.id);
    const second = await appointManager(t, cast.admin.client, cluster.id);
    const removed = await cast.admin.client.ok<{
      removeClusterManager: { managers: { id: string }[] };
    }>(REMOVE_MANAGER, { clusterId: cluster.id, userId: manager.userId });
    expect(removed.removeClusterManager.managers).toEqual([{ id: second.userId }]);
    expect(
      (await manager.client.ok<{ cluster: ClusterData }>(CLUSTER, { id: cluster.id })).cluster
        .viewerIsManager,
    ).toBe(false);
    expect(
      (await manager.client.ok<{ viewer: { managedClusters: unknown[] } }>(MANAGED)).viewer
        .managedClusters,
    ).toEqual([]);
    expect((await auditOf(t, cluster.id)).at(-1)).toMatchObject({
      action: 'cluster.managerRemoved',
      actor_id: cast.admin.userId,
      cluster_id: cluster.id,
      before: { managerId: manager.userId },
      after: null,
    });
    // The former manager no longer sees pending applications, so cannot admit them.
    const membershipId = await applyToCluster(cast.orgAdmin.client, cluster.id, cast.org.id);
    await expectRefused(
      t,
      () => manager.client.gql(ADMIT_MEMBER, { input: { membershipId } }),
      'NOT_FOUND',
    );
    await second.client.ok(ADMIT_MEMBER, { input: { membershipId } });
  });

  it('lists clusters a page at a time, with no duplicates or gaps, and filters by country and by name in either language', async () => {
    const agency = await createOrganization(cast.admin.client, {
      name: 'Cluster Agency',
      kind: 'CLUSTER_ORGANIZATION',
      size: null,
      country: 'TR',
      region: null,
    });
    const turkish = [
      await createCluster(cast.admin.client, agency.id, {
        nameEn: 'İzmir Automotive Cluster',
        nameKo: '이즈미르 자동차 클러스터',
        country: 'TR',
        region: null,
      }),
      await createCluster(cast.admin.client, agency.id, {
        nameEn: 'Izmir Logistics Cluster',
        nameKo: '이즈미르 물류 클러스터',
        country: 'TR',
        region: null,
      }),
      await createCluster(cast.admin.client, agency.id, {
        nameEn: 'Istanbul Textile Cluster',
        nameKo: '이스탄불 섬유 클러스터',
        country: 'TR',
        region: null,
      }),
    ].map((c) => c.id);
    const everyone: string[] = (await t.dataSource.query(`SELECT id FROM cluster`)).map(
      (row: { id: string }) => row.id,
    );
    for (const first of [1, 2, 3])
      expect([...(await walk(cast.anonymous, null, first))].sort()).toEqual([...everyone].sort());
    expect([...(await walk(cast.anonymous, { countries: ['TR'] }, 2))].sort()).toEqual(
      [...turkish].sort(),
    );
    const byKorean = await cast.anonymous.ok<ClustersPage>(CLUSTERS, { filter: { query: '물류' } });
    expect(byKorean.clusters.edges.map((e) => e.node.id)).toEqual([turkish[1]]);
    const byEnglish = await cast.anonymous.ok<ClustersPage>(CLUSTERS, {
      filter: { query: 'TEXTILE' },
    });
    expect(byEnglish.clusters).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: turkish[2] } }],
    });
    const accentless = await cast.anonymous.ok<ClustersPage>(CLUSTERS, {
      filter: { query: 'POLE VEHICULE' },
    });
    expect(accentless.clusters.totalCount).toBe(1);
    // LIKE's wildcards are searched for as text.
    for (const query of ['%', '_'])
      expect(
        (await cast.anonymous.ok<ClustersPage>(CLUSTERS, { filter: { query } })).clusters
          .totalCount,
      ).toBe(0);
  });
});

describe('clusters: refusals', () => {
  const absent = '00000000-0000-4000-8000-000000000000';

  it.each([
    ['nameEn', { nameEn: '' }],
    ['nameKo', { nameKo: '  ' }],
    ['country', { country: 'XX', region: null }],
    ['region', { country: 'DE', region: 'KR-27' }],
    ['region', { region: 'KR-99' }],
    ['focusSectors', { focusSectors: [] }],
    ['focusSectors.0', { focusSectors: ['99x'] }],
    ['focusSectors', { focusSectors: ['29', '29'] }],
    ['organizationId', { organizationId: 'not-a-uuid' }],
    ['organizationId', { organizationId: absent }],
    ['description', { description: 'x'.repeat(5001) }],
  ])('refuses to create a cluster with a bad %s', async (field, overrides) => {
    await expectRefused(
      t,
      () => cast.admin.client.gql(CREATE_CLUSTER, { input: clusterInput(overrides) }),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses a cluster run by a firm: clusters are run by cluster organizations or public agencies', async () => {
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(CREATE_CLUSTER, {
          input: clusterInput({ organizationId: cast.org.id }),
        }),
      'BAD_USER_INPUT',
      'organizationId',
    );
  });

  it('refuses to create a cluster for anyone but a platform admin', async () => {
    const input = clusterInput();
    await expectRefused(t, () => cast.anonymous.gql(CREATE_CLUSTER, { input }), 'UNAUTHENTICATED');
    await expectRefused(t, () => cast.orgMember.client.gql(CREATE_CLUSTER, { input }), 'FORBIDDEN');
    await expectRefused(t, () => cast.orgAdmin.client.gql(CREATE_CLUSTER, { input }), 'FORBIDDEN');
    await expectRefused(t, () => cast.manager.client.gql(CREATE_CLUSTER, { input }), 'FORBIDDEN');
  });

  it('refuses a bad appointment: malformed or unknown e-mail, an existing manager (CONFLICT), a malformed or unknown cluster', async () => {
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(APPOINT_MANAGER, {
          input: { clusterId: cast.cluster.id, email: 'not-an-email' },
        }),
      'BAD_USER_INPUT',
      'email',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(APPOINT_MANAGER, {
          input: { clusterId: cast.cluster.id, email: 'nobody-here@example.org' },
        }),
      'BAD_USER_INPUT',
      'email',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(APPOINT_MANAGER, {
          input: { clusterId: cast.cluster.id, email: cast.manager.email },
        }),
      'CONFLICT',
      'email',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(APPOINT_MANAGER, {
          input: { clusterId: 'not-a-uuid', email: cast.orgAdmin.email },
        }),
      'BAD_USER_INPUT',
      'clusterId',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(APPOINT_MANAGER, {
          input: { clusterId: absent, email: cast.orgAdmin.email },
        }),
      'NOT_FOUND',
    );
  });

  it('refuses appointments by anyone but a platform admin, the cluster’s own managers included', async () => {
    const input = { clusterId: cast.cluster.id, email: cast.orgAdmin.email };
    await expectRefused(t, () => cast.anonymous.gql(APPOINT_MANAGER, { input }), 'UNAUTHENTICATED');
    await expectRefused(
      t,
      () => cast.orgMember.client.gql(APPOINT_MANAGER, { input }),
      'FORBIDDEN',
    );
    await expectRefused(t, () => cast.orgAdmin.client.gql(APPOINT_MANAGER, { input }), 'FORBIDDEN');
    await expectRefused(t, () => cast.manager.client.gql(APPOINT_MANAGER, { input }), 'FORBIDDEN');
    await expectRefused(
      t,
      () => cast.otherManager.client.gql(APPOINT_MANAGER, { input }),
      'FORBIDDEN',
    );
  });

  it('refuses a bad removal of a manager: malformed ids, someone who does not manage it, an unknown cluster', async () => {
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(REMOVE_MANAGER, {
          clusterId: 'not-a-uuid',
          userId: cast.manager.userId,
        }),
      'BAD_USER_INPUT',
      'clusterId',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(REMOVE_MANAGER, { clusterId: cast.cluster.id, userId: 'not-a-uuid' }),
      'BAD_USER_INPUT',
      'userId',
    );
    await expectRefused(
      t,
      () => cast.admin.client.gql(REMOVE_MANAGER, { clusterId: cast.cluster.id, userId: '' }),
      'BAD_USER_INPUT',
      'userId',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(REMOVE_MANAGER, {
          clusterId: cast.cluster.id,
          userId: cast.otherManager.userId,
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(REMOVE_MANAGER, { clusterId: absent, userId: cast.manager.userId }),
      'NOT_FOUND',
    );
  });

  it('refuses removal of a manager by anyone but a platform admin', async () => {
    const args = { clusterId: cast.cluster.id, userId: cast.manager.userId };
    await expectRefused(t, () => cast.anonymous.gql(REMOVE_MANAGER, args), 'UNAUTHENTICATED');
    await expectRefused(t, () => cast.orgMember.client.gql(REMOVE_MANAGER, args), 'FORBIDDEN');
    await expectRefused(t, () => cast.orgAdmin.client.gql(REMOVE_MANAGER, args), 'FORBIDDEN');
    await expectRefused(t, () => cast.manager.client.gql(REMOVE_MANAGER, args), 'FORBIDDEN');
    await expectRefused(t, () => cast.otherManager.client.gql(REMOVE_MANAGER, args), 'FORBIDDEN');
  });

  it('refuses a malformed cluster id and answers NOT_FOUND for an unknown one', async () => {
    await expectRefused(
      t,
      () => cast.anonymous.gql(CLUSTER, { id: 'not-a-uuid' }),
      'BAD_USER_INPUT',
      'id',
    );
    await expectRefused(t, () => cast.anonymous.gql(CLUSTER, { id: absent }), 'NOT_FOUND');
  });

  const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
  it.each([
    ['first', { first: 0 }],
    ['first', { first: 500 }],
    ['after', { after: 'garbage' }],
    ['after', { after: forged(['daegu', 'not-a-uuid']) }],
    ['after', { after: forged([42, absent]) }],
    ['countries.0', { filter: { countries: ['XX'] } }],
    ['query', { filter: { query: 'x'.repeat(201) } }],
  ])('refuses a cluster list with a bad %s', async (field, variables) => {
    await expectRefused(t, () => cast.anonymous.gql(CLUSTERS, variables), 'BAD_USER_INPUT', field);
  });
});
