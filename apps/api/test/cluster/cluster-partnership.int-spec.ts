import {
  createCluster,
  createOrganization,
  expectRefused,
  signUp,
  type SignedIn,
} from '../support/factories';
import {
  NEED,
  capabilityIn,
  capabilityInput,
  needIn,
  outcome,
  admitToCluster,
} from '../support/listings';
import { appointManager, castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import {
  MATCHES_FOR_CAPABILITY,
  matchesForNeed,
  refreshMatches,
  type MatchPage,
} from '../match/match-support';
import { search, facet } from '../search/search-support';
import { inbox, param, runFanOuts } from '../notification/notification-support';

// Cluster partnerships: proposed by one cluster's manager, answered by the other's, ended by
// either. An ACTIVE one widens CLUSTER visibility to the partner's ACTIVE members in every
// read path (single reads, search totals and facets, matches) and makes matching's "partner
// cluster" proximity apply; ending it narrows everything again.

jest.setTimeout(180_000);

const FIELDS = `id kind status note reason proposedAt answeredAt endedAt viewerActions
  proposerCluster { id } recipientCluster { id } endedByCluster { id }`;
const PROPOSE = `mutation Propose($input: ProposeClusterPartnershipInput!) { proposeClusterPartnership(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation Accept($input: ClusterPartnershipDecisionInput!) { acceptClusterPartnership(input: $input) { ${FIELDS} } }`;
const DECLINE = `mutation Decline($input: ClusterPartnershipDecisionInput!) { declineClusterPartnership(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($input: ClusterPartnershipDecisionInput!) { withdrawClusterPartnership(input: $input) { ${FIELDS} } }`;
const END = `mutation End($input: ClusterPartnershipDecisionInput!) { endClusterPartnership(input: $input) { ${FIELDS} } }`;
const PARTNERSHIP = `query Partnership($id: ID!) { clusterPartnership(id: $id) { ${FIELDS}
  members { organization { id } cluster { id } } collaborations { id title organizationA { id } organizationB { id } } } }`;
const PARTNERSHIPS_OF = `query Of($id: ID!) { cluster(id: $id) { partnerships { id status } } }`;

interface Partnership {
  id: string;
  kind: string;
  status: string;
  reason: string | null;
  viewerActions: string[];
  members?: { organization: { id: string }; cluster: { id: string } }[];
  collaborations?: { id: string; title: string }[];
}

const HYDROGEN = { technologyAreas: ['EF05'], sectors: ['29'] };
// A word only this file's listings use, so search totals count them alone.
const WORD = 'zirconiaplate';

let t: TestApp;
let cast: Cast;
let germany: { id: string };
let germanManager: SignedIn;
let germanFirm: { id: string };
let germanAdmin: SignedIn;
let needId: string;
let capabilityId: string;

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  germany = await createCluster(cast.admin.client, cast.clusterOrg.id, {
    nameEn: 'Baden-Württemberg Automotive',
    nameKo: '바덴뷔르템베르크 자동차',
    country: 'DE',
    region: 'DE-BW',
    focusSectors: ['29'],
  });
  germanManager = await appointManager(t, cast.admin.client, germany.id);
  germanAdmin = await signUp(t, { displayName: 'Stuttgart Admin' });
  germanFirm = await createOrganization(germanAdmin.client, {
    name: 'Stuttgart Brennstoffzellen',
    country: 'DE',
    region: 'DE-BW',
  });
  // The Daegu firm in the Daegu cluster, the German firm in the German one.
  await admitToCluster(cast.orgAdmin.client, cast.manager.client, cast.cluster.id, cast.org.id);
  await admitToCluster(germanAdmin.client, germanManager.client, germany.id, germanFirm.id);
  needId = (
    await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      ...HYDROGEN,
      title: `Fuel cell ${WORD} coating`,
      publicSummary: `Fuel cell stack ${WORD} bipolar plate coating for hydrogen trucks.`,
      visibility: 'CLUSTER',
    })
  ).id;
  capabilityId = (
    await capabilityIn(
      germanAdmin.client,
      germanFirm.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        ...HYDROGEN,
        trl: 6,
        title: `Fuel cell ${WORD} coating lab`,
        description: `Bipolar plate ${WORD} coating for fuel cell stacks.`,
        visibility: 'CLUSTER',
      }),
    )
  ).id;
  await refreshMatches(t);
});

afterAll(() => t.close());

const propose = (client: TestClient, input: Record<string, unknown>) =>
  client.gql<{ proposeClusterPartnership: Partnership }>(PROPOSE, { input });
const daeguToGermany = {
  kind: 'INTERNATIONAL',
  note: 'Hydrogen trucks: joint R&DB with Stuttgart suppliers.',
};

const clusterNameOf = async (id: string): Promise<string> =>
  (
    (await t.dataSource.query(`SELECT name_en FROM cluster WHERE id = $1`, [id])) as {
      name_en: string;
    }[]
  )[0]!.name_en;

const germanSees = async () => ({
  need: outcome(await germanAdmin.client.gql(NEED, { id: needId })),
  total: (await search(germanAdmin.client, { query: WORD })).totalCount,
  countries: facet((await search(germanAdmin.client, { query: WORD })).facets.countries),
});
const daeguSees = async () => ({
  total: (await search(cast.orgAdmin.client, { query: WORD })).totalCount,
  countries: facet((await search(cast.orgAdmin.client, { query: WORD })).facets.countries),
});

const needsMatchedFor = async (client: TestClient, id: string) =>
  (
    await client.ok<{
      matchesForCapability: MatchPage<{ need: { id: string }; reasons: { code: string }[] }>;
    }>(MATCHES_FOR_CAPABILITY, { id, first: 50 })
  ).matchesForCapability.edges.map((edge) => edge.node);

describe('a partnership proposed, accepted and ended', () => {
  let partnershipId: string;

  it('before any partnership, neither side sees the other’s CLUSTER listings anywhere', async () => {
    expect(await germanSees()).toEqual({ need: 'NOT_FOUND', total: 1, countries: { DE: 1 } });
    expect(await daeguSees()).toEqual({ total: 1, countries: { KR: 1 } });
    expect((await matchesForNeed(cast.orgAdmin.client, needId)).edges).toEqual([]);
    expect(await needsMatchedFor(germanAdmin.client, capabilityId)).toEqual([]);
  });

  it('a manager proposes; the proposal is the two clusters’ managers’ business only', async () => {
    const proposed = (
      await propose(cast.manager.client, {
        clusterId: cast.cluster.id,
        partnerClusterId: germany.id,
        ...daeguToGermany,
      })
    ).data!.proposeClusterPartnership;
    partnershipId = proposed.id;
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      kind: 'INTERNATIONAL',
      viewerActions: ['WITHDRAW'],
    });
    const asRecipient = await germanManager.client.ok<{ clusterPartnership: Partnership }>(
      PARTNERSHIP,
      { id: partnershipId },
    );
    expect(asRecipient.clusterPartnership.viewerActions).toEqual(['ACCEPT', 'DECLINE']);
    for (const client of [cast.anonymous, cast.orgAdmin.client, cast.otherManager.client])
      expect(outcome(await client.gql(PARTNERSHIP, { id: partnershipId }))).toBe('NOT_FOUND');
    expect(
      (
        await cast.orgAdmin.client.ok<{ cluster: { partnerships: unknown[] } }>(PARTNERSHIPS_OF, {
          id: germany.id,
        })
      ).cluster.partnerships,
    ).toEqual([]);
    // Still PROPOSED: nothing widened yet.
    expect((await germanSees()).need).toBe('NOT_FOUND');
    // The other cluster's managers hear of it.
    await runFanOuts(t);
    const [note] = (await inbox(germanManager)).nodes.filter(
      (n) => n.type === 'cluster.partnershipProposed',
    );
    expect(note).toMatchObject({ path: `/partnerships/${partnershipId}` });
    expect(param(note!, 'proposer')).toMatch(/Daegu/);
  });

  it('the recipient accepts: the German firm now reads, searches and is matched with the Daegu need, and the reverse', async () => {
    const accepted = await germanManager.client.ok<{ acceptClusterPartnership: Partnership }>(
      ACCEPT,
      { input: { partnershipId } },
    );
    expect(accepted.acceptClusterPartnership).toMatchObject({
      status: 'ACTIVE',
      viewerActions: ['END'],
    });
    // Visibility follows at once (the predicate reads the partnership).
    expect(await germanSees()).toEqual({ need: 'OK', total: 2, countries: { DE: 1, KR: 1 } });
    expect(await daeguSees()).toEqual({ total: 2, countries: { DE: 1, KR: 1 } });
    // The two clusters' listings were asked to refresh; once it ran, matches follow with the partner-cluster reason.
    const pending = (await t.dataSource.query(
      `SELECT listing_id FROM match_refresh_request WHERE covered_request_at IS NULL OR requested_at > covered_request_at`,
    )) as { listing_id: string }[];
    expect(pending.map((row) => row.listing_id).sort()).toEqual([needId, capabilityId].sort());
    await refreshMatches(t);
    const forNeed = (await matchesForNeed(cast.orgAdmin.client, needId)).edges.map(
      (edge) => edge.node,
    );
    expect(forNeed.map((node) => node.capability.id)).toEqual([capabilityId]);
    expect(forNeed[0]!.reasons.map((reason) => reason.code)).toContain('PARTNER_CLUSTER');
    const forCapability = await needsMatchedFor(germanAdmin.client, capabilityId);
    expect(forCapability.map((node) => node.need.id)).toEqual([needId]);
    expect(forCapability[0]!.reasons.map((reason) => reason.code)).toContain('PARTNER_CLUSTER');
    // Anyone sees an ACTIVE partnership, with both clusters' members; the proposer hears of the answer.
    const page = (
      await cast.anonymous.ok<{ clusterPartnership: Partnership }>(PARTNERSHIP, {
        id: partnershipId,
      })
    ).clusterPartnership;
    expect(page.members!.map((m) => m.organization.id).sort()).toEqual(
      [cast.org.id, germanFirm.id].sort(),
    );
    await runFanOuts(t);
    const [answer] = (await inbox(cast.manager)).nodes.filter(
      (n) => n.type === 'cluster.partnershipAnswered',
    );
    expect(param(answer!, 'context')).toBe('ACTIVE');
    const [mail] = (await t.dataSource.query(
      `SELECT subject FROM email_message WHERE recipient_id = $1 AND type = 'cluster.partnershipAnswered'`,
      [cast.manager.userId],
    )) as { subject: string }[];
    expect(mail!.subject).toBe(
      'Baden-Württemberg Automotive accepted the partnership with ' +
        (await clusterNameOf(cast.cluster.id)),
    );
  });

  it('lists cross-cluster collaborations to the clusters’ managers and to the organizations in them only', async () => {
    const [a, b] = [cast.org.id, germanFirm.id].sort();
    await t.dataSource.query(
      `INSERT INTO collaboration (organization_a_id, organization_b_id, title, started_on) VALUES ($1, $2, 'Stack coating pilot', '2026-03-01')`,
      [a, b],
    );
    const titles = async (client: TestClient) =>
      (
        await client.ok<{ clusterPartnership: Partnership }>(PARTNERSHIP, { id: partnershipId })
      ).clusterPartnership.collaborations!.map((c) => c.title);
    expect(await titles(cast.manager.client)).toEqual(['Stack coating pilot']);
    expect(await titles(germanAdmin.client)).toEqual(['Stack coating pilot']);
    expect(await titles(cast.otherOrgAdmin.client)).toEqual([]);
    expect(await titles(cast.anonymous)).toEqual([]);
  });

  it('either side ends it with a reason: visibility, search totals and matches narrow again', async () => {
    await expectRefused(
      t,
      () => cast.manager.client.gql(END, { input: { partnershipId } }),
      'BAD_USER_INPUT',
      'reason',
    );
    const ended = await cast.manager.client.ok<{
      endClusterPartnership: Partnership & { endedByCluster: { id: string } };
    }>(END, { input: { partnershipId, reason: 'The joint programme closed.' } });
    expect(ended.endClusterPartnership).toMatchObject({
      status: 'ENDED',
      reason: 'The joint programme closed.',
      endedByCluster: { id: cast.cluster.id },
      viewerActions: [],
    });
    expect(await germanSees()).toEqual({ need: 'NOT_FOUND', total: 1, countries: { DE: 1 } });
    expect(await daeguSees()).toEqual({ total: 1, countries: { KR: 1 } });
    await refreshMatches(t);
    expect((await matchesForNeed(cast.orgAdmin.client, needId)).edges).toEqual([]);
    expect(await needsMatchedFor(germanAdmin.client, capabilityId)).toEqual([]);
    await runFanOuts(t);
    const [note] = (await inbox(germanManager)).nodes.filter(
      (n) => n.type === 'cluster.partnershipEnded',
    );
    expect(param(note!, 'reason')).toBe('The joint programme closed.');
    // Both sides' managers read one audit event per change.
    const audit = (await t.dataSource.query(
      `SELECT action, cluster_id, counterpart_cluster_id FROM audit_event WHERE object_id = $1 ORDER BY created_at`,
      [partnershipId],
    )) as { action: string; cluster_id: string; counterpart_cluster_id: string }[];
    // The German manager lists the events its cluster did not record (the other side's), named by both clusters.
    const listed = await germanManager.client.ok<{
      auditEvents: { edges: { node: { action: string; objectName: string | null } }[] };
    }>(
      `query { auditEvents(first: 50, filter: { objectType: "ClusterPartnership" }) { edges { node { action objectName } } } }`,
    );
    expect(listed.auditEvents.edges.map((edge) => edge.node.action).sort()).toEqual([
      'clusterPartnership.accepted',
      'clusterPartnership.ended',
      'clusterPartnership.proposed',
    ]);
    expect(listed.auditEvents.edges[0]!.node.objectName).toMatch(/Baden-Württemberg Automotive/);
    expect(audit).toEqual([
      {
        action: 'clusterPartnership.proposed',
        cluster_id: cast.cluster.id,
        counterpart_cluster_id: germany.id,
      },
      {
        action: 'clusterPartnership.accepted',
        cluster_id: germany.id,
        counterpart_cluster_id: cast.cluster.id,
      },
      {
        action: 'clusterPartnership.ended',
        cluster_id: cast.cluster.id,
        counterpart_cluster_id: germany.id,
      },
    ]);
  });

  it('an ended partnership frees the pair for a new proposal, which may be declined with a reason', async () => {
    const again = (
      await propose(germanManager.client, {
        clusterId: germany.id,
        partnerClusterId: cast.cluster.id,
        kind: 'INTERNATIONAL',
      })
    ).data!.proposeClusterPartnership;
    await expectRefused(
      t,
      () => cast.manager.client.gql(DECLINE, { input: { partnershipId: again.id } }),
      'BAD_USER_INPUT',
      'reason',
    );
    const declined = await cast.manager.client.ok<{ declineClusterPartnership: Partnership }>(
      DECLINE,
      { input: { partnershipId: again.id, reason: 'Not this year.' } },
    );
    expect(declined.declineClusterPartnership).toMatchObject({
      status: 'DECLINED',
      reason: 'Not this year.',
    });
    expect((await germanSees()).need).toBe('NOT_FOUND');
  });
});

describe('refusals', () => {
  let proposedId: string;
  let domestic: { id: string };

  beforeAll(async () => {
    domestic = cast.otherCluster;
    proposedId = (
      await propose(cast.manager.client, {
        clusterId: cast.cluster.id,
        partnerClusterId: domestic.id,
        kind: 'DOMESTIC',
      })
    ).data!.proposeClusterPartnership.id;
  });

  it('refuses a second live partnership of the pair, from either side, as a CONFLICT', async () => {
    await expectRefused(
      t,
      () =>
        propose(cast.manager.client, {
          clusterId: cast.cluster.id,
          partnerClusterId: domestic.id,
          kind: 'DOMESTIC',
        }),
      'CONFLICT',
      'partnerClusterId',
    );
    await expectRefused(
      t,
      () =>
        propose(cast.otherManager.client, {
          clusterId: domestic.id,
          partnerClusterId: cast.cluster.id,
          kind: 'DOMESTIC',
        }),
      'CONFLICT',
      'partnerClusterId',
    );
  });

  it('refuses two proposals at the same moment but one (the unique index decides)', async () => {
    const third = await createCluster(cast.admin.client, cast.clusterOrg.id, {
      nameEn: 'Ulsan Hydrogen',
      nameKo: '울산 수소',
      region: 'KR-31',
    });
    const thirdManager = await appointManager(t, cast.admin.client, third.id);
    const results = await Promise.all([
      propose(cast.manager.client, {
        clusterId: cast.cluster.id,
        partnerClusterId: third.id,
        kind: 'DOMESTIC',
      }),
      propose(thirdManager.client, {
        clusterId: third.id,
        partnerClusterId: cast.cluster.id,
        kind: 'DOMESTIC',
      }),
    ]);
    expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'OK']);
    const [row] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM cluster_partnership WHERE $1 IN (cluster_a_id, cluster_b_id) AND $2 IN (cluster_a_id, cluster_b_id)`,
      [cast.cluster.id, third.id],
    )) as { n: number }[];
    expect(row!.n).toBe(1);
  });

  it('refuses the wrong kind, the cluster itself and bad input with their fields', async () => {
    await expectRefused(
      t,
      () =>
        propose(cast.manager.client, {
          clusterId: cast.cluster.id,
          partnerClusterId: germany.id,
          kind: 'DOMESTIC',
        }),
      'BAD_USER_INPUT',
      'kind',
    );
    await expectRefused(
      t,
      () =>
        propose(cast.manager.client, {
          clusterId: cast.cluster.id,
          partnerClusterId: cast.cluster.id,
          kind: 'DOMESTIC',
        }),
      'BAD_USER_INPUT',
      'partnerClusterId',
    );
    await expectRefused(
      t,
      () =>
        propose(cast.manager.client, {
          clusterId: cast.cluster.id,
          partnerClusterId: germany.id,
          kind: 'INTERNATIONAL',
          note: 'x'.repeat(2001),
        }),
      'BAD_USER_INPUT',
      'note',
    );
    await expectRefused(
      t,
      () =>
        propose(cast.manager.client, {
          clusterId: cast.cluster.id,
          partnerClusterId: '00000000-0000-4000-8000-000000000000',
          kind: 'INTERNATIONAL',
        }),
      'NOT_FOUND',
    );
  });

  it('lets only a manager of the cluster propose for it', async () => {
    for (const client of [cast.orgAdmin.client, cast.admin.client, cast.otherManager.client])
      await expectRefused(
        t,
        () =>
          propose(client, {
            clusterId: cast.cluster.id,
            partnerClusterId: germany.id,
            kind: 'INTERNATIONAL',
          }),
        'FORBIDDEN',
        'clusterId',
      );
    await expectRefused(
      t,
      () =>
        propose(cast.anonymous, {
          clusterId: cast.cluster.id,
          partnerClusterId: germany.id,
          kind: 'INTERNATIONAL',
        }),
      'UNAUTHENTICATED',
    );
  });

  it('lets only the recipient answer, and hides a proposal from everyone else', async () => {
    await expectRefused(
      t,
      () => cast.manager.client.gql(ACCEPT, { input: { partnershipId: proposedId } }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => germanManager.client.gql(ACCEPT, { input: { partnershipId: proposedId } }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        cast.orgAdmin.client.gql(DECLINE, {
          input: { partnershipId: proposedId, reason: 'No thanks' },
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        cast.otherManager.client.gql(END, {
          input: { partnershipId: proposedId, reason: 'Too early' },
        }),
      'CONFLICT',
      'status',
    );
  });
});

describe('a proposal withdrawn before it is answered', () => {
  let proposalId: string;
  const withdraw = (client: TestClient, input: Record<string, unknown>) =>
    client.gql<{ withdrawClusterPartnership: Partnership }>(WITHDRAW, { input });
  const statusOf = async (id: string): Promise<string> =>
    (
      (await t.dataSource.query(`SELECT status FROM cluster_partnership WHERE id = $1`, [id])) as {
        status: string;
      }[]
    )[0]!.status;

  beforeAll(async () => {
    // The Daegu–Germany pair is free again (its last proposal was declined).
    proposalId = (
      await propose(cast.manager.client, {
        clusterId: cast.cluster.id,
        ...daeguToGermany,
        partnerClusterId: germany.id,
      })
    ).data!.proposeClusterPartnership.id;
  });

  it('offers the proposer, and only the proposer, a withdraw button', async () => {
    const asProposer = await cast.manager.client.ok<{ clusterPartnership: Partnership }>(
      PARTNERSHIP,
      { id: proposalId },
    );
    expect(asProposer.clusterPartnership.viewerActions).toEqual(['WITHDRAW']);
    const asRecipient = await germanManager.client.ok<{ clusterPartnership: Partnership }>(
      PARTNERSHIP,
      { id: proposalId },
    );
    expect(asRecipient.clusterPartnership.viewerActions).toEqual(['ACCEPT', 'DECLINE']);
  });

  it('refuses every other role, and bad input, changing nothing', async () => {
    // The recipient answers; it does not withdraw the other side's proposal.
    await expectRefused(
      t,
      () => withdraw(germanManager.client, { partnershipId: proposalId }),
      'FORBIDDEN',
    );
    // A platform admin may read the proposal but does not speak for the proposing cluster.
    await expectRefused(
      t,
      () => withdraw(cast.admin.client, { partnershipId: proposalId }),
      'FORBIDDEN',
    );
    // A manager of a third cluster and a member firm's admin cannot even see it.
    for (const client of [cast.otherManager.client, cast.orgAdmin.client, germanAdmin.client])
      await expectRefused(t, () => withdraw(client, { partnershipId: proposalId }), 'NOT_FOUND');
    await expectRefused(
      t,
      () => withdraw(cast.anonymous, { partnershipId: proposalId }),
      'UNAUTHENTICATED',
    );
    await expectRefused(
      t,
      () => withdraw(cast.manager.client, { partnershipId: proposalId, reason: 'x'.repeat(1001) }),
      'BAD_USER_INPUT',
      'reason',
    );
    await expectRefused(
      t,
      () => withdraw(cast.manager.client, { partnershipId: 'not-a-uuid' }),
      'BAD_USER_INPUT',
      'partnershipId',
    );
    await expectRefused(
      t,
      () =>
        withdraw(cast.manager.client, { partnershipId: '00000000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
    );
    expect(await statusOf(proposalId)).toBe('PROPOSED');
  });

  it('the proposer withdraws it: audited, the other cluster’s managers notified, the pair free again', async () => {
    const withdrawn = await cast.manager.client.ok<{
      withdrawClusterPartnership: Partnership & { endedByCluster: { id: string } };
    }>(WITHDRAW, { input: { partnershipId: proposalId, reason: 'Proposed too early.' } });
    expect(withdrawn.withdrawClusterPartnership).toMatchObject({
      status: 'WITHDRAWN',
      reason: 'Proposed too early.',
      endedByCluster: { id: cast.cluster.id },
      viewerActions: [],
    });
    const audit = (await t.dataSource.query(
      `SELECT action, cluster_id, counterpart_cluster_id, before->>'status' AS before, after->>'status' AS after
         FROM audit_event WHERE object_id = $1 ORDER BY created_at`,
      [proposalId],
    )) as Record<string, string>[];
    expect(audit.map((row) => row.action)).toEqual([
      'clusterPartnership.proposed',
      'clusterPartnership.withdrawn',
    ]);
    expect(audit[1]).toMatchObject({
      cluster_id: cast.cluster.id,
      counterpart_cluster_id: germany.id,
      before: 'PROPOSED',
      after: 'WITHDRAWN',
    });
    await runFanOuts(t);
    const notes = (await inbox(germanManager)).nodes.filter(
      (n) => n.type === 'cluster.partnershipEnded' && n.path === `/partnerships/${proposalId}`,
    );
    expect(notes).toHaveLength(1);
    expect(param(notes[0]!, 'context')).toBe('WITHDRAWN');
    expect(param(notes[0]!, 'reason')).toBe('Proposed too early.');
    // The proposer's own managers are not told what they did themselves.
    expect(
      (await inbox(cast.manager)).nodes.filter((n) => n.path === `/partnerships/${proposalId}`),
    ).toEqual([]);
    // Once withdrawn it is over: neither side can act on it any more.
    await expectRefused(
      t,
      () => withdraw(cast.manager.client, { partnershipId: proposalId }),
      'CONFLICT',
      'status',
    );
    await expectRefused(
      t,
      () => germanManager.client.gql(ACCEPT, { input: { partnershipId: proposalId } }),
      'CONFLICT',
      'status',
    );
    // And the pair may start over.
    const fresh = await propose(germanManager.client, {
      clusterId: germany.id,
      partnerClusterId: cast.cluster.id,
      kind: 'INTERNATIONAL',
    });
    expect(fresh.data?.proposeClusterPartnership.status).toBe('PROPOSED');
  });

  it('refuses to withdraw a proposal already answered', async () => {
    const [accepted] = (await t.dataSource.query(
      `SELECT id FROM cluster_partnership WHERE status = 'PROPOSED' AND proposer_cluster_id = $1`,
      [germany.id],
    )) as { id: string }[];
    await cast.manager.client.ok(ACCEPT, { input: { partnershipId: accepted!.id } });
    await expectRefused(
      t,
      () => withdraw(germanManager.client, { partnershipId: accepted!.id }),
      'CONFLICT',
      'status',
    );
    expect(await statusOf(accepted!.id)).toBe('ACTIVE');
  });
});
