import { capabilityFits } from '@spillover/domain';
import {
  CAPABILITY,
  NEED,
  capabilityIn,
  capabilityInput,
  listingCast,
  needIn,
  outcome,
  type ListingCast,
} from '../support/listings';
import { castOfRoles } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import {
  MATCHES_FOR_CAPABILITY,
  NEEDS_YOU_COULD_ANSWER,
  PARTNERS_FOR_NEED,
  capabilityIdsOf,
  matchesForNeed,
  refreshMatches,
  type MatchPage,
  type Scored,
  HYDROGEN,
} from './match-support';

// A user never learns of a hidden listing through a match: every role's matches, partners
// and "needs you could answer" are checked against what the same role may read directly.

let t: TestApp;
let cast: ListingCast;
let roles: Record<string, TestClient>;
const needs: Record<string, string> = {};
const capabilities: Record<string, string> = {};

// Every listing here is about the same work, so each need's list passes the list floor with
// whichever capabilities its viewer may see: what differs is only who may see what.
const TOPIC =
  'Fuel cell stack cooling, membrane durability and bipolar plate coating for hydrogen trucks.';

beforeAll(async () => {
  t = await createTestApp();
  cast = await listingCast(t, await castOfRoles(t));
  const invited = { invitedOrganizationIds: [cast.invitedOrg.id] };
  // Needs of `org` (ACTIVE in the cluster) in every visibility, and one that ended.
  needs.public = (
    await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      ...HYDROGEN,
      title: '수소 연료전지 스택 냉각 개선',
      publicSummary: 'Fuel cell stack cooling for hydrogen trucks.',
    })
  ).id;
  needs.cluster = (
    await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      ...HYDROGEN,
      title: 'Fuel cell membrane durability',
      publicSummary: TOPIC,
      visibility: 'CLUSTER',
    })
  ).id;
  needs.private = (
    await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      ...HYDROGEN,
      title: 'Fuel cell bipolar plate coating',
      publicSummary: TOPIC,
      visibility: 'PRIVATE',
      ...invited,
    })
  ).id;
  needs.closed = (
    await needIn(cast.orgAdmin.client, cast.org.id, 'CLOSED', {
      ...HYDROGEN,
      title: 'Fuel cell humidifier',
      publicSummary: TOPIC,
    })
  ).id;
  needs.draft = (
    await needIn(cast.orgAdmin.client, cast.org.id, 'DRAFT', {
      ...HYDROGEN,
      title: 'Fuel cell draft idea',
      publicSummary: TOPIC,
    })
  ).id;
  // Capabilities of other organizations in every visibility and stage.
  const offer = (overrides: Record<string, unknown>) =>
    capabilityInput('EXPERTISE', { ...HYDROGEN, trl: 6, description: TOPIC, ...overrides });
  capabilities.public = (
    await capabilityIn(
      cast.otherOrgAdmin.client,
      cast.otherOrg.id,
      'PUBLISHED',
      offer({
        title: '연료전지 스택 냉각 해석',
        description: 'Fuel cell stack thermal analysis and cooling design.',
      }),
    )
  ).id;
  capabilities.cluster = (
    await capabilityIn(
      cast.mateAdmin.client,
      cast.mateOrg.id,
      'PUBLISHED',
      offer({ title: 'Fuel cell test bench', visibility: 'CLUSTER' }),
    )
  ).id;
  capabilities.private = (
    await capabilityIn(
      cast.otherOrgAdmin.client,
      cast.otherOrg.id,
      'PUBLISHED',
      offer({ title: 'Fuel cell membrane lab', visibility: 'PRIVATE', ...invited }),
    )
  ).id;
  capabilities.archived = (
    await capabilityIn(
      cast.otherOrgAdmin.client,
      cast.otherOrg.id,
      'ARCHIVED',
      offer({ title: 'Fuel cell old rig' }),
    )
  ).id;
  capabilities.draft = (
    await capabilityIn(
      cast.otherOrgAdmin.client,
      cast.otherOrg.id,
      'DRAFT',
      offer({ title: 'Fuel cell draft rig' }),
    )
  ).id;
  capabilities.invitedOwn = (
    await capabilityIn(
      cast.invitedAdmin.client,
      cast.invitedOrg.id,
      'PUBLISHED',
      offer({ title: 'Fuel cell stack diagnostics', visibility: 'CLUSTER' }),
    )
  ).id;
  await refreshMatches(t);
  roles = {
    anonymous: cast.anonymous,
    orgAdmin: cast.orgAdmin.client,
    orgMember: cast.orgMember.client,
    mateMember: cast.mateMember.client,
    invitedMember: cast.invitedMember.client,
    otherOrgAdmin: cast.otherOrgAdmin.client,
    pendingAdmin: cast.pendingAdmin.client,
    manager: cast.manager.client,
    otherManager: cast.otherManager.client,
    admin: cast.admin.client,
  };
}, 120_000);

afterAll(() => t.close());

const canRead = async (client: TestClient, query: string, id: string) =>
  outcome(await client.gql(query, { id })) === 'OK';

async function readable(
  client: TestClient,
  query: string,
  ids: Record<string, string>,
): Promise<Set<string>> {
  const visible = new Set<string>();
  for (const id of Object.values(ids)) if (await canRead(client, query, id)) visible.add(id);
  return visible;
}

describe.each([
  'anonymous',
  'orgAdmin',
  'orgMember',
  'mateMember',
  'invitedMember',
  'otherOrgAdmin',
  'pendingAdmin',
  'manager',
  'otherManager',
  'admin',
])('as %s', (role) => {
  it('sees as matches for a need exactly the live capabilities it may read', async () => {
    const client = roles[role]!;
    const visible = await readable(client, CAPABILITY, capabilities);
    let fittingSeen = 0;
    for (const need of ['public', 'cluster', 'private']) {
      if (!(await canRead(client, NEED, needs[need]!))) {
        expect(
          outcome(
            await client.gql(
              `query($id: ID!) { matchesForNeed(needId: $id) { edges { cursor } } }`,
              { id: needs[need] },
            ),
          ),
        ).toBe('NOT_FOUND');
        expect(outcome(await client.gql(PARTNERS_FOR_NEED, { id: needs[need] }))).toBe('NOT_FOUND');
        continue;
      }
      const page = await matchesForNeed(client, needs[need]!);
      const shown = capabilityIdsOf(page);
      for (const id of shown) expect(visible).toContain(id);
      const live = [
        capabilities.public,
        capabilities.cluster,
        capabilities.private,
        capabilities.invitedOwn,
      ].filter((id) => visible.has(id!));
      expect(new Set(shown)).toEqual(new Set(live));
      expect(shown).not.toContain(capabilities.archived);
      expect(shown).not.toContain(capabilities.draft);
      const partners = (
        await client.ok<{
          partnersForNeed: MatchPage<Scored & { capabilities: { id: string }[] }>;
        }>(PARTNERS_FOR_NEED, { id: needs[need], first: 50 })
      ).partnersForNeed;
      const partnerCapabilities = partners.edges.flatMap((edge) =>
        edge.node.capabilities.map((capability) => capability.id),
      );
      // A partner's card lists its capabilities that fit (as its reason counts them): the
      // visible live ones whose score fits, never a hidden one.
      const fitting = page.edges
        .filter((edge) => capabilityFits(edge.node.score))
        .map((edge) => edge.node.capability.id);
      expect(new Set(partnerCapabilities)).toEqual(new Set(fitting));
      fittingSeen += fitting.length;
    }
    // The public need's cooling analysis fits it: the partner lists are not trivially empty.
    expect(fittingSeen).toBeGreaterThan(0);
  });

  it('sees as matches for a capability only the open needs it may read', async () => {
    const client = roles[role]!;
    const visibleNeeds = await readable(client, NEED, needs);
    for (const capability of ['public', 'cluster', 'private', 'invitedOwn']) {
      if (!(await canRead(client, CAPABILITY, capabilities[capability]!))) {
        expect(
          outcome(await client.gql(MATCHES_FOR_CAPABILITY, { id: capabilities[capability] })),
        ).toBe('NOT_FOUND');
        continue;
      }
      const page = (
        await client.ok<{ matchesForCapability: MatchPage<Scored & { need: { id: string } }> }>(
          MATCHES_FOR_CAPABILITY,
          { id: capabilities[capability], first: 50 },
        )
      ).matchesForCapability;
      const shown = page.edges.map((edge) => edge.node.need.id);
      const open = [needs.public, needs.cluster, needs.private].filter((id) =>
        visibleNeeds.has(id!),
      );
      expect(new Set(shown)).toEqual(new Set(open));
    }
  });
});

describe('reasons', () => {
  it('name the shared cluster in the language asked for', async () => {
    const reasonOf = async (language: string) =>
      (await matchesForNeed(cast.orgMember.client, needs.public!, { language })).edges
        .find((edge) => edge.node.capability.id === capabilities.cluster)!
        .node.reasons.find((reason) => reason.code === 'SAME_CLUSTER')!.text;
    expect(await reasonOf('ko')).toContain('대구 미니클러스터');
    expect(await reasonOf('en')).toContain('Daegu Mini-cluster');
  });
});

describe('needs you could answer', () => {
  it("lists another organization's open needs the viewer may read, with the capability that fits", async () => {
    const page = (
      await cast.invitedMember.client.ok<{
        needsYouCouldAnswer: MatchPage<{
          need: { id: string };
          capability: { id: string };
          reasons: { code: string }[];
        }>;
      }>(NEEDS_YOU_COULD_ANSWER, { org: cast.invitedOrg.id, first: 20 })
    ).needsYouCouldAnswer;
    // invitedOrg is not in the cluster: the CLUSTER need stays hidden; the PRIVATE one invites it.
    expect(new Set(page.edges.map((edge) => edge.node.need.id))).toEqual(
      new Set([needs.public, needs.private]),
    );
    expect(page.edges.every((edge) => edge.node.capability.id === capabilities.invitedOwn)).toBe(
      true,
    );
    expect(page.edges[0]!.node.reasons.map((reason) => reason.code)).toContain('SHARED_TECHNOLOGY');
  });

  it('is for the organization’s members only', async () => {
    for (const client of [cast.anonymous, cast.orgAdmin.client, cast.manager.client])
      expect(
        outcome(await client.gql(NEEDS_YOU_COULD_ANSWER, { org: cast.invitedOrg.id })),
      ).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
