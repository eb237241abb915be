import { NeedService } from '../../src/need/need.service';
import { createOrganization, expectRefused, signUp } from '../support/factories';
import {
  CLOSE_NEED,
  CREATE_NEED,
  NEED,
  ORG_NEEDS,
  PUBLISH_NEED,
  UPDATE_NEED,
  auditText,
  createNeed,
  inDays,
  needIn,
  needInput,
  type NeedData,
  type NeedView,
} from '../support/listings';
import { auditOf, castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';
const SECRET = 'Target: 2.1 kW/kg with the bipolar plates of supplier K.';

let t: TestApp;
let cast: Cast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
});
afterAll(async () => {
  await t.close();
});

const read = async (client: TestClient, id: string) =>
  (await client.ok<{ technologyNeed: NeedView }>(NEED, { id })).technologyNeed;
const update = (client: TestClient, id: string, input: Record<string, unknown>) =>
  client.gql<{ updateTechnologyNeed: NeedData }>(UPDATE_NEED, { id, input });
const orgNeeds = async (
  client: TestClient,
  organizationId: string,
  first = 20,
  after: string | null = null,
) =>
  (
    await client.ok<{
      organization: {
        technologyNeeds: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      };
    }>(ORG_NEEDS, {
      id: organizationId,
      first,
      after,
    })
  ).organization.technologyNeeds;

/** An organization of its own, so that lists and counts are not shared with other tests. */
async function freshOrg() {
  const admin = await signUp(t, { displayName: 'Need Owner' });
  const org = await createOrganization(admin.client);
  return { admin, org };
}

describe('technology needs: happy path', () => {
  it('lets an ORG_MEMBER draft a need with every field; it is a DRAFT, audited without the confidential text', async () => {
    const input = needInput({
      title: '  Carbon-fibre seat frame for compact EVs  ',
      sectors: ['29', 'C'],
      invitedOrganizationIds: null,
    });
    const data = await cast.orgMember.client.ok<{ createTechnologyNeed: NeedData }>(CREATE_NEED, {
      org: cast.org.id,
      input,
    });
    const need = data.createTechnologyNeed;
    expect(need).toMatchObject({
      status: 'DRAFT',
      closeReason: null,
      title: 'Carbon-fibre seat frame for compact EVs',
      publicSummary: input.publicSummary,
      desiredOutcome: input.desiredOutcome,
      technologyAreas: ['EF05'],
      sectors: ['29', 'C'],
      currentTrl: 4,
      targetTrl: 7,
      budgetMin: 50_000_000,
      budgetMax: 300_000_000,
      currency: 'KRW',
      responseDeadline: input.responseDeadline,
      collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
      visibility: 'PUBLIC',
      ndaTerms: null,
      publishedAt: null,
      closedAt: null,
      organization: { id: cast.org.id },
    });
    const asOwner = await read(cast.orgMember.client, need.id);
    expect(asOwner).toMatchObject({
      confidentialDetails: SECRET,
      viewerConfidentialAccess: 'OWNER',
      viewerCanEdit: true,
      viewerCanPublish: false,
    });
    expect((await read(cast.orgAdmin.client, need.id)).viewerCanPublish).toBe(true);

    const [created] = await auditOf(t, need.id);
    expect(created).toMatchObject({
      action: 'need.created',
      actor_id: cast.orgMember.userId,
      object_type: 'TechnologyNeed',
      organization_id: cast.org.id,
      before: null,
      after: expect.objectContaining({
        title: 'Carbon-fibre seat frame for compact EVs',
        currentTrl: 4,
        targetTrl: 7,
        currency: 'KRW',
        visibility: 'PUBLIC',
        confidentialDetails: '[confidential]',
      }),
    });
    expect(await auditText(t)).not.toContain('bipolar plates');
  });

  it('keeps a draft incomplete: a title is enough, the rest defaults', async () => {
    const data = await cast.orgMember.client.ok<{ createTechnologyNeed: NeedData }>(CREATE_NEED, {
      org: cast.org.id,
      input: { title: 'Smart factory vision QA' },
    });
    expect(data.createTechnologyNeed).toMatchObject({
      status: 'DRAFT',
      publicSummary: '',
      technologyAreas: [],
      sectors: [],
      currentTrl: null,
      targetTrl: null,
      budgetMin: null,
      budgetMax: null,
      currency: null,
      responseDeadline: null,
      collaborationTypes: [],
      visibility: 'PUBLIC',
    });
  });

  it('lets an ORG_MEMBER edit: given fields change, others stay, null clears; audited with before and after, confidential text masked', async () => {
    const need = await createNeed(cast.orgMember.client, cast.org.id, {
      title: 'Die-cast battery housing',
    });
    const data = await update(cast.orgMember.client, need.id, {
      targetTrl: 8,
      budgetMin: null,
      budgetMax: null,
      currency: null,
      confidentialDetails: 'New tolerance: ±0.05 mm on the sealing face.',
      sectors: ['29', '27'],
    });
    expect(data.errors).toBeUndefined();
    expect(data.data!.updateTechnologyNeed).toMatchObject({
      title: 'Die-cast battery housing',
      currentTrl: 4,
      targetTrl: 8,
      budgetMin: null,
      budgetMax: null,
      currency: null,
      sectors: ['29', '27'],
      status: 'DRAFT',
    });
    expect((await read(cast.orgAdmin.client, need.id)).confidentialDetails).toBe(
      'New tolerance: ±0.05 mm on the sealing face.',
    );

    const updated = (await auditOf(t, need.id)).find((e) => e.action === 'need.updated');
    expect(updated).toMatchObject({
      actor_id: cast.orgMember.userId,
      organization_id: cast.org.id,
      before: expect.objectContaining({
        targetTrl: 7,
        budgetMin: 50_000_000,
        currency: 'KRW',
        sectors: ['29'],
        confidentialDetails: '[confidential]',
      }),
      after: expect.objectContaining({
        targetTrl: 8,
        budgetMin: null,
        currency: null,
        sectors: ['29', '27'],
        confidentialDetails: '[confidential]',
      }),
    });
    expect(await auditText(t)).not.toContain('sealing face');
  });

  it('records nothing for an edit that changes nothing', async () => {
    const need = await createNeed(cast.orgMember.client, cast.org.id);
    const result = await update(cast.orgMember.client, need.id, {
      targetTrl: 7,
      title: need.title,
    });
    expect(result.errors).toBeUndefined();
    expect((await auditOf(t, need.id)).map((e) => e.action)).toEqual(['need.created']);
  });

  it('lets an ORG_ADMIN publish a complete draft (DRAFT → OPEN), audited', async () => {
    const need = await createNeed(cast.orgMember.client, cast.org.id);
    const data = await cast.orgAdmin.client.ok<{ publishTechnologyNeed: NeedData }>(PUBLISH_NEED, {
      id: need.id,
    });
    expect(data.publishTechnologyNeed).toMatchObject({
      id: need.id,
      status: 'OPEN',
      closeReason: null,
      closedAt: null,
    });
    expect(Date.parse(data.publishTechnologyNeed.publishedAt!)).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect((await auditOf(t, need.id)).at(-1)).toMatchObject({
      action: 'need.published',
      actor_id: cast.orgAdmin.userId,
      organization_id: cast.org.id,
      before: { status: 'DRAFT' },
      after: { status: 'OPEN' },
    });
    // Anonymous visitors see the public summary of an OPEN PUBLIC need, not the confidential details.
    const asAnonymous = await read(cast.anonymous, need.id);
    expect(asAnonymous).toMatchObject({
      status: 'OPEN',
      publicSummary: need.publicSummary,
      confidentialDetails: null,
      viewerConfidentialAccess: 'NO_NDA',
      viewerCanEdit: false,
      viewerCanPublish: false,
    });
  });

  it('lets members keep editing an OPEN need as long as it stays publishable', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const deadline = inDays(60);
    const data = await update(cast.orgMember.client, need.id, {
      responseDeadline: deadline,
      desiredOutcome: 'A pilot line in Seongseo by 2027.',
    });
    expect(data.errors).toBeUndefined();
    expect(data.data!.updateTechnologyNeed).toMatchObject({
      status: 'OPEN',
      responseDeadline: deadline,
      desiredOutcome: 'A pilot line in Seongseo by 2027.',
    });
  });

  it.each(['SOLVED', 'WITHDRAWN'])(
    'lets an ORG_ADMIN close an OPEN need as %s, audited',
    async (reason) => {
      const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
      const data = await cast.orgAdmin.client.ok<{ closeTechnologyNeed: NeedData }>(CLOSE_NEED, {
        id: need.id,
        reason,
      });
      expect(data.closeTechnologyNeed).toMatchObject({ status: 'CLOSED', closeReason: reason });
      expect(Date.parse(data.closeTechnologyNeed.closedAt!)).toBeGreaterThan(Date.now() - 60_000);
      expect((await auditOf(t, need.id)).at(-1)).toMatchObject({
        action: 'need.closed',
        actor_id: cast.orgAdmin.userId,
        before: { status: 'OPEN' },
        after: { status: 'CLOSED', closeReason: reason },
      });
      // A CLOSED need stays readable for the record.
      expect((await read(cast.anonymous, need.id)).status).toBe('CLOSED');
    },
  );

  it('lets a platform admin close any OPEN need (moderation)', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const data = await cast.admin.client.ok<{ closeTechnologyNeed: NeedData }>(CLOSE_NEED, {
      id: need.id,
      reason: 'WITHDRAWN',
    });
    expect(data.closeTechnologyNeed.status).toBe('CLOSED');
    expect((await auditOf(t, need.id)).at(-1)).toMatchObject({
      action: 'need.closed',
      actor_id: cast.admin.userId,
    });
  });

  it('keeps the invited organizations of a PRIVATE need, shows them to the owner only, and drops them when it becomes PUBLIC', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.otherOrg.id],
    });
    expect((await read(cast.orgMember.client, need.id)).invitedOrganizations).toEqual([
      { id: cast.otherOrg.id },
    ]);
    expect((await read(cast.otherOrgAdmin.client, need.id)).invitedOrganizations).toEqual([]);
    expect((await read(cast.admin.client, need.id)).invitedOrganizations).toEqual([]);
    const data = await update(cast.orgAdmin.client, need.id, {
      visibility: 'PUBLIC',
      invitedOrganizationIds: [],
    });
    expect(data.errors).toBeUndefined();
    expect((await read(cast.orgMember.client, need.id)).invitedOrganizations).toEqual([]);
    expect(
      (
        await t.dataSource.query(`SELECT * FROM need_invited_organization WHERE need_id = $1`, [
          need.id,
        ])
      ).length,
    ).toBe(0);
    expect((await auditOf(t, need.id)).at(-1)).toMatchObject({
      action: 'need.updated',
      before: expect.objectContaining({
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      }),
      after: expect.objectContaining({ visibility: 'PUBLIC', invitedOrganizationIds: [] }),
    });
  });

  it('lists an organization’s needs newest first, page by page, with the total count', async () => {
    const { admin, org } = await freshOrg();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push((await createNeed(admin.client, org.id, { title: `Need number ${i}` })).id);
    const first = await orgNeeds(admin.client, org.id, 2);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await orgNeeds(admin.client, org.id, 2, first.pageInfo.endCursor);
    expect(second.totalCount).toBe(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual([...ids].reverse());
  });

  it('expires OPEN needs whose deadline passed, by the scheduled job’s work, once', async () => {
    const due = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const ahead = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const draft = await createNeed(cast.orgAdmin.client, cast.org.id);
    await t.dataSource.query(
      `UPDATE technology_need SET response_deadline = now() - interval '1 minute' WHERE id = ANY($1)`,
      [[due.id, draft.id]],
    );

    const expired = await t.app.get(NeedService).expireDue(new Date());
    expect(expired).toEqual([due.id]);
    expect(await read(cast.orgAdmin.client, due.id)).toMatchObject({
      status: 'CLOSED',
      closeReason: 'EXPIRED',
    });
    expect((await read(cast.orgAdmin.client, due.id)).closedAt).not.toBeNull();
    expect((await read(cast.orgAdmin.client, ahead.id)).status).toBe('OPEN');
    expect((await read(cast.orgAdmin.client, draft.id)).status).toBe('DRAFT');
    expect((await auditOf(t, due.id)).at(-1)).toMatchObject({
      action: 'need.expired',
      actor_id: null,
      organization_id: cast.org.id,
      before: { status: 'OPEN' },
      after: { status: 'CLOSED', closeReason: 'EXPIRED' },
    });

    expect(await t.app.get(NeedService).expireDue(new Date())).toEqual([]);
    expect((await auditOf(t, due.id)).filter((e) => e.action === 'need.expired')).toHaveLength(1);
  });
});

describe('technology needs: refusals', () => {
  describe('who may write', () => {
    it('refuses drafting for an organization to everyone but its members (and platform admins)', async () => {
      const run = (client: TestClient) => () =>
        client.gql(CREATE_NEED, { org: cast.org.id, input: needInput() });
      await expectRefused(t, run(cast.anonymous), 'UNAUTHENTICATED');
      await expectRefused(t, run(cast.otherOrgAdmin.client), 'FORBIDDEN');
      await expectRefused(t, run(cast.manager.client), 'FORBIDDEN');
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(CREATE_NEED, { org: MISSING, input: needInput() }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(CREATE_NEED, { org: 'org-1', input: needInput() }),
        'BAD_USER_INPUT',
        'organizationId',
      );
    });

    it('lets an ORG_MEMBER edit but not publish, close or set NDA terms (FORBIDDEN)', async () => {
      const draft = await createNeed(cast.orgMember.client, cast.org.id);
      const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
      await expectRefused(
        t,
        () => cast.orgMember.client.gql(PUBLISH_NEED, { id: draft.id }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () => cast.orgMember.client.gql(CLOSE_NEED, { id: open.id, reason: 'SOLVED' }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () =>
          cast.orgMember.client.gql(
            `mutation($id: ID!) { setNdaTerms(needId: $id, input: { text: "The recipient keeps it secret for three years.", version: "v1" }) { id } }`,
            { id: open.id },
          ),
        'FORBIDDEN',
      );
      expect((await read(cast.orgMember.client, open.id)).viewerCanPublish).toBe(false);
    });

    it('refuses edits, publishing and closing of a visible need to others (FORBIDDEN, or UNAUTHENTICATED when signed out)', async () => {
      const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
      for (const [client, code] of [
        [cast.anonymous, 'UNAUTHENTICATED'],
        [cast.otherOrgAdmin.client, 'FORBIDDEN'],
        [cast.manager.client, 'FORBIDDEN'],
      ] as const) {
        await expectRefused(t, () => update(client, open.id, { title: 'Hijacked' }), code);
        await expectRefused(t, () => client.gql(PUBLISH_NEED, { id: open.id }), code);
        await expectRefused(
          t,
          () => client.gql(CLOSE_NEED, { id: open.id, reason: 'WITHDRAWN' }),
          code,
        );
        expect(await read(client, open.id)).toMatchObject({
          viewerCanEdit: false,
          viewerCanPublish: false,
        });
      }
    });

    it('answers NOT_FOUND, as for a need that does not exist, when others touch a draft they cannot see', async () => {
      const draft = await createNeed(cast.orgAdmin.client, cast.org.id, {
        title: 'Secret project Hanbit',
      });
      for (const client of [
        cast.anonymous,
        cast.otherOrgAdmin.client,
        cast.manager.client,
        cast.admin.client,
      ]) {
        await expectRefused(t, () => update(client, draft.id, { title: 'Hijacked' }), 'NOT_FOUND');
        await expectRefused(t, () => client.gql(PUBLISH_NEED, { id: draft.id }), 'NOT_FOUND');
        await expectRefused(
          t,
          () => client.gql(CLOSE_NEED, { id: draft.id, reason: 'SOLVED' }),
          'NOT_FOUND',
        );
        const hidden = await client.gql(NEED, { id: draft.id });
        const missing = await client.gql(NEED, { id: MISSING });
        expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        // The same answer, word for word: nothing tells a hidden need from a missing one.
        expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
        expect(JSON.stringify(hidden)).not.toContain('Hanbit');
      }
    });
  });

  describe('who may change the audience', () => {
    type Role = 'orgAdmin' | 'orgMember' | 'otherOrgAdmin' | 'manager' | 'admin' | 'anonymous';
    const clientOf = (role: Role): TestClient =>
      role === 'anonymous' ? cast.anonymous : cast[role].client;
    const CHANGES = {
      visibility: () => ({ visibility: 'PUBLIC', invitedOrganizationIds: [] }),
      invitedOrganizationIds: () => ({
        invitedOrganizationIds: [cast.otherOrg.id, cast.clusterOrg.id],
      }),
    } as const;
    // A PRIVATE need inviting otherOrg: its admin and platform admins see it once published, the manager and visitors never.
    const EXPECTED: Record<'DRAFT' | 'OPEN', Record<Role, string>> = {
      DRAFT: {
        orgAdmin: 'OK',
        orgMember: 'OK',
        otherOrgAdmin: 'NOT_FOUND',
        manager: 'NOT_FOUND',
        admin: 'NOT_FOUND',
        anonymous: 'NOT_FOUND',
      },
      OPEN: {
        orgAdmin: 'OK',
        orgMember: 'FORBIDDEN',
        otherOrgAdmin: 'FORBIDDEN',
        manager: 'NOT_FOUND',
        admin: 'FORBIDDEN',
        anonymous: 'NOT_FOUND',
      },
    };
    const cases = (['DRAFT', 'OPEN'] as const).flatMap((status) =>
      (Object.keys(CHANGES) as (keyof typeof CHANGES)[]).flatMap((change) =>
        (Object.keys(EXPECTED[status]) as Role[]).map(
          (role) => [status, change, role, EXPECTED[status][role]] as const,
        ),
      ),
    );

    it.each(cases)(
      'a %s PRIVATE need: changing its %s as %s answers %s',
      async (status, change, role, expected) => {
        const need = await needIn(cast.orgAdmin.client, cast.org.id, status, {
          visibility: 'PRIVATE',
          invitedOrganizationIds: [cast.otherOrg.id],
        });
        const run = () => update(clientOf(role), need.id, CHANGES[change]());
        if (expected !== 'OK') {
          // The member is told which field only an ORG_ADMIN may change.
          await expectRefused(t, run, expected, role === 'orgMember' ? change : undefined);
          return;
        }
        expect((await run()).errors).toBeUndefined();
        const after = await read(cast.orgAdmin.client, need.id);
        if (change === 'visibility')
          expect(after).toMatchObject({ visibility: 'PUBLIC', invitedOrganizations: [] });
        else
          expect(after.invitedOrganizations.map((o) => o.id).sort()).toEqual(
            [cast.otherOrg.id, cast.clusterOrg.id].sort(),
          );
      },
    );

    it('tells each role whether it may change the audience: members of the owner on a draft, its ORG_ADMINs once published', async () => {
      const draft = await needIn(cast.orgAdmin.client, cast.org.id, 'DRAFT', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      });
      const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      });
      const can = async (role: Role, id: string) =>
        (await read(clientOf(role), id)).viewerCanChangeAudience;
      expect([await can('orgAdmin', draft.id), await can('orgMember', draft.id)]).toEqual([
        true,
        true,
      ]);
      expect([
        await can('orgAdmin', open.id),
        await can('orgMember', open.id),
        await can('otherOrgAdmin', open.id),
        await can('admin', open.id),
      ]).toEqual([true, false, false, false]);
    });

    it('still lets a member edit the other fields of a published need, resending its audience unchanged (invitations in any order)', async () => {
      const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id, cast.clusterOrg.id],
      });
      const data = await update(cast.orgMember.client, need.id, {
        desiredOutcome: 'A coating validated on 200 plates.',
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.clusterOrg.id, cast.otherOrg.id],
      });
      expect(data.errors).toBeUndefined();
      expect(data.data!.updateTechnologyNeed).toMatchObject({
        status: 'OPEN',
        visibility: 'PRIVATE',
        desiredOutcome: 'A coating validated on 200 plates.',
      });
    });
  });

  describe('whom a PRIVATE need may invite', () => {
    it('refuses the owner among its own invitees, when drafting and when editing (BAD_USER_INPUT on invitedOrganizationIds)', async () => {
      await expectRefused(
        t,
        () =>
          cast.orgMember.client.gql(CREATE_NEED, {
            org: cast.org.id,
            input: needInput({ visibility: 'PRIVATE', invitedOrganizationIds: [cast.org.id] }),
          }),
        'BAD_USER_INPUT',
        'invitedOrganizationIds',
      );
      const draft = await needIn(cast.orgAdmin.client, cast.org.id, 'DRAFT', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      });
      const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      });
      for (const need of [draft, open])
        await expectRefused(
          t,
          () =>
            update(cast.orgAdmin.client, need.id, {
              invitedOrganizationIds: [cast.otherOrg.id, cast.org.id],
            }),
          'BAD_USER_INPUT',
          'invitedOrganizationIds',
        );
    });
  });

  it('never wrote a confidential detail into the audit trail', async () => {
    expect(await auditText(t)).not.toContain('supplier K');
  });
});
