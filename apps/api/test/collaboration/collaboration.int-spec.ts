import { DomainError } from '@spillover/domain';
import {
  CollaborationService,
  type NewCollaboration,
} from '../../src/collaboration/collaboration.service';
import type { Actor } from '../../src/platform/auth/actor';
import { expectRefused } from '../support/factories';
import { inbox, runFanOuts } from '../notification/notification-support';
import { NEED, listingCast, needIn, type ListingCast, type NeedView } from '../support/listings';
import { auditOf, castOfRoles } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const FIELDS = `id status outcome type startedOn completedAt detailsVisible title technologyAreas viewerCanComplete
  organizations { id } need { id title } capability { id } completedBy { id }`;
const PAGE_FIELDS = `id status outcome type startedOn detailsVisible title technologyAreas viewerCanComplete organizations { id } need { id title }`;
const ORG_COLLABORATIONS = `query OrgCollaborations($id: ID!) {
  organization(id: $id) { collaborations(first: 20) { totalCount edges { node { ${PAGE_FIELDS} } } } }
}`;
const COLLABORATION = `query Collaboration($id: ID!) { collaboration(id: $id) { ${FIELDS} } }`;
const COMPLETE = `mutation Complete($id: ID!, $outcome: CollaborationOutcome!) { completeCollaboration(id: $id, outcome: $outcome) { ${FIELDS} } }`;

interface CollaborationView {
  id: string;
  status: string;
  outcome: string | null;
  type: string | null;
  startedOn: string;
  completedAt: string | null;
  detailsVisible: boolean;
  title: string | null;
  technologyAreas: string[];
  viewerCanComplete: boolean;
  organizations: { id: string }[];
  need: { id: string; title: string } | null;
  capability: { id: string } | null;
  completedBy: { id: string } | null;
}

let t: TestApp;
let cast: ListingCast;
let service: CollaborationService;

const actorOf = (userId: string): Actor => ({
  kind: 'user',
  userId,
  isAdmin: false,
  requestId: 'collaboration-test',
  via: { kind: 'session', sessionId: 'test' },
});

/** What the interests feature does when an interest on this need is accepted. */
async function collaborationFrom(
  needId: string,
  title: string,
  overrides: Partial<NewCollaboration> = {},
) {
  return service.createFromAcceptedInterest(actorOf(cast.orgAdmin.userId), {
    organizationIds: [cast.org.id, cast.invitedOrg.id],
    type: 'TECHNICAL_COOPERATION',
    needId,
    title,
    technologyAreas: ['EF05'],
    startedOn: '2026-11-02',
    ...overrides,
  });
}

const onPage = async (client: TestClient, organizationId: string) =>
  (
    await client.ok<{
      organization: {
        collaborations: { totalCount: number; edges: { node: CollaborationView }[] };
      };
    }>(ORG_COLLABORATIONS, { id: organizationId })
  ).organization.collaborations;
const one = async (client: TestClient, id: string) =>
  (await client.ok<{ collaboration: CollaborationView }>(COLLABORATION, { id })).collaboration;
const needOf = async (id: string) =>
  (await cast.orgAdmin.client.ok<{ technologyNeed: NeedView }>(NEED, { id })).technologyNeed;

beforeAll(async () => {
  t = await createTestApp();
  cast = await listingCast(t, await castOfRoles(t));
  service = t.app.get(CollaborationService);
});
afterAll(async () => {
  await t.close();
});

describe('collaborations from accepted interests', () => {
  it('records the edge once, in pair order, with its type and source, on both organizations’ pages', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      title: 'Hydrogen valve seals',
    });
    const created = await collaborationFrom(need.id, need.title, {
      organizationIds: [cast.invitedOrg.id, cast.org.id],
      interestId: '00000000-0000-4000-8000-0000000000aa',
    });
    const [row] = (await t.dataSource.query(
      `SELECT organization_a_id < organization_b_id AS ordered, collaboration_type, status, need_id FROM collaboration WHERE id = $1`,
      [created.id],
    )) as { ordered: boolean; collaboration_type: string; status: string; need_id: string }[];
    expect(row).toEqual({
      ordered: true,
      collaboration_type: 'TECHNICAL_COOPERATION',
      status: 'ACTIVE',
      need_id: need.id,
    });
    for (const organizationId of [cast.org.id, cast.invitedOrg.id]) {
      const node = (await onPage(cast.anonymous, organizationId)).edges.find(
        (edge) => edge.node.id === created.id,
      )?.node;
      expect(node).toMatchObject({
        status: 'ACTIVE',
        type: 'TECHNICAL_COOPERATION',
        startedOn: '2026-11-02',
        title: 'Hydrogen valve seals',
        detailsVisible: true,
        need: { id: need.id },
        viewerCanComplete: false,
      });
      expect(node?.organizations.map((o) => o.id).sort()).toEqual(
        [cast.org.id, cast.invitedOrg.id].sort(),
      );
    }
    const [audit] = await auditOf(t, created.id);
    expect(audit).toMatchObject({
      action: 'collaboration.created',
      object_type: 'Collaboration',
      after: { needId: need.id, interestId: '00000000-0000-4000-8000-0000000000aa' },
    });
  });

  it('lets a member of the answering side mark it SOLVED: the need closes as SOLVED, audited, and its matches refresh', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const created = await collaborationFrom(need.id, need.title);
    expect((await one(cast.invitedMember.client, created.id)).viewerCanComplete).toBe(true);
    const [before] = (await t.dataSource.query(
      `SELECT requested_at FROM match_refresh_request WHERE listing_id = $1`,
      [need.id],
    )) as { requested_at: Date }[];
    const done = (
      await cast.invitedMember.client.ok<{ completeCollaboration: CollaborationView }>(COMPLETE, {
        id: created.id,
        outcome: 'SOLVED',
      })
    ).completeCollaboration;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      outcome: 'SOLVED',
      viewerCanComplete: false,
      completedBy: { id: cast.invitedMember.userId },
    });
    expect(done.completedAt).not.toBeNull();
    expect(await needOf(need.id)).toMatchObject({ status: 'CLOSED', closeReason: 'SOLVED' });
    expect((await auditOf(t, created.id)).map((a) => a.action)).toEqual([
      'collaboration.created',
      'collaboration.completed',
    ]);
    const closed = (await auditOf(t, need.id)).find((a) => a.action === 'need.closed');
    expect(closed?.after).toEqual({
      status: 'CLOSED',
      closeReason: 'SOLVED',
      collaborationId: created.id,
    });
    const [after] = (await t.dataSource.query(
      `SELECT requested_at FROM match_refresh_request WHERE listing_id = $1`,
      [need.id],
    )) as { requested_at: Date }[];
    expect(after?.requested_at.getTime()).toBeGreaterThan(before?.requested_at.getTime() ?? 0);
    // Both sides hear of it, but the one who did it.
    await runFanOuts(t);
    const heard = async (who: Parameters<typeof inbox>[0]) =>
      (await inbox(who)).nodes
        .filter((n) => n.type === 'collaboration.completed')
        .map((n) => n.path);
    expect(await heard(cast.orgMember)).toEqual([
      `/organizations/${cast.org.id}?tab=collaborations`,
    ]);
    expect(await heard(cast.invitedAdmin)).toEqual([
      `/organizations/${cast.invitedOrg.id}?tab=collaborations`,
    ]);
    expect(await heard(cast.invitedMember)).toEqual([]);
    // Who completed it is the parties' business.
    expect((await one(cast.otherOrgAdmin.client, created.id)).completedBy).toBeNull();
  });

  it.each(['ONGOING', 'DISCONTINUED'])(
    'leaves the need open when the outcome is %s',
    async (outcome) => {
      const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
      const created = await collaborationFrom(need.id, need.title);
      await cast.orgMember.client.ok(COMPLETE, { id: created.id, outcome });
      expect((await one(cast.anonymous, created.id)).outcome).toBe(outcome);
      expect((await needOf(need.id)).status).toBe('OPEN');
    },
  );

  it('shows the edge of a PRIVATE need to everyone but its title and source only to those who may see the need', async () => {
    const title = 'Secret stack redesign for a confidential customer';
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      title,
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.invitedOrg.id],
    });
    const created = await collaborationFrom(need.id, need.title);
    for (const client of [
      cast.anonymous,
      cast.otherOrgAdmin.client,
      cast.mateMember.client,
      cast.loner.client,
    ]) {
      const page = await onPage(client, cast.org.id);
      const node = page.edges.find((edge) => edge.node.id === created.id)?.node;
      expect(node).toMatchObject({
        detailsVisible: false,
        title: null,
        technologyAreas: [],
        need: null,
        type: 'TECHNICAL_COOPERATION',
      });
      expect(JSON.stringify(page)).not.toContain(title);
      expect(await one(client, created.id)).toMatchObject({ title: null, need: null });
    }
    for (const client of [cast.orgMember.client, cast.invitedMember.client, cast.admin.client])
      expect(await one(client, created.id)).toMatchObject({
        detailsVisible: true,
        title,
        need: { id: need.id },
      });
  });
});

describe('collaborations: refusals', () => {
  let collaborationId: string;
  beforeAll(async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    collaborationId = (await collaborationFrom(need.id, need.title)).id;
  });

  it.each([
    ['an ORG_ADMIN of an unrelated organization', () => cast.otherOrgAdmin.client, 'FORBIDDEN'],
    ['a member of a cluster-mate organization', () => cast.mateMember.client, 'FORBIDDEN'],
    ['a platform admin (who moderates, not collaborates)', () => cast.admin.client, 'FORBIDDEN'],
    ['an anonymous visitor', () => cast.anonymous, 'UNAUTHENTICATED'],
  ])('refuses %s to complete it', async (_who, client, code) => {
    await expectRefused(
      t,
      () => client().gql(COMPLETE, { id: collaborationId, outcome: 'SOLVED' }),
      code,
    );
  });

  it('refuses to complete it twice, on its status', async () => {
    await cast.orgMember.client.ok(COMPLETE, { id: collaborationId, outcome: 'DISCONTINUED' });
    await expectRefused(
      t,
      () => cast.invitedAdmin.client.gql(COMPLETE, { id: collaborationId, outcome: 'SOLVED' }),
      'CONFLICT',
      'status',
    );
  });

  it('answers NOT_FOUND for a collaboration that does not exist', async () => {
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(COMPLETE, {
          id: '00000000-0000-4000-8000-00000000dead',
          outcome: 'SOLVED',
        }),
      'NOT_FOUND',
    );
  });

  it('refuses to record a collaboration of an organization with itself, or with two sources', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const refusal = (run: Promise<unknown>) =>
      run.then(
        () => null,
        (error: DomainError) => [error.code, error.field],
      );
    expect(
      await refusal(
        collaborationFrom(need.id, need.title, { organizationIds: [cast.org.id, cast.org.id] }),
      ),
    ).toEqual(['BAD_USER_INPUT', 'organizationIds']);
    expect(
      await refusal(collaborationFrom(need.id, need.title, { capabilityId: need.id })),
    ).toEqual(['BAD_USER_INPUT', 'capabilityId']);
    expect(
      await t.dataSource.query(`SELECT 1 FROM collaboration WHERE need_id = $1`, [need.id]),
    ).toEqual([]);
  });
});
