import { createOrganization, expectRefused, signUp } from '../support/factories';
import {
  ARCHIVE_CAPABILITY,
  CAPABILITY,
  DELETE_CAPABILITY_DRAFT,
  ORG_CAPABILITIES,
  UPDATE_CAPABILITY,
  admitToCluster,
  capabilityIn,
  capabilityInput,
  listingCast,
  outcome,
  type CapabilityView,
  type ListingCast,
} from '../support/listings';
import { castOfRoles } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const REMOVE = `mutation Remove($input: ClusterDecisionInput!) { removeClusterMember(input: $input) { id status } }`;

type Key = `${'PUBLIC' | 'CLUSTER' | 'PRIVATE'}-${'DRAFT' | 'PUBLISHED' | 'ARCHIVED'}`;
const VISIBILITIES = ['PUBLIC', 'CLUSTER', 'PRIVATE'] as const;
const STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
const ALL: Key[] = VISIBILITIES.flatMap((v) => STATUSES.map((s) => `${v}-${s}` as Key));
const published = (...visibilities: (typeof VISIBILITIES)[number][]): Key[] =>
  visibilities.flatMap((v) => [`${v}-PUBLISHED`, `${v}-ARCHIVED`] as Key[]);

let t: TestApp;
let cast: ListingCast;
/** One capability of the owner `cast.org` per visibility and status; PRIVATE ones invite `cast.invitedOrg`. */
const capabilities = {} as Record<Key, string>;

beforeAll(async () => {
  t = await createTestApp();
  cast = await listingCast(t, await castOfRoles(t));
  for (const visibility of VISIBILITIES)
    for (const status of STATUSES) {
      const audience =
        visibility === 'PRIVATE' ? { invitedOrganizationIds: [cast.invitedOrg.id] } : {};
      const input = capabilityInput('FACILITY', {
        title: `${visibility} ${status} facility`,
        visibility,
        ...audience,
      });
      capabilities[`${visibility}-${status}`] = (
        await capabilityIn(cast.orgAdmin.client, cast.org.id, status, input)
      ).id;
    }
});
afterAll(async () => {
  await t.close();
});

const orgCapabilities = async (client: TestClient, organizationId: string) =>
  (
    await client.ok<{
      organization: { capabilities: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(ORG_CAPABILITIES, { id: organizationId, first: 50 })
  ).organization.capabilities;

describe('capability visibility: who sees what', () => {
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
    for (const key of ALL) {
      const result = await client.gql<{ capability: CapabilityView }>(CAPABILITY, {
        id: capabilities[key],
      });
      expect([key, outcome(result)]).toEqual([key, visible.includes(key) ? 'OK' : 'NOT_FOUND']);
      if (outcome(result) !== 'OK') expect(result.data).toBeNull();
    }
    const list = await orgCapabilities(client, cast.org.id);
    expect(list.edges.map((e) => e.node.id).sort()).toEqual(
      visible.map((key) => capabilities[key]).sort(),
    );
    // Hidden capabilities are not counted either.
    expect(list.totalCount).toBe(visible.length);
  });
});

describe('capability visibility: it follows cluster membership and invitations', () => {
  it('hides CLUSTER capabilities from cluster mates once the owner leaves the cluster', async () => {
    const ownerAdmin = await signUp(t);
    const owner = await createOrganization(ownerAdmin.client, { kind: 'UNIVERSITY', size: null });
    const membershipId = await admitToCluster(
      ownerAdmin.client,
      cast.manager.client,
      cast.cluster.id,
      owner.id,
    );
    const capability = await capabilityIn(
      ownerAdmin.client,
      owner.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', { visibility: 'CLUSTER' }),
    );
    expect(outcome(await cast.mateMember.client.gql(CAPABILITY, { id: capability.id }))).toBe('OK');
    expect((await orgCapabilities(cast.mateMember.client, owner.id)).totalCount).toBe(1);
    await cast.manager.client.ok(REMOVE, { input: { membershipId, reason: 'Left the cluster.' } });
    for (const client of [cast.mateMember.client, cast.manager.client]) {
      expect(outcome(await client.gql(CAPABILITY, { id: capability.id }))).toBe('NOT_FOUND');
      expect(await orgCapabilities(client, owner.id)).toMatchObject({ totalCount: 0, edges: [] });
    }
  });

  it('hides a PRIVATE capability from an organization once it is no longer invited', async () => {
    const ownerAdmin = await signUp(t);
    const owner = await createOrganization(ownerAdmin.client, { kind: 'UNIVERSITY', size: null });
    const capability = await capabilityIn(
      ownerAdmin.client,
      owner.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.invitedOrg.id, cast.otherOrg.id],
      }),
    );
    expect(outcome(await cast.invitedMember.client.gql(CAPABILITY, { id: capability.id }))).toBe(
      'OK',
    );
    await ownerAdmin.client.ok(UPDATE_CAPABILITY, {
      id: capability.id,
      input: { invitedOrganizationIds: [cast.otherOrg.id] },
    });
    expect(outcome(await cast.invitedMember.client.gql(CAPABILITY, { id: capability.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await orgCapabilities(cast.invitedMember.client, owner.id)).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    expect(outcome(await cast.otherOrgAdmin.client.gql(CAPABILITY, { id: capability.id }))).toBe(
      'OK',
    );
  });
});

describe('capability visibility: refusals', () => {
  it('answers NOT_FOUND to writes on capabilities the caller cannot see, and FORBIDDEN on those they can', async () => {
    await expectRefused(
      t,
      () =>
        cast.mateMember.client.gql(UPDATE_CAPABILITY, {
          id: capabilities['PRIVATE-PUBLISHED'],
          input: { title: 'Hijacked' },
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        cast.otherOrgAdmin.client.gql(ARCHIVE_CAPABILITY, {
          id: capabilities['CLUSTER-PUBLISHED'],
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        cast.invitedAdmin.client.gql(DELETE_CAPABILITY_DRAFT, {
          id: capabilities['PRIVATE-DRAFT'],
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        cast.invitedAdmin.client.gql(UPDATE_CAPABILITY, {
          id: capabilities['PRIVATE-PUBLISHED'],
          input: { title: 'Hijacked' },
        }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () =>
        cast.mateMember.client.gql(ARCHIVE_CAPABILITY, { id: capabilities['CLUSTER-PUBLISHED'] }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(UPDATE_CAPABILITY, {
          id: capabilities['CLUSTER-ARCHIVED'],
          input: { title: 'Hijacked' },
        }),
      'FORBIDDEN',
    );
  });
});
