import { createOrganization, expectRefused, signUp } from '../support/factories';
import {
  CLOSE_NEED,
  NEED,
  ORG_NEEDS,
  PUBLISH_NEED,
  UPDATE_NEED,
  admitToCluster,
  createNeed,
  listingCast,
  needIn,
  outcome,
  type ListingCast,
  type NeedView,
} from '../support/listings';
import { castOfRoles } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const REMOVE = `mutation Remove($input: ClusterDecisionInput!) { removeClusterMember(input: $input) { id status } }`;

type Key = `${'PUBLIC' | 'CLUSTER' | 'PRIVATE'}-${'DRAFT' | 'OPEN' | 'CLOSED'}`;
const VISIBILITIES = ['PUBLIC', 'CLUSTER', 'PRIVATE'] as const;
const STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
const ALL: Key[] = VISIBILITIES.flatMap((v) => STATUSES.map((s) => `${v}-${s}` as Key));
const published = (...visibilities: (typeof VISIBILITIES)[number][]): Key[] =>
  visibilities.flatMap((v) => [`${v}-OPEN`, `${v}-CLOSED`] as Key[]);

let t: TestApp;
let cast: ListingCast;
/** One need of the owner `cast.org` per visibility and status; PRIVATE ones invite `cast.invitedOrg`. */
const needs = {} as Record<Key, string>;

beforeAll(async () => {
  t = await createTestApp();
  cast = await listingCast(t, await castOfRoles(t));
  for (const visibility of VISIBILITIES)
    for (const status of STATUSES) {
      const audience =
        visibility === 'PRIVATE' ? { invitedOrganizationIds: [cast.invitedOrg.id] } : {};
      needs[`${visibility}-${status}`] = (
        await needIn(cast.orgAdmin.client, cast.org.id, status, {
          title: `${visibility} ${status} need`,
          visibility,
          ...audience,
        })
      ).id;
    }
});
afterAll(async () => {
  await t.close();
});

const orgNeeds = async (client: TestClient, organizationId: string) =>
  (
    await client.ok<{
      organization: { technologyNeeds: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(ORG_NEEDS, { id: organizationId, first: 50 })
  ).organization.technologyNeeds;

describe('technology need visibility: who sees what', () => {
  // Each role against each visibility and status, for direct reads, the organization's list and its count.
  const matrix: [string, (c: ListingCast) => TestClient, Key[]][] = [
    ['an anonymous visitor', (c) => c.anonymous, published('PUBLIC')],
    [
      'someone signed in who belongs to no organization',
      (c) => c.loner.client,
      published('PUBLIC'),
    ],
    ['an ORG_MEMBER of the owner', (c) => c.orgMember.client, ALL],
    ['an ORG_ADMIN of the owner', (c) => c.orgAdmin.client, ALL],
    [
      'an ORG_ADMIN of an unrelated organization',
      (c) => c.otherOrgAdmin.client,
      published('PUBLIC'),
    ],
    [
      'a member of a cluster-mate organization',
      (c) => c.mateMember.client,
      published('PUBLIC', 'CLUSTER'),
    ],
    [
      'an ORG_ADMIN of a cluster-mate organization',
      (c) => c.mateAdmin.client,
      published('PUBLIC', 'CLUSTER'),
    ],
    ['a manager of the owner’s cluster', (c) => c.manager.client, published('PUBLIC', 'CLUSTER')],
    ['a manager of another cluster', (c) => c.otherManager.client, published('PUBLIC')],
    [
      'an ORG_ADMIN of an organization whose application to the cluster is PENDING',
      (c) => c.pendingAdmin.client,
      published('PUBLIC'),
    ],
    [
      'an ORG_ADMIN of the invited organization',
      (c) => c.invitedAdmin.client,
      published('PUBLIC', 'PRIVATE'),
    ],
    [
      'an ORG_MEMBER of the invited organization',
      (c) => c.invitedMember.client,
      published('PUBLIC', 'PRIVATE'),
    ],
    ['a platform admin', (c) => c.admin.client, published('PUBLIC', 'CLUSTER', 'PRIVATE')],
  ];

  it.each(matrix)('%s', async (_who, viewer, visible) => {
    const client = viewer(cast);
    const seen: Key[] = [];
    for (const key of ALL) {
      const result = await client.gql<{ technologyNeed: NeedView }>(NEED, { id: needs[key] });
      const code = outcome(result);
      expect([key, code]).toEqual([key, visible.includes(key) ? 'OK' : 'NOT_FOUND']);
      if (code === 'OK') seen.push(key);
      else expect(result.data).toBeNull();
    }
    expect(seen.sort()).toEqual([...visible].sort());
    const list = await orgNeeds(client, cast.org.id);
    expect(list.edges.map((e) => e.node.id).sort()).toEqual(
      visible.map((key) => needs[key]).sort(),
    );
    // Hidden needs are not counted either.
    expect(list.totalCount).toBe(visible.length);
  });

  it('shows the confidential details to the owner only when no NDA terms are set', async () => {
    const id = needs['CLUSTER-OPEN'];
    const access = async (client: TestClient) => {
      const need = (await client.ok<{ technologyNeed: NeedView }>(NEED, { id })).technologyNeed;
      return [need.viewerConfidentialAccess, need.confidentialDetails === null];
    };
    expect(await access(cast.orgMember.client)).toEqual(['OWNER', false]);
    for (const client of [
      cast.mateAdmin.client,
      cast.mateMember.client,
      cast.manager.client,
      cast.admin.client,
    ])
      expect(await access(client)).toEqual(['NO_NDA', true]);
  });
});

describe('technology need visibility: it follows cluster membership and invitations', () => {
  it('hides CLUSTER needs from cluster mates once the owner leaves the cluster', async () => {
    const ownerAdmin = await signUp(t);
    const owner = await createOrganization(ownerAdmin.client);
    const membershipId = await admitToCluster(
      ownerAdmin.client,
      cast.manager.client,
      cast.cluster.id,
      owner.id,
    );
    const need = await needIn(ownerAdmin.client, owner.id, 'OPEN', { visibility: 'CLUSTER' });
    expect(outcome(await cast.mateMember.client.gql(NEED, { id: need.id }))).toBe('OK');
    expect((await orgNeeds(cast.manager.client, owner.id)).totalCount).toBe(1);

    await cast.manager.client.ok(REMOVE, {
      input: { membershipId, reason: 'Left the industrial complex.' },
    });
    for (const client of [cast.mateMember.client, cast.manager.client]) {
      expect(outcome(await client.gql(NEED, { id: need.id }))).toBe('NOT_FOUND');
      expect(await orgNeeds(client, owner.id)).toMatchObject({ totalCount: 0, edges: [] });
    }
    expect(outcome(await ownerAdmin.client.gql(NEED, { id: need.id }))).toBe('OK');
  });

  it('does not open CLUSTER needs of another cluster', async () => {
    const ownerAdmin = await signUp(t);
    const owner = await createOrganization(ownerAdmin.client);
    await admitToCluster(
      ownerAdmin.client,
      cast.otherManager.client,
      cast.otherCluster.id,
      owner.id,
    );
    const need = await needIn(ownerAdmin.client, owner.id, 'OPEN', { visibility: 'CLUSTER' });
    expect(outcome(await cast.otherManager.client.gql(NEED, { id: need.id }))).toBe('OK');
    for (const client of [cast.mateMember.client, cast.manager.client, cast.orgAdmin.client])
      expect(outcome(await client.gql(NEED, { id: need.id }))).toBe('NOT_FOUND');
  });

  it('hides a PRIVATE need from an organization once it is no longer invited', async () => {
    const ownerAdmin = await signUp(t);
    const owner = await createOrganization(ownerAdmin.client);
    const need = await needIn(ownerAdmin.client, owner.id, 'OPEN', {
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.invitedOrg.id, cast.otherOrg.id],
    });
    expect(outcome(await cast.invitedMember.client.gql(NEED, { id: need.id }))).toBe('OK');
    expect((await orgNeeds(cast.invitedMember.client, owner.id)).totalCount).toBe(1);
    await ownerAdmin.client.ok(UPDATE_NEED, {
      id: need.id,
      input: { invitedOrganizationIds: [cast.otherOrg.id] },
    });
    expect(outcome(await cast.invitedMember.client.gql(NEED, { id: need.id }))).toBe('NOT_FOUND');
    expect(await orgNeeds(cast.invitedMember.client, owner.id)).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    expect(outcome(await cast.otherOrgAdmin.client.gql(NEED, { id: need.id }))).toBe('OK');
  });
});

describe('technology need visibility: refusals', () => {
  it('answers NOT_FOUND to writes on needs the caller cannot see, and FORBIDDEN on needs they can', async () => {
    const privateOpen = needs['PRIVATE-OPEN'];
    const clusterOpen = needs['CLUSTER-OPEN'];
    // Cannot see: NOT_FOUND, like a need that does not exist.
    await expectRefused(
      t,
      () =>
        cast.mateAdmin.client.gql(UPDATE_NEED, { id: privateOpen, input: { title: 'Hijacked' } }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () => cast.otherOrgAdmin.client.gql(CLOSE_NEED, { id: clusterOpen, reason: 'SOLVED' }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () => cast.invitedAdmin.client.gql(PUBLISH_NEED, { id: needs['PRIVATE-DRAFT'] }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () => cast.anonymous.gql(UPDATE_NEED, { id: clusterOpen, input: { title: 'Hijacked' } }),
      'NOT_FOUND',
    );
    // Can see, may not change: FORBIDDEN.
    await expectRefused(
      t,
      () =>
        cast.invitedAdmin.client.gql(UPDATE_NEED, {
          id: privateOpen,
          input: { title: 'Hijacked' },
        }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => cast.mateAdmin.client.gql(CLOSE_NEED, { id: clusterOpen, reason: 'SOLVED' }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(UPDATE_NEED, { id: clusterOpen, input: { title: 'Hijacked' } }),
      'FORBIDDEN',
    );
  });

  it('does not let a platform admin read or change another organization’s drafts', async () => {
    const draft = await createNeed(cast.otherOrgAdmin.client, cast.otherOrg.id);
    await expectRefused(t, () => cast.admin.client.gql(NEED, { id: draft.id }), 'NOT_FOUND');
    await expectRefused(
      t,
      () => cast.admin.client.gql(PUBLISH_NEED, { id: draft.id }),
      'NOT_FOUND',
    );
  });
});
