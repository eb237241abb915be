import { expectRefused } from '../support/factories';
import {
  ACCEPT_NDA,
  NEED,
  SET_NDA,
  auditText,
  createNeed,
  listingCast,
  needIn,
  type ListingCast,
  type NeedView,
} from '../support/listings';
import { auditOf, castOfRoles, joinOrganization, type Member } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const SECRET = 'Target: 2.1 kW/kg with the bipolar plates of supplier K.';
const V1 = {
  text: 'The recipient keeps the confidential details secret for three years.',
  version: 'v1',
};
const V2 = {
  text: 'The recipient keeps the confidential details secret for five years and returns all copies.',
  version: 'v2',
};

let t: TestApp;
let cast: ListingCast;
/** A plain member of `cast.otherOrg`, whose ORG_ADMIN accepts NDAs for it. */
let otherOrgMember: Member;
beforeAll(async () => {
  t = await createTestApp();
  cast = await listingCast(t, await castOfRoles(t));
  otherOrgMember = await joinOrganization(
    t,
    cast.otherOrgAdmin.client,
    cast.otherOrg.id,
    'ORG_MEMBER',
  );
});
afterAll(async () => {
  await t.close();
});

const view = async (client: TestClient, id: string) =>
  (await client.ok<{ technologyNeed: NeedView }>(NEED, { id })).technologyNeed;
const access = async (client: TestClient, id: string) => {
  const need = await view(client, id);
  return { access: need.viewerConfidentialAccess, details: need.confidentialDetails };
};
const setTerms = (client: TestClient, id: string, input: { text: string; version: string }) =>
  client.gql<{ setNdaTerms: { ndaTerms: { text: string; version: string } } }>(SET_NDA, {
    id,
    input,
  });
const accept = (client: TestClient, needId: string, organizationId: string, version: string) =>
  client.gql<{
    acceptNda: {
      id: string;
      version: string;
      acceptedAt: string;
      organization: { id: string };
      acceptedBy: { id: string };
    };
  }>(ACCEPT_NDA, { input: { needId, organizationId, version } });

const LOCKED = { access: 'NDA_REQUIRED', details: null };
const OPENED = { access: 'ACCEPTED', details: SECRET };

describe('NDA terms and confidential details: happy path', () => {
  it('hides the details behind the terms until an ORG_ADMIN accepts them; then every member of that organization reads them', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    expect(await access(cast.otherOrgAdmin.client, need.id)).toEqual({
      access: 'NO_NDA',
      details: null,
    });

    const set = await setTerms(cast.orgAdmin.client, need.id, V1);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setNdaTerms.ndaTerms).toEqual(V1);
    expect((await auditOf(t, need.id)).at(-1)).toMatchObject({
      action: 'need.ndaTermsSet',
      actor_id: cast.orgAdmin.userId,
      organization_id: cast.org.id,
      before: null,
      after: { version: 'v1' },
    });

    // Everyone who sees the need reads the terms, not the details.
    expect((await view(cast.anonymous, need.id)).ndaTerms).toEqual(V1);
    for (const client of [
      cast.anonymous,
      cast.otherOrgAdmin.client,
      otherOrgMember.client,
      cast.manager.client,
      cast.admin.client,
    ])
      expect(await access(client, need.id)).toEqual(LOCKED);
    expect(await access(cast.orgMember.client, need.id)).toEqual({
      access: 'OWNER',
      details: SECRET,
    });

    const accepted = await accept(cast.otherOrgAdmin.client, need.id, cast.otherOrg.id, 'v1');
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptNda).toMatchObject({
      version: 'v1',
      organization: { id: cast.otherOrg.id },
      acceptedBy: { id: cast.otherOrgAdmin.userId },
    });
    expect(Date.parse(accepted.data!.acceptNda.acceptedAt)).toBeGreaterThan(Date.now() - 60_000);

    expect(await access(cast.otherOrgAdmin.client, need.id)).toEqual(OPENED);
    expect(await access(otherOrgMember.client, need.id)).toEqual(OPENED);
    // Nobody outside the accepting organization gains anything.
    for (const client of [
      cast.anonymous,
      cast.mateAdmin.client,
      cast.manager.client,
      cast.admin.client,
    ])
      expect(await access(client, need.id)).toEqual(LOCKED);

    // Recorded: who, when, which version, and the text as it was accepted; audited.
    const rows: {
      organization_id: string;
      accepted_by_id: string;
      version: string;
      text: string;
      accepted_at: Date;
    }[] = await t.dataSource.query(
      `SELECT organization_id, accepted_by_id, version, text, accepted_at FROM nda_acceptance WHERE need_id = $1`,
      [need.id],
    );
    expect(rows).toEqual([
      {
        organization_id: cast.otherOrg.id,
        accepted_by_id: cast.otherOrgAdmin.userId,
        version: 'v1',
        text: V1.text,
        accepted_at: expect.any(Date),
      },
    ]);
    // Audited once, for both organizations: the owner sees who accepted, the accepter what it agreed to.
    const acceptedEvents: {
      organization_id: string;
      counterpart_organization_id: string;
      actor_id: string;
      after: object;
    }[] = await t.dataSource.query(
      `SELECT organization_id, counterpart_organization_id, actor_id, after FROM audit_event WHERE object_id = $1 AND action = 'nda.accepted'`,
      [need.id],
    );
    expect(acceptedEvents).toEqual([
      {
        organization_id: cast.org.id,
        counterpart_organization_id: cast.otherOrg.id,
        actor_id: cast.otherOrgAdmin.userId,
        after: { acceptingOrganizationId: cast.otherOrg.id, version: 'v1' },
      },
    ]);
    expect(await auditText(t)).not.toContain('bipolar plates');
  });

  it('shows the acceptances to the owner’s members, and to nobody else', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', { visibility: 'CLUSTER' });
    await setTerms(cast.orgAdmin.client, need.id, V1);
    await accept(cast.mateAdmin.client, need.id, cast.mateOrg.id, 'v1');
    const expected = [
      {
        id: expect.any(String),
        version: 'v1',
        acceptedAt: expect.any(String),
        organization: { id: cast.mateOrg.id },
        acceptedBy: { id: cast.mateAdmin.userId },
      },
    ];
    expect((await view(cast.orgAdmin.client, need.id)).ndaAcceptances).toEqual(expected);
    expect((await view(cast.orgMember.client, need.id)).ndaAcceptances).toEqual(expected);
    // Not the accepting organization, not the cluster's manager, not even a platform admin.
    for (const client of [
      cast.mateAdmin.client,
      cast.mateMember.client,
      cast.manager.client,
      cast.admin.client,
    ])
      expect((await view(client, need.id)).ndaAcceptances).toEqual([]);
    // The accepting organization's members read the details of a CLUSTER need too.
    expect(await access(cast.mateMember.client, need.id)).toEqual(OPENED);
  });

  it('asks for a new acceptance when the terms change to a new version; the old one no longer opens the details', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.invitedOrg.id],
    });
    await setTerms(cast.orgAdmin.client, need.id, V1);
    expect(
      (await accept(cast.invitedAdmin.client, need.id, cast.invitedOrg.id, 'v1')).errors,
    ).toBeUndefined();
    expect(await access(cast.invitedMember.client, need.id)).toEqual(OPENED);

    const changed = await setTerms(cast.orgAdmin.client, need.id, V2);
    expect(changed.data!.setNdaTerms.ndaTerms).toEqual(V2);
    expect((await auditOf(t, need.id)).at(-1)).toMatchObject({
      action: 'need.ndaTermsSet',
      before: { version: 'v1' },
      after: { version: 'v2' },
    });
    expect(await access(cast.invitedMember.client, need.id)).toEqual(LOCKED);
    expect(await access(cast.invitedAdmin.client, need.id)).toEqual(LOCKED);

    expect(
      (await accept(cast.invitedAdmin.client, need.id, cast.invitedOrg.id, 'v2')).errors,
    ).toBeUndefined();
    expect(await access(cast.invitedMember.client, need.id)).toEqual(OPENED);
    expect(
      (await view(cast.orgAdmin.client, need.id)).ndaAcceptances.map((a) => a.version).sort(),
    ).toEqual(['v1', 'v2']);
  });

  it('records nothing when the same terms are set again', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await setTerms(cast.orgAdmin.client, need.id, V1);
    const before = (await auditOf(t, need.id)).length;
    const again = await setTerms(cast.orgAdmin.client, need.id, { ...V1, text: `  ${V1.text} ` });
    expect(again.errors).toBeUndefined();
    expect(again.data!.setNdaTerms.ndaTerms).toEqual(V1);
    expect(await auditOf(t, need.id)).toHaveLength(before);
  });

  it('lets the owner attach terms to a draft before publishing', async () => {
    const draft = await createNeed(cast.orgMember.client, cast.org.id);
    const set = await setTerms(cast.orgAdmin.client, draft.id, V1);
    expect(set.data!.setNdaTerms.ndaTerms).toEqual(V1);
  });
});

describe('NDA terms and confidential details: refusals', () => {
  it('refuses an ORG_MEMBER accepting for their organization (FORBIDDEN); only its ORG_ADMINs may', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await setTerms(cast.orgAdmin.client, need.id, V1);
    await expectRefused(
      t,
      () => accept(otherOrgMember.client, need.id, cast.otherOrg.id, 'v1'),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => accept(cast.mateMember.client, need.id, cast.mateOrg.id, 'v1'),
      'FORBIDDEN',
    );
    // Nor for an organization one does not belong to, nor without one.
    await expectRefused(
      t,
      () => accept(cast.otherOrgAdmin.client, need.id, cast.mateOrg.id, 'v1'),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => accept(cast.manager.client, need.id, cast.clusterOrg.id, 'v1'),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => accept(cast.anonymous, need.id, cast.otherOrg.id, 'v1'),
      'UNAUTHENTICATED',
    );
    expect(await access(otherOrgMember.client, need.id)).toEqual(LOCKED);
  });

  it('refuses accepting an old version after the terms changed (CONFLICT on version), then accepts the current one', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await setTerms(cast.orgAdmin.client, need.id, V1);
    await setTerms(cast.orgAdmin.client, need.id, V2);
    await expectRefused(
      t,
      () => accept(cast.otherOrgAdmin.client, need.id, cast.otherOrg.id, 'v1'),
      'CONFLICT',
      'version',
    );
    await expectRefused(
      t,
      () => accept(cast.otherOrgAdmin.client, need.id, cast.otherOrg.id, 'v3'),
      'CONFLICT',
      'version',
    );
    expect(
      (await accept(cast.otherOrgAdmin.client, need.id, cast.otherOrg.id, 'v2')).errors,
    ).toBeUndefined();
    // Accepting the same version twice records nothing new.
    await expectRefused(
      t,
      () => accept(cast.otherOrgAdmin.client, need.id, cast.otherOrg.id, 'v2'),
      'CONFLICT',
      'version',
    );
  });

  it('refuses accepting when the need has no terms, for the owner itself, or for a need the caller cannot see', async () => {
    const bare = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await expectRefused(
      t,
      () => accept(cast.otherOrgAdmin.client, bare.id, cast.otherOrg.id, 'v1'),
      'CONFLICT',
      'version',
    );
    await setTerms(cast.orgAdmin.client, bare.id, V1);
    await expectRefused(
      t,
      () => accept(cast.orgAdmin.client, bare.id, cast.org.id, 'v1'),
      'BAD_USER_INPUT',
      'organizationId',
    );
    const hidden = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.invitedOrg.id],
    });
    await setTerms(cast.orgAdmin.client, hidden.id, V1);
    await expectRefused(
      t,
      () => accept(cast.otherOrgAdmin.client, hidden.id, cast.otherOrg.id, 'v1'),
      'NOT_FOUND',
    );
    const draft = await createNeed(cast.orgMember.client, cast.org.id);
    await setTerms(cast.orgAdmin.client, draft.id, V1);
    await expectRefused(
      t,
      () => accept(cast.invitedAdmin.client, draft.id, cast.invitedOrg.id, 'v1'),
      'NOT_FOUND',
    );
  });

  it.each([
    ['needId', { needId: 'need-1' }],
    ['organizationId', { organizationId: 'org-1' }],
    ['version', { version: '   ' }],
    ['version', { version: 'x'.repeat(33) }],
  ])('refuses an acceptance with a bad %s', async (field, override) => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await setTerms(cast.orgAdmin.client, need.id, V1);
    await expectRefused(
      t,
      () =>
        cast.otherOrgAdmin.client.gql(ACCEPT_NDA, {
          input: { needId: need.id, organizationId: cast.otherOrg.id, version: 'v1', ...override },
        }),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses new text under a version already used (BAD_USER_INPUT on version)', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await setTerms(cast.orgAdmin.client, need.id, V1);
    await expectRefused(
      t,
      () => setTerms(cast.orgAdmin.client, need.id, { ...V2, version: 'v1' }),
      'BAD_USER_INPUT',
      'version',
    );
    await expectRefused(
      t,
      () => setTerms(cast.orgAdmin.client, need.id, { ...V2, version: 'V1' }),
      'BAD_USER_INPUT',
      'version',
    );
    await setTerms(cast.orgAdmin.client, need.id, V2);
    // Going back to an earlier version name, even with its old text, would let old acceptances count again.
    await expectRefused(
      t,
      () => setTerms(cast.orgAdmin.client, need.id, V1),
      'BAD_USER_INPUT',
      'version',
    );
    await expectRefused(
      t,
      () =>
        setTerms(cast.orgAdmin.client, need.id, {
          ...V1,
          text: `${V1.text} Amended.`,
          version: 'v1',
        }),
      'BAD_USER_INPUT',
      'version',
    );
    expect((await view(cast.orgAdmin.client, need.id)).ndaTerms).toEqual(V2);
  });

  it.each([
    ['text', { text: 'Keep it secret.' }],
    ['text', { text: 'x'.repeat(20001) }],
    ['version', { version: 'v 1' }],
    ['version', { version: '버전1' }],
    ['version', { version: '' }],
  ])('refuses terms with a bad %s', async (field, override) => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await expectRefused(
      t,
      () => setTerms(cast.orgAdmin.client, need.id, { ...V1, ...override }),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses setting terms to everyone but the owner’s ORG_ADMINs', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', { visibility: 'CLUSTER' });
    await expectRefused(t, () => setTerms(cast.orgMember.client, need.id, V1), 'FORBIDDEN');
    await expectRefused(t, () => setTerms(cast.mateAdmin.client, need.id, V1), 'FORBIDDEN');
    await expectRefused(t, () => setTerms(cast.manager.client, need.id, V1), 'FORBIDDEN');
    await expectRefused(t, () => setTerms(cast.otherOrgAdmin.client, need.id, V1), 'NOT_FOUND');
    await expectRefused(t, () => setTerms(cast.anonymous, need.id, V1), 'NOT_FOUND');
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(SET_NDA, { id: 'need-1', input: V1 }),
      'BAD_USER_INPUT',
      'needId',
    );
  });
});
