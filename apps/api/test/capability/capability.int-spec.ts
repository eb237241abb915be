import { createOrganization, expectRefused, signUp } from '../support/factories';
import {
  ARCHIVE_CAPABILITY,
  CAPABILITY,
  CREATE_CAPABILITY,
  DELETE_CAPABILITY_DRAFT,
  ORG_CAPABILITIES,
  PUBLISH_CAPABILITY,
  UPDATE_CAPABILITY,
  capabilityIn,
  capabilityInput,
  createCapability,
  type CapabilityData,
  type CapabilityView,
} from '../support/listings';
import { auditOf, castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

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
  (await client.ok<{ capability: CapabilityView }>(CAPABILITY, { id })).capability;
const update = (client: TestClient, id: string, input: Record<string, unknown>) =>
  client.gql<{ updateCapability: CapabilityData }>(UPDATE_CAPABILITY, { id, input });
const create = (client: TestClient, input: Record<string, unknown>, organizationId = cast.org.id) =>
  client.gql<{ createCapability: CapabilityData }>(CREATE_CAPABILITY, {
    org: organizationId,
    input,
  });
const publish = (client: TestClient, id: string) =>
  client.gql<{ publishCapability: CapabilityData }>(PUBLISH_CAPABILITY, { id });
const archive = (client: TestClient, id: string) =>
  client.gql<{ archiveCapability: CapabilityData }>(ARCHIVE_CAPABILITY, { id });
const remove = (client: TestClient, id: string) =>
  client.gql<{ deleteCapabilityDraft: string }>(DELETE_CAPABILITY_DRAFT, { id });

describe('capabilities: happy path', () => {
  it('lets an ORG_MEMBER draft a capability with its kind’s fields; it is a DRAFT, audited', async () => {
    const input = capabilityInput('EQUIPMENT', {
      title: '  대면적 연료전지 성능평가 장비  ',
      trl: 6,
    });
    const result = await create(cast.orgMember.client, input);
    expect(result.errors).toBeUndefined();
    const capability = result.data!.createCapability;
    expect(capability).toMatchObject({
      kind: 'EQUIPMENT',
      status: 'DRAFT',
      title: '대면적 연료전지 성능평가 장비',
      description: input.description,
      technologyAreas: ['EF05'],
      sectors: ['72'],
      trl: 6,
      contactName: '박연구',
      contactEmail: 'lab@kiat.example',
      availability: input.availability,
      visibility: 'PUBLIC',
      model: 'FCT-30k',
      location: 'Daegu, Dalseo-gu',
      bookingTerms: 'Half a day minimum.',
      patentNumber: null,
      licensingStatus: null,
      publishedAt: null,
      archivedAt: null,
      organization: { id: cast.org.id },
    });
    expect(await read(cast.orgMember.client, capability.id)).toMatchObject({
      viewerCanEdit: true,
      viewerCanPublish: false,
    });
    expect(await read(cast.orgAdmin.client, capability.id)).toMatchObject({
      viewerCanEdit: true,
      viewerCanPublish: true,
    });
    expect(await auditOf(t, capability.id)).toEqual([
      expect.objectContaining({
        action: 'capability.created',
        actor_id: cast.orgMember.userId,
        object_type: 'Capability',
        organization_id: cast.org.id,
        before: null,
        after: expect.objectContaining({
          kind: 'EQUIPMENT',
          title: '대면적 연료전지 성능평가 장비',
          location: 'Daegu, Dalseo-gu',
          visibility: 'PUBLIC',
        }),
      }),
    ]);
  });

  it.each(['EXPERTISE', 'EQUIPMENT', 'FACILITY', 'IP', 'SERVICE'] as const)(
    'keeps a %s draft incomplete: a kind and a title are enough',
    async (kind) => {
      const result = await create(cast.orgMember.client, { kind, title: `Only a title (${kind})` });
      expect(result.errors).toBeUndefined();
      expect(result.data!.createCapability).toMatchObject({
        kind,
        status: 'DRAFT',
        description: '',
        technologyAreas: [],
        contactName: null,
        location: null,
        patentNumber: null,
        visibility: 'PUBLIC',
      });
    },
  );

  it('lets an ORG_MEMBER edit: given fields change, others stay, null clears; audited with before and after', async () => {
    const capability = await createCapability(
      cast.orgMember.client,
      cast.org.id,
      capabilityInput('EQUIPMENT'),
    );
    const result = await update(cast.orgMember.client, capability.id, {
      bookingTerms: null,
      availability: 'Mondays only.',
      technologyAreas: ['EF05', 'EA09'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateCapability).toMatchObject({
      bookingTerms: null,
      availability: 'Mondays only.',
      technologyAreas: ['EF05', 'EA09'],
      model: 'FCT-30k',
      location: 'Daegu, Dalseo-gu',
    });
    expect((await auditOf(t, capability.id)).at(-1)).toMatchObject({
      action: 'capability.updated',
      actor_id: cast.orgMember.userId,
      before: expect.objectContaining({
        bookingTerms: 'Half a day minimum.',
        technologyAreas: ['EF05'],
      }),
      after: expect.objectContaining({
        bookingTerms: null,
        availability: 'Mondays only.',
        technologyAreas: ['EF05', 'EA09'],
      }),
    });
  });

  it('changes the kind when the same edit clears the old kind’s fields', async () => {
    const capability = await createCapability(
      cast.orgMember.client,
      cast.org.id,
      capabilityInput('EQUIPMENT'),
    );
    const result = await update(cast.orgMember.client, capability.id, {
      kind: 'IP',
      model: null,
      location: null,
      bookingTerms: null,
      patentNumber: 'EP1234567',
      licensingStatus: 'NON_EXCLUSIVE_LICENSED',
      trl: 5,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateCapability).toMatchObject({
      kind: 'IP',
      model: null,
      location: null,
      patentNumber: 'EP1234567',
      licensingStatus: 'NON_EXCLUSIVE_LICENSED',
    });
  });

  it.each(['EXPERTISE', 'EQUIPMENT', 'FACILITY', 'IP', 'SERVICE'] as const)(
    'lets an ORG_ADMIN publish a complete %s draft (DRAFT → PUBLISHED), audited',
    async (kind) => {
      const capability = await createCapability(
        cast.orgMember.client,
        cast.org.id,
        capabilityInput(kind),
      );
      const result = await publish(cast.orgAdmin.client, capability.id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.publishCapability).toMatchObject({
        status: 'PUBLISHED',
        archivedAt: null,
      });
      expect(Date.parse(result.data!.publishCapability.publishedAt!)).toBeGreaterThan(
        Date.now() - 60_000,
      );
      expect((await auditOf(t, capability.id)).at(-1)).toMatchObject({
        action: 'capability.published',
        actor_id: cast.orgAdmin.userId,
        organization_id: cast.org.id,
        before: { status: 'DRAFT' },
        after: { status: 'PUBLISHED' },
      });
      expect((await read(cast.anonymous, capability.id)).status).toBe('PUBLISHED');
    },
  );

  it('archives a PUBLISHED capability (still readable for the record), edits it while archived, and publishes it again', async () => {
    const capability = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'PUBLISHED');
    const archived = await archive(cast.orgAdmin.client, capability.id);
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveCapability.status).toBe('ARCHIVED');
    expect(archived.data!.archiveCapability.archivedAt).not.toBeNull();
    expect((await auditOf(t, capability.id)).at(-1)).toMatchObject({
      action: 'capability.archived',
      actor_id: cast.orgAdmin.userId,
      before: { status: 'PUBLISHED' },
      after: { status: 'ARCHIVED' },
    });
    expect((await read(cast.anonymous, capability.id)).status).toBe('ARCHIVED');

    // Archived ones may be incomplete while they are off offer; republishing checks again.
    expect(
      (await update(cast.orgMember.client, capability.id, { contactName: null })).errors,
    ).toBeUndefined();
    await expectRefused(
      t,
      () => publish(cast.orgAdmin.client, capability.id),
      'BAD_USER_INPUT',
      'contactName',
    );
    expect(
      (await update(cast.orgMember.client, capability.id, { contactName: '김담당' })).errors,
    ).toBeUndefined();

    const republished = await publish(cast.orgAdmin.client, capability.id);
    expect(republished.data!.publishCapability).toMatchObject({
      status: 'PUBLISHED',
      archivedAt: null,
    });
    expect((await auditOf(t, capability.id)).at(-1)).toMatchObject({
      action: 'capability.published',
      before: { status: 'ARCHIVED' },
      after: { status: 'PUBLISHED' },
    });
  });

  it('lets an ORG_MEMBER delete a draft: it is gone, and its deletion is audited', async () => {
    const capability = await createCapability(
      cast.orgMember.client,
      cast.org.id,
      capabilityInput('SERVICE', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      }),
    );
    const result = await remove(cast.orgMember.client, capability.id);
    expect(result.data).toEqual({ deleteCapabilityDraft: capability.id });
    expect(
      (await cast.orgMember.client.gql(CAPABILITY, { id: capability.id })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      await t.dataSource.query(
        `SELECT 1 FROM capability_invited_organization WHERE capability_id = $1`,
        [capability.id],
      ),
    ).toEqual([]);
    expect((await auditOf(t, capability.id)).at(-1)).toMatchObject({
      action: 'capability.deleted',
      actor_id: cast.orgMember.userId,
      before: { title: capability.title, status: 'DRAFT' },
      after: null,
    });
  });

  it('lets a platform admin archive any published capability (moderation)', async () => {
    const capability = await capabilityIn(cast.otherOrgAdmin.client, cast.otherOrg.id, 'PUBLISHED');
    const result = await archive(cast.admin.client, capability.id);
    expect(result.data!.archiveCapability.status).toBe('ARCHIVED');
    expect((await auditOf(t, capability.id)).at(-1)).toMatchObject({
      action: 'capability.archived',
      actor_id: cast.admin.userId,
    });
  });

  it('keeps the invited organizations of a PRIVATE capability, shown to the owner only', async () => {
    const capability = await capabilityIn(
      cast.orgAdmin.client,
      cast.org.id,
      'PUBLISHED',
      capabilityInput('FACILITY', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      }),
    );
    expect((await read(cast.orgMember.client, capability.id)).invitedOrganizations).toEqual([
      { id: cast.otherOrg.id },
    ]);
    expect((await read(cast.otherOrgAdmin.client, capability.id)).invitedOrganizations).toEqual([]);
    expect((await read(cast.admin.client, capability.id)).invitedOrganizations).toEqual([]);
    expect(
      (
        await update(cast.orgAdmin.client, capability.id, {
          visibility: 'CLUSTER',
          invitedOrganizationIds: null,
        })
      ).errors,
    ).toBeUndefined();
    expect((await read(cast.orgMember.client, capability.id)).invitedOrganizations).toEqual([]);
  });

  it('lists an organization’s capabilities newest first, page by page, with the total count', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, { kind: 'UNIVERSITY', size: null });
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push(
        (
          await createCapability(
            owner.client,
            org.id,
            capabilityInput('EXPERTISE', { title: `Expertise ${i}` }),
          )
        ).id,
      );
    type Page = {
      organization: {
        capabilities: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      };
    };
    const first = (await owner.client.ok<Page>(ORG_CAPABILITIES, { id: org.id, first: 2 }))
      .organization.capabilities;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (
      await owner.client.ok<Page>(ORG_CAPABILITIES, {
        id: org.id,
        first: 2,
        after: first.pageInfo.endCursor,
      })
    ).organization.capabilities;
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual([...ids].reverse());
  });
});

describe('capabilities: refusals', () => {
  const privateInput = () =>
    capabilityInput('EXPERTISE', {
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.otherOrg.id],
    });

  describe('who may write', () => {
    it('refuses drafting for an organization to everyone but its members', async () => {
      await expectRefused(t, () => create(cast.anonymous, capabilityInput()), 'UNAUTHENTICATED');
      await expectRefused(
        t,
        () => create(cast.otherOrgAdmin.client, capabilityInput()),
        'FORBIDDEN',
      );
      await expectRefused(t, () => create(cast.manager.client, capabilityInput()), 'FORBIDDEN');
      await expectRefused(
        t,
        () => create(cast.orgAdmin.client, capabilityInput(), MISSING),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () => create(cast.orgAdmin.client, capabilityInput(), 'org-1'),
        'BAD_USER_INPUT',
        'organizationId',
      );
    });

    it('lets an ORG_MEMBER edit and delete drafts but not publish or archive (FORBIDDEN)', async () => {
      const draft = await createCapability(cast.orgMember.client, cast.org.id);
      const published = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'PUBLISHED');
      await expectRefused(t, () => publish(cast.orgMember.client, draft.id), 'FORBIDDEN');
      await expectRefused(t, () => archive(cast.orgMember.client, published.id), 'FORBIDDEN');
    });

    it('refuses writes on a visible capability to others (FORBIDDEN, or UNAUTHENTICATED when signed out)', async () => {
      const published = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'PUBLISHED');
      for (const [client, code] of [
        [cast.anonymous, 'UNAUTHENTICATED'],
        [cast.otherOrgAdmin.client, 'FORBIDDEN'],
        [cast.manager.client, 'FORBIDDEN'],
      ] as const) {
        await expectRefused(t, () => update(client, published.id, { title: 'Hijacked' }), code);
        await expectRefused(t, () => publish(client, published.id), code);
        await expectRefused(t, () => archive(client, published.id), code);
        await expectRefused(t, () => remove(client, published.id), code);
        expect(await read(client, published.id)).toMatchObject({
          viewerCanEdit: false,
          viewerCanPublish: false,
        });
      }
    });

    it('answers NOT_FOUND, as for a capability that does not exist, when others touch a draft they cannot see', async () => {
      const draft = await createCapability(
        cast.orgAdmin.client,
        cast.org.id,
        capabilityInput('IP', { title: 'Unfiled solid-oxide electrolyte' }),
      );
      for (const client of [
        cast.anonymous,
        cast.otherOrgAdmin.client,
        cast.manager.client,
        cast.admin.client,
      ]) {
        await expectRefused(t, () => update(client, draft.id, { title: 'Hijacked' }), 'NOT_FOUND');
        await expectRefused(t, () => publish(client, draft.id), 'NOT_FOUND');
        await expectRefused(t, () => archive(client, draft.id), 'NOT_FOUND');
        await expectRefused(t, () => remove(client, draft.id), 'NOT_FOUND');
        const hidden = await client.gql(CAPABILITY, { id: draft.id });
        const missing = await client.gql(CAPABILITY, { id: MISSING });
        expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
        expect(JSON.stringify(hidden)).not.toContain('electrolyte');
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
    // Invited, otherOrg's admin sees it once published, as platform admins do; the manager and visitors never.
    const OUT: Record<Role, string> = {
      orgAdmin: 'OK',
      orgMember: 'FORBIDDEN',
      otherOrgAdmin: 'FORBIDDEN',
      manager: 'NOT_FOUND',
      admin: 'FORBIDDEN',
      anonymous: 'NOT_FOUND',
    };
    const EXPECTED: Record<'DRAFT' | 'PUBLISHED' | 'ARCHIVED', Record<Role, string>> = {
      DRAFT: {
        orgAdmin: 'OK',
        orgMember: 'OK',
        otherOrgAdmin: 'NOT_FOUND',
        manager: 'NOT_FOUND',
        admin: 'NOT_FOUND',
        anonymous: 'NOT_FOUND',
      },
      PUBLISHED: OUT,
      ARCHIVED: OUT,
    };
    const cases = (['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const).flatMap((status) =>
      (Object.keys(CHANGES) as (keyof typeof CHANGES)[]).flatMap((change) =>
        (Object.keys(EXPECTED[status]) as Role[]).map(
          (role) => [status, change, role, EXPECTED[status][role]] as const,
        ),
      ),
    );

    it.each(cases)(
      'a %s PRIVATE capability: changing its %s as %s answers %s',
      async (status, change, role, expected) => {
        const capability = await capabilityIn(
          cast.orgAdmin.client,
          cast.org.id,
          status,
          privateInput(),
        );
        const run = () => update(clientOf(role), capability.id, CHANGES[change]());
        if (expected !== 'OK') {
          // The member is told which field only an ORG_ADMIN may change.
          await expectRefused(t, run, expected, role === 'orgMember' ? change : undefined);
          return;
        }
        expect((await run()).errors).toBeUndefined();
        const after = await read(cast.orgAdmin.client, capability.id);
        if (change === 'visibility')
          expect(after).toMatchObject({ visibility: 'PUBLIC', invitedOrganizations: [] });
        else
          expect(after.invitedOrganizations.map((o) => o.id).sort()).toEqual(
            [cast.otherOrg.id, cast.clusterOrg.id].sort(),
          );
      },
    );

    it('tells each role whether it may change the audience: members of the owner on a draft, its ORG_ADMINs once published', async () => {
      const draft = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'DRAFT', privateInput());
      const published = await capabilityIn(
        cast.orgAdmin.client,
        cast.org.id,
        'PUBLISHED',
        privateInput(),
      );
      const can = async (role: Role, id: string) =>
        (await read(clientOf(role), id)).viewerCanChangeAudience;
      expect([await can('orgAdmin', draft.id), await can('orgMember', draft.id)]).toEqual([
        true,
        true,
      ]);
      expect([
        await can('orgAdmin', published.id),
        await can('orgMember', published.id),
        await can('otherOrgAdmin', published.id),
        await can('admin', published.id),
      ]).toEqual([true, false, false, false]);
    });

    it('still lets a member edit the other fields of a published capability, resending its audience unchanged', async () => {
      const published = await capabilityIn(
        cast.orgAdmin.client,
        cast.org.id,
        'PUBLISHED',
        privateInput(),
      );
      const data = await update(cast.orgMember.client, published.id, {
        availability: 'Weekends too.',
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      });
      expect(data.errors).toBeUndefined();
      expect(data.data!.updateCapability).toMatchObject({
        status: 'PUBLISHED',
        visibility: 'PRIVATE',
        availability: 'Weekends too.',
      });
    });
  });

  describe('whom a PRIVATE capability may invite', () => {
    it('refuses the owner among its own invitees, when drafting and when editing (BAD_USER_INPUT on invitedOrganizationIds)', async () => {
      await expectRefused(
        t,
        () =>
          create(
            cast.orgMember.client,
            capabilityInput('EXPERTISE', {
              visibility: 'PRIVATE',
              invitedOrganizationIds: [cast.org.id],
            }),
          ),
        'BAD_USER_INPUT',
        'invitedOrganizationIds',
      );
      const draft = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'DRAFT', privateInput());
      const published = await capabilityIn(
        cast.orgAdmin.client,
        cast.org.id,
        'PUBLISHED',
        privateInput(),
      );
      for (const capability of [draft, published])
        await expectRefused(
          t,
          () =>
            update(cast.orgAdmin.client, capability.id, {
              invitedOrganizationIds: [cast.otherOrg.id, cast.org.id],
            }),
          'BAD_USER_INPUT',
          'invitedOrganizationIds',
        );
    });
  });
});
