import {
  CREATE_ORGANIZATION,
  createOrganization,
  expectRefused,
  organizationInput,
  signUp,
} from '../support/factories';
import { auditOf, castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';

const ORGANIZATION = `query Org($id: ID!) {
  organization(id: $id) { id name kind size country region sectors technologyAreas description website viewerRole createdAt
    members { id role user { id email } } invitations { id } }
}`;
const UPDATE_ORGANIZATION = `mutation Update($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) { id name kind size country region sectors technologyAreas description website }
}`;
const VIEWER = `query { viewer { memberships { id role organization { id name } user { id } } } }`;

interface OrganizationData {
  id: string;
  name: string;
  kind: string;
  size: string | null;
  country: string;
  region: string | null;
  sectors: string[];
  technologyAreas: string[];
  description: string;
  website: string | null;
  viewerRole: string | null;
  members: { id: string; role: string; user: { id: string; email: string | null } }[];
  invitations: { id: string }[];
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

describe('organizations: happy path', () => {
  it('creates an organization, makes its creator ORG_ADMIN and audits both', async () => {
    const creator = await signUp(t);
    const input = organizationInput({
      name: '  경북대학교 산학협력단  ',
      kind: 'UNIVERSITY',
      size: null,
      region: 'KR-27',
      sectors: ['85', '72'],
      technologyAreas: ['EA09', 'EB01'],
      description: '산학협력 전담 조직. Industry–university cooperation foundation.',
      website: '',
    });
    const created = await creator.client.ok<{ createOrganization: OrganizationData }>(
      CREATE_ORGANIZATION,
      { input },
    );
    expect(created.createOrganization).toMatchObject({
      name: '경북대학교 산학협력단',
      kind: 'UNIVERSITY',
      size: null,
      country: 'KR',
      region: 'KR-27',
      sectors: ['85', '72'],
      technologyAreas: ['EA09', 'EB01'],
      website: null,
      viewerRole: 'ORG_ADMIN',
    });
    const id = created.createOrganization.id;
    const read = await creator.client.ok<{ organization: OrganizationData }>(ORGANIZATION, { id });
    expect(read.organization.members).toEqual([
      {
        id: expect.any(String),
        role: 'ORG_ADMIN',
        user: { id: creator.userId, email: creator.email },
      },
    ]);
    const viewer = await creator.client.ok<{
      viewer: { memberships: { id: string; role: string; organization: { id: string } }[] };
    }>(VIEWER);
    expect(viewer.viewer.memberships).toEqual([
      expect.objectContaining({
        role: 'ORG_ADMIN',
        organization: { id, name: '경북대학교 산학협력단' },
      }),
    ]);

    const events = await auditOf(t, id);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'organization.created',
        actor_id: creator.userId,
        object_type: 'Organization',
        organization_id: id,
        before: null,
        after: expect.objectContaining({
          name: '경북대학교 산학협력단',
          kind: 'UNIVERSITY',
          region: 'KR-27',
        }),
      }),
    ]);
    const membershipEvents = await auditOf(t, read.organization.members[0]!.id);
    expect(membershipEvents).toEqual([
      expect.objectContaining({
        action: 'membership.created',
        actor_id: creator.userId,
        organization_id: id,
        after: { userId: creator.userId, role: 'ORG_ADMIN' },
      }),
    ]);
  });

  it('shows any organization to anyone, but its members and invitations only to those entitled', async () => {
    const asAnonymous = await cast.anonymous.ok<{ organization: OrganizationData }>(ORGANIZATION, {
      id: cast.org.id,
    });
    expect(asAnonymous.organization).toMatchObject({
      id: cast.org.id,
      name: cast.org.name,
      kind: 'FIRM',
      size: 'SMALL',
      viewerRole: null,
      members: [],
      invitations: [],
    });
    const asStranger = await cast.otherOrgAdmin.client.ok<{ organization: OrganizationData }>(
      ORGANIZATION,
      { id: cast.org.id },
    );
    expect(asStranger.organization).toMatchObject({
      viewerRole: null,
      members: [],
      invitations: [],
    });
    const asMember = await cast.orgMember.client.ok<{ organization: OrganizationData }>(
      ORGANIZATION,
      { id: cast.org.id },
    );
    expect(asMember.organization.viewerRole).toBe('ORG_MEMBER');
    expect(asMember.organization.members.map((m) => m.user.id).sort()).toEqual(
      [cast.orgAdmin.userId, cast.orgMember.userId].sort(),
    );
    // A plain member sees who belongs, but not the others' e-mail addresses.
    expect(
      asMember.organization.members.find((m) => m.user.id === cast.orgAdmin.userId)!.user.email,
    ).toBeNull();
    expect(
      asMember.organization.members.find((m) => m.user.id === cast.orgMember.userId)!.user.email,
    ).toBe(cast.orgMember.email);
    const asAdmin = await cast.admin.client.ok<{ organization: OrganizationData }>(ORGANIZATION, {
      id: cast.org.id,
    });
    expect(asAdmin.organization.members).toHaveLength(2);
    expect(asAdmin.organization.viewerRole).toBeNull();
  });

  it('lets the ORG_ADMIN edit: given fields change, the others stay, null clears; the change is audited with before and after', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, {
      name: 'Seongseo Precision',
      technologyAreas: ['EA17'],
    });
    const data = await owner.client.ok<{ updateOrganization: OrganizationData }>(
      UPDATE_ORGANIZATION,
      {
        id: org.id,
        input: {
          description: ' Die-cast aluminium housings for EV batteries. ',
          sectors: ['29', '27'],
          size: 'MEDIUM',
          website: null,
          region: null,
        },
      },
    );
    expect(data.updateOrganization).toEqual({
      id: org.id,
      name: 'Seongseo Precision',
      kind: 'FIRM',
      size: 'MEDIUM',
      country: 'KR',
      region: null,
      sectors: ['29', '27'],
      technologyAreas: ['EA17'],
      description: 'Die-cast aluminium housings for EV batteries.',
      website: null,
    });
    const read = await t
      .client()
      .ok<{ organization: OrganizationData }>(ORGANIZATION, { id: org.id });
    expect(read.organization).toMatchObject({
      size: 'MEDIUM',
      region: null,
      website: null,
      sectors: ['29', '27'],
    });
    const events = await auditOf(t, org.id);
    const updated = events.find((e) => e.action === 'organization.updated');
    expect(updated).toMatchObject({
      actor_id: owner.userId,
      organization_id: org.id,
      before: expect.objectContaining({
        size: 'SMALL',
        region: 'KR-27',
        website: 'https://seongseo.example',
        sectors: ['29'],
      }),
      after: expect.objectContaining({
        size: 'MEDIUM',
        region: null,
        website: null,
        sectors: ['29', '27'],
      }),
    });
  });

  it('lets a firm become a university when the same edit drops its size, and move country with its region', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const data = await owner.client.ok<{ updateOrganization: OrganizationData }>(
      UPDATE_ORGANIZATION,
      {
        id: org.id,
        input: {
          kind: 'RESEARCH_INSTITUTE',
          size: null,
          country: 'DE',
          region: 'DE-SN',
          name: 'Fraunhofer IWU Dresden',
        },
      },
    );
    expect(data.updateOrganization).toMatchObject({
      kind: 'RESEARCH_INSTITUTE',
      size: null,
      country: 'DE',
      region: 'DE-SN',
      name: 'Fraunhofer IWU Dresden',
    });
  });

  it('lets a platform admin edit any organization', async () => {
    const data = await cast.admin.client.ok<{ updateOrganization: OrganizationData }>(
      UPDATE_ORGANIZATION,
      { id: cast.otherOrg.id, input: { description: 'Checked by the platform.' } },
    );
    expect(data.updateOrganization.description).toBe('Checked by the platform.');
    const [event] = (await auditOf(t, cast.otherOrg.id)).filter(
      (e) => e.action === 'organization.updated',
    );
    expect(event?.actor_id).toBe(cast.admin.userId);
  });
});

describe('organizations: refusals', () => {
  it.each([
    ['country', { country: 'XX', region: null }],
    ['region', { country: 'DE', region: 'KR-27' }],
    ['region', { region: 'KR-99' }],
    ['sectors.0', { sectors: ['99x'] }],
    ['sectors', { sectors: ['29', '29'] }],
    ['technologyAreas.0', { technologyAreas: ['ZZ99'] }],
    ['technologyAreas.1', { technologyAreas: ['EA09', 'EA99'] }],
    ['size', { kind: 'FIRM', size: null }],
    ['size', { kind: 'UNIVERSITY', size: 'SMALL' }],
    ['website', { website: 'ftp://x' }],
    ['website', { website: 'not a url' }],
    ['name', { name: '' }],
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(201) }],
    ['description', { description: 'x'.repeat(5001) }],
    ['kind', { kind: 'SPACESHIP' }],
  ])(
    'refuses to create an organization with a bad %s and creates nothing',
    async (field, overrides) => {
      const { client } = await signUp(t);
      await expectRefused(
        t,
        () => client.gql(CREATE_ORGANIZATION, { input: organizationInput(overrides) }),
        'BAD_USER_INPUT',
        field,
      );
    },
  );

  it('names every bad field at once, with the check each failed, and creates nothing', async () => {
    const { client } = await signUp(t);
    const input = organizationInput({ name: '', kind: 'FIRM', size: null, website: 'not a url' });
    await expectRefused(
      t,
      () => client.gql(CREATE_ORGANIZATION, { input }),
      'BAD_USER_INPUT',
      'name',
    );
    const result = await client.gql(CREATE_ORGANIZATION, { input });
    const extensions = result.errors?.[0]?.extensions as
      { problems?: { field: string; issue: string }[] } | undefined;
    expect(extensions?.problems?.map(({ field, issue }) => [field, issue])).toEqual([
      ['name', 'too_small'],
      ['website', 'invalid_format'],
      ['size', 'custom'],
    ]);
  });

  it('stores a website typed without its scheme as https://', async () => {
    const { client } = await signUp(t);
    const created = await client.ok<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: organizationInput({ website: 'hanbit-motion.kr' }),
    });
    const data = await client.ok<{ organization: OrganizationData }>(ORGANIZATION, {
      id: created.createOrganization.id,
    });
    expect(data.organization.website).toBe('https://hanbit-motion.kr');
  });

  it('refuses an anonymous caller', async () => {
    await expectRefused(
      t,
      () => cast.anonymous.gql(CREATE_ORGANIZATION, { input: organizationInput() }),
      'UNAUTHENTICATED',
    );
  });

  it.each([
    ['name', { name: '' }],
    ['region', { country: 'DE' }],
    ['region', { region: 'FR-GES' }],
    ['size', { kind: 'UNIVERSITY' }],
    ['size', { size: null }],
    ['sectors', { sectors: ['29', '29'] }],
    ['sectors.1', { sectors: ['29', '99x'] }],
    ['technologyAreas.0', { technologyAreas: ['ZZ99'] }],
    ['website', { website: 'ftp://x' }],
    ['country', { country: 'XX' }],
  ])('refuses an edit with a bad %s and changes nothing', async (field, input) => {
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(UPDATE_ORGANIZATION, { id: cast.org.id, input }),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses a malformed organization id as BAD_USER_INPUT on "id", and an unknown one as NOT_FOUND', async () => {
    await expectRefused(
      t,
      () =>
        cast.orgAdmin.client.gql(UPDATE_ORGANIZATION, {
          id: 'not-a-uuid',
          input: { description: 'x' },
        }),
      'BAD_USER_INPUT',
      'id',
    );
    await expectRefused(
      t,
      () =>
        cast.orgAdmin.client.gql(UPDATE_ORGANIZATION, {
          id: '00000000-0000-4000-8000-000000000000',
          input: { description: 'x' },
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(ORGANIZATION, { id: 'not-a-uuid' }),
      'BAD_USER_INPUT',
      'id',
    );
    await expectRefused(
      t,
      () => cast.anonymous.gql(ORGANIZATION, { id: '00000000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
    );
  });

  it('refuses edits by everyone but its ORG_ADMINs and platform admins', async () => {
    const edit = { id: cast.org.id, input: { description: 'Hijacked.' } };
    await expectRefused(t, () => cast.anonymous.gql(UPDATE_ORGANIZATION, edit), 'UNAUTHENTICATED');
    await expectRefused(t, () => cast.orgMember.client.gql(UPDATE_ORGANIZATION, edit), 'FORBIDDEN');
    await expectRefused(
      t,
      () => cast.otherOrgAdmin.client.gql(UPDATE_ORGANIZATION, edit),
      'FORBIDDEN',
    );
    await expectRefused(t, () => cast.manager.client.gql(UPDATE_ORGANIZATION, edit), 'FORBIDDEN');
    await expectRefused(
      t,
      () => cast.otherManager.client.gql(UPDATE_ORGANIZATION, edit),
      'FORBIDDEN',
    );
  });
});
