import { createOrganization, expectRefused, signUp } from '../support/factories';
import {
  ACCEPT_INVITATION,
  INVITE_MEMBER,
  auditOf,
  castOfRoles,
  joinOrganization,
  membershipIdOf,
  type Cast,
} from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const REVOKE = `mutation Revoke($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const DECLINE = `mutation Decline($id: ID!) { declineInvitation(id: $id) { id status } }`;
const CHANGE_ROLE = `mutation Change($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role user { id } organization { id } } }`;
const REMOVE_MEMBER = `mutation Remove($membershipId: ID!) { removeMember(membershipId: $membershipId) { id role user { id } } }`;
const PENDING = `query { viewer { pendingInvitations { id email role status organization { id name } invitedBy { id displayName email } } } }`;
const MEMBERS = `query Members($id: ID!) {
  organization(id: $id) { viewerRole members { id role user { id email } } invitations { id email role status invitedBy { id } } }
}`;

interface MembersData {
  organization: {
    viewerRole: string | null;
    members: { id: string; role: string; user: { id: string; email: string | null } }[];
    invitations: {
      id: string;
      email: string;
      role: string;
      status: string;
      invitedBy: { id: string } | null;
    }[];
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

/** An organization of its own for a test that changes memberships. */
async function freshOrganization() {
  const owner = await signUp(t, { displayName: 'Owner' });
  const org = await createOrganization(owner.client);
  return { owner: { ...owner, membershipId: await membershipIdOf(owner.client, org.id) }, org };
}

const invite = async (
  client: TestClient,
  organizationId: string,
  email: string,
  role = 'ORG_MEMBER',
) =>
  (
    await client.ok<{ inviteMember: { id: string; email: string; role: string; status: string } }>(
      INVITE_MEMBER,
      { input: { organizationId, email, role } },
    )
  ).inviteMember;

describe('memberships and invitations: happy path', () => {
  it('invites an e-mail before its owner has an account; the invitee signs up, sees it, accepts and becomes a member with the role', async () => {
    const { owner, org } = await freshOrganization();
    const invitation = await invite(owner.client, org.id, '  Min-Ji.Lee@Example.KR ', 'ORG_ADMIN');
    expect(invitation).toMatchObject({
      email: 'min-ji.lee@example.kr',
      role: 'ORG_ADMIN',
      status: 'PENDING',
    });

    const listed = await owner.client.ok<MembersData>(MEMBERS, { id: org.id });
    expect(listed.organization.invitations).toEqual([
      {
        id: invitation.id,
        email: 'min-ji.lee@example.kr',
        role: 'ORG_ADMIN',
        status: 'PENDING',
        invitedBy: { id: owner.userId },
      },
    ]);

    const invitee = await signUp(t, { email: 'min-ji.lee@example.kr', displayName: '이민지' });
    const pending = await invitee.client.ok<{
      viewer: {
        pendingInvitations: {
          id: string;
          role: string;
          organization: { id: string };
          invitedBy: { id: string; email: string | null };
        }[];
      };
    }>(PENDING);
    expect(pending.viewer.pendingInvitations).toEqual([
      expect.objectContaining({
        id: invitation.id,
        role: 'ORG_ADMIN',
        organization: { id: org.id, name: org.name },
      }),
    ]);
    // The invitee learns who invited them, not that person's e-mail address.
    expect(pending.viewer.pendingInvitations[0]!.invitedBy).toMatchObject({
      id: owner.userId,
      email: null,
    });

    const accepted = await invitee.client.ok<{
      acceptInvitation: {
        id: string;
        role: string;
        user: { id: string };
        organization: { id: string };
      };
    }>(ACCEPT_INVITATION, { id: invitation.id });
    expect(accepted.acceptInvitation).toMatchObject({
      role: 'ORG_ADMIN',
      user: { id: invitee.userId },
      organization: { id: org.id },
    });

    const after = await invitee.client.ok<MembersData>(MEMBERS, { id: org.id });
    expect(after.organization.viewerRole).toBe('ORG_ADMIN');
    expect(after.organization.members.map((m) => [m.user.id, m.role])).toEqual([
      [owner.userId, 'ORG_ADMIN'],
      [invitee.userId, 'ORG_ADMIN'],
    ]);
    expect(after.organization.invitations.find((i) => i.id === invitation.id)?.status).toBe(
      'ACCEPTED',
    );
    expect(
      (await invitee.client.ok<{ viewer: { pendingInvitations: unknown[] } }>(PENDING)).viewer
        .pendingInvitations,
    ).toEqual([]);

    const invitationEvents = await auditOf(t, invitation.id);
    expect(invitationEvents.map((e) => [e.action, e.actor_id, e.before, e.after])).toEqual([
      [
        'invitation.created',
        owner.userId,
        null,
        { email: 'min-ji.lee@example.kr', role: 'ORG_ADMIN' },
      ],
      ['invitation.accepted', invitee.userId, { status: 'PENDING' }, { status: 'ACCEPTED' }],
    ]);
    expect(await auditOf(t, accepted.acceptInvitation.id)).toEqual([
      expect.objectContaining({
        action: 'membership.created',
        actor_id: invitee.userId,
        organization_id: org.id,
        after: { userId: invitee.userId, role: 'ORG_ADMIN' },
      }),
    ]);
  });

  it('lets a registered user accept an invitation addressed in another case', async () => {
    const { owner, org } = await freshOrganization();
    const person = await signUp(t);
    const invitation = await invite(owner.client, org.id, person.email.toUpperCase());
    await person.client.ok(ACCEPT_INVITATION, { id: invitation.id });
    expect(
      (await person.client.ok<MembersData>(MEMBERS, { id: org.id })).organization.viewerRole,
    ).toBe('ORG_MEMBER');
  });

  it('lets the invitee decline; the invitation is no longer pending and no membership is made', async () => {
    const { owner, org } = await freshOrganization();
    const person = await signUp(t);
    const invitation = await invite(owner.client, org.id, person.email);
    const declined = await person.client.ok<{ declineInvitation: { status: string } }>(DECLINE, {
      id: invitation.id,
    });
    expect(declined.declineInvitation.status).toBe('DECLINED');
    expect(
      (await person.client.ok<{ viewer: { pendingInvitations: unknown[] } }>(PENDING)).viewer
        .pendingInvitations,
    ).toEqual([]);
    const listed = await owner.client.ok<MembersData>(MEMBERS, { id: org.id });
    expect(listed.organization.members).toHaveLength(1);
    expect(listed.organization.invitations[0]).toMatchObject({
      id: invitation.id,
      status: 'DECLINED',
    });
    expect((await auditOf(t, invitation.id)).at(-1)).toMatchObject({
      action: 'invitation.declined',
      actor_id: person.userId,
      before: { status: 'PENDING' },
      after: { status: 'DECLINED' },
    });
    // Declining leaves the way open to a new invitation.
    await invite(owner.client, org.id, person.email);
  });

  it('lets the ORG_ADMIN (or a platform admin) revoke a pending invitation, which then disappears for the invitee', async () => {
    const { owner, org } = await freshOrganization();
    const person = await signUp(t);
    const first = await invite(owner.client, org.id, person.email);
    const revoked = await owner.client.ok<{ revokeInvitation: { status: string } }>(REVOKE, {
      id: first.id,
    });
    expect(revoked.revokeInvitation.status).toBe('REVOKED');
    expect(
      (await person.client.ok<{ viewer: { pendingInvitations: unknown[] } }>(PENDING)).viewer
        .pendingInvitations,
    ).toEqual([]);
    expect((await auditOf(t, first.id)).at(-1)).toMatchObject({
      action: 'invitation.revoked',
      actor_id: owner.userId,
      organization_id: org.id,
      before: { status: 'PENDING' },
      after: { status: 'REVOKED' },
    });
    const second = await invite(owner.client, org.id, person.email);
    await cast.admin.client.ok(REVOKE, { id: second.id });
    expect((await auditOf(t, second.id)).at(-1)).toMatchObject({
      action: 'invitation.revoked',
      actor_id: cast.admin.userId,
    });
  });

  it('lets an expired invitation give way to a new one, and still lets the ORG_ADMIN revoke an expired one', async () => {
    const { owner, org } = await freshOrganization();
    const person = await signUp(t);
    const stale = await invite(owner.client, org.id, person.email);
    await t.dataSource.query(
      `UPDATE invitation SET expires_at = now() - interval '1 day' WHERE id = $1`,
      [stale.id],
    );
    // The expired invitation cannot be accepted…
    await expectRefused(
      t,
      () => person.client.gql(ACCEPT_INVITATION, { id: stale.id }),
      'CONFLICT',
      'id',
    );
    // …and no longer blocks the address: inviting again replaces it.
    const fresh = await invite(owner.client, org.id, person.email);
    expect((await auditOf(t, stale.id)).at(-1)).toMatchObject({
      action: 'invitation.revoked',
      before: { status: 'PENDING' },
      after: { status: 'REVOKED' },
    });
    await person.client.ok(ACCEPT_INVITATION, { id: fresh.id });
    expect(
      (await person.client.ok<MembersData>(MEMBERS, { id: org.id })).organization.viewerRole,
    ).toBe('ORG_MEMBER');

    const other = await signUp(t);
    const expired = await invite(owner.client, org.id, other.email);
    await t.dataSource.query(
      `UPDATE invitation SET expires_at = now() - interval '1 day' WHERE id = $1`,
      [expired.id],
    );
    expect(
      (await owner.client.ok<{ revokeInvitation: { status: string } }>(REVOKE, { id: expired.id }))
        .revokeInvitation.status,
    ).toBe('REVOKED');
  });

  it('lets a platform admin invite into any organization', async () => {
    const { org } = await freshOrganization();
    const invitation = await invite(cast.admin.client, org.id, 'expert@example.org');
    expect(invitation.status).toBe('PENDING');
  });

  it('changes a member’s role both ways, and audits it with before and after', async () => {
    const { owner, org } = await freshOrganization();
    const member = await joinOrganization(t, owner.client, org.id);
    const promoted = await owner.client.ok<{ changeMemberRole: { id: string; role: string } }>(
      CHANGE_ROLE,
      { input: { membershipId: member.membershipId, role: 'ORG_ADMIN' } },
    );
    expect(promoted.changeMemberRole).toMatchObject({ id: member.membershipId, role: 'ORG_ADMIN' });
    expect(
      (await member.client.ok<MembersData>(MEMBERS, { id: org.id })).organization.viewerRole,
    ).toBe('ORG_ADMIN');
    // With two ORG_ADMINs the first may step down.
    await member.client.ok(CHANGE_ROLE, {
      input: { membershipId: owner.membershipId, role: 'ORG_MEMBER' },
    });
    expect(
      (await owner.client.ok<MembersData>(MEMBERS, { id: org.id })).organization.viewerRole,
    ).toBe('ORG_MEMBER');
    const events = await auditOf(t, member.membershipId);
    expect(events.filter((e) => e.action === 'membership.roleChanged')).toEqual([
      expect.objectContaining({
        actor_id: owner.userId,
        organization_id: org.id,
        before: { userId: member.userId, role: 'ORG_MEMBER' },
        after: { userId: member.userId, role: 'ORG_ADMIN' },
      }),
    ]);
    // Setting the role a member already has changes nothing and writes no event.
    const count = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
    await member.client.ok(CHANGE_ROLE, {
      input: { membershipId: member.membershipId, role: 'ORG_ADMIN' },
    });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBe(
      count,
    );
  });

  it('lets a platform admin change roles in any organization', async () => {
    const { owner, org } = await freshOrganization();
    const member = await joinOrganization(t, owner.client, org.id);
    await cast.admin.client.ok(CHANGE_ROLE, {
      input: { membershipId: member.membershipId, role: 'ORG_ADMIN' },
    });
    expect((await auditOf(t, member.membershipId)).at(-1)).toMatchObject({
      action: 'membership.roleChanged',
      actor_id: cast.admin.userId,
    });
  });

  it('lets the ORG_ADMIN remove a member, who loses access to the member list', async () => {
    const { owner, org } = await freshOrganization();
    const member = await joinOrganization(t, owner.client, org.id);
    const removed = await owner.client.ok<{ removeMember: { id: string; user: { id: string } } }>(
      REMOVE_MEMBER,
      { membershipId: member.membershipId },
    );
    expect(removed.removeMember).toMatchObject({
      id: member.membershipId,
      user: { id: member.userId },
    });
    const seen = await member.client.ok<MembersData>(MEMBERS, { id: org.id });
    expect(seen.organization).toMatchObject({ viewerRole: null, members: [] });
    expect((await auditOf(t, member.membershipId)).at(-1)).toMatchObject({
      action: 'membership.removed',
      actor_id: owner.userId,
      organization_id: org.id,
      before: { userId: member.userId, role: 'ORG_MEMBER' },
      after: null,
    });
  });

  it('lets a member leave, and an ORG_ADMIN leave while another ORG_ADMIN remains', async () => {
    const { owner, org } = await freshOrganization();
    const member = await joinOrganization(t, owner.client, org.id);
    const coAdmin = await joinOrganization(t, owner.client, org.id, 'ORG_ADMIN');
    await member.client.ok(REMOVE_MEMBER, { membershipId: member.membershipId });
    expect((await auditOf(t, member.membershipId)).at(-1)).toMatchObject({
      action: 'membership.removed',
      actor_id: member.userId,
    });
    await owner.client.ok(REMOVE_MEMBER, { membershipId: owner.membershipId });
    const left = await coAdmin.client.ok<MembersData>(MEMBERS, { id: org.id });
    expect(left.organization.members.map((m) => m.user.id)).toEqual([coAdmin.userId]);
  });

  it('lets a platform admin remove a member of any organization', async () => {
    const { owner, org } = await freshOrganization();
    const member = await joinOrganization(t, owner.client, org.id);
    await cast.admin.client.ok(REMOVE_MEMBER, { membershipId: member.membershipId });
    expect(
      (await owner.client.ok<MembersData>(MEMBERS, { id: org.id })).organization.members,
    ).toHaveLength(1);
  });

  it('shows e-mail addresses of members to ORG_ADMINs and platform admins, not to plain members', async () => {
    const byAdmin = await cast.orgAdmin.client.ok<MembersData>(MEMBERS, { id: cast.org.id });
    expect(
      byAdmin.organization.members.find((m) => m.user.id === cast.orgMember.userId)?.user.email,
    ).toBe(cast.orgMember.email);
    const byPlatform = await cast.admin.client.ok<MembersData>(MEMBERS, { id: cast.org.id });
    expect(
      byPlatform.organization.members.find((m) => m.user.id === cast.orgAdmin.userId)?.user.email,
    ).toBe(cast.orgAdmin.email);
    const byMember = await cast.orgMember.client.ok<MembersData>(MEMBERS, { id: cast.org.id });
    expect(
      byMember.organization.members.find((m) => m.user.id === cast.orgAdmin.userId)?.user.email,
    ).toBeNull();
  });

  it('shows invitations to ORG_ADMINs and platform admins only', async () => {
    const invitation = await invite(
      cast.orgAdmin.client,
      cast.org.id,
      `visibility-${Date.now()}@example.org`,
    );
    for (const viewer of [cast.orgAdmin.client, cast.admin.client]) {
      expect(
        (await viewer.ok<MembersData>(MEMBERS, { id: cast.org.id })).organization.invitations.map(
          (i) => i.id,
        ),
      ).toContain(invitation.id);
    }
    for (const viewer of [
      cast.orgMember.client,
      cast.otherOrgAdmin.client,
      cast.manager.client,
      cast.anonymous,
    ]) {
      expect(
        (await viewer.ok<MembersData>(MEMBERS, { id: cast.org.id })).organization.invitations,
      ).toEqual([]);
    }
    await cast.orgAdmin.client.ok(REVOKE, { id: invitation.id });
  });
});

describe('memberships and invitations: refusals', () => {
  const absent = '00000000-0000-4000-8000-000000000000';

  describe('inviteMember', () => {
    it.each([
      ['email', { email: 'not-an-email' }],
      ['email', { email: '' }],
      ['email', { email: `${'x'.repeat(250)}@example.org` }],
      ['organizationId', { organizationId: 'not-a-uuid' }],
      ['role', { role: 'OWNER' }],
    ])('refuses a bad %s', async (field, overrides) => {
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(INVITE_MEMBER, {
            input: {
              organizationId: cast.org.id,
              email: 'new@example.org',
              role: 'ORG_MEMBER',
              ...overrides,
            },
          }),
        'BAD_USER_INPUT',
        field,
      );
    });

    it('refuses a second pending invitation and an invitation of a member as CONFLICT on "email"', async () => {
      const email = `twice-${Date.now()}@example.org`;
      await invite(cast.orgAdmin.client, cast.org.id, email);
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(INVITE_MEMBER, {
            input: { organizationId: cast.org.id, email: email.toUpperCase(), role: 'ORG_ADMIN' },
          }),
        'CONFLICT',
        'email',
      );
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(INVITE_MEMBER, {
            input: { organizationId: cast.org.id, email: cast.orgMember.email, role: 'ORG_MEMBER' },
          }),
        'CONFLICT',
        'email',
      );
    });

    it('refuses everyone but the ORG_ADMINs and platform admins', async () => {
      const input = {
        organizationId: cast.org.id,
        email: 'intruder@example.org',
        role: 'ORG_ADMIN',
      };
      await expectRefused(t, () => cast.anonymous.gql(INVITE_MEMBER, { input }), 'UNAUTHENTICATED');
      await expectRefused(
        t,
        () => cast.orgMember.client.gql(INVITE_MEMBER, { input }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () => cast.otherOrgAdmin.client.gql(INVITE_MEMBER, { input }),
        'FORBIDDEN',
      );
      await expectRefused(t, () => cast.manager.client.gql(INVITE_MEMBER, { input }), 'FORBIDDEN');
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(INVITE_MEMBER, { input: { ...input, organizationId: absent } }),
        'NOT_FOUND',
      );
    });
  });

  describe('revokeInvitation', () => {
    it('refuses a malformed id, and an invitation already revoked, accepted or declined as CONFLICT', async () => {
      const { owner, org } = await freshOrganization();
      const person = await signUp(t);
      const revoked = await invite(owner.client, org.id, 'gone@example.org');
      await owner.client.ok(REVOKE, { id: revoked.id });
      const accepted = await invite(owner.client, org.id, person.email);
      await person.client.ok(ACCEPT_INVITATION, { id: accepted.id });
      const declinedBy = await signUp(t);
      const declined = await invite(owner.client, org.id, declinedBy.email);
      await declinedBy.client.ok(DECLINE, { id: declined.id });
      await expectRefused(
        t,
        () => owner.client.gql(REVOKE, { id: 'not-a-uuid' }),
        'BAD_USER_INPUT',
        'id',
      );
      await expectRefused(t, () => owner.client.gql(REVOKE, { id: revoked.id }), 'CONFLICT', 'id');
      await expectRefused(t, () => owner.client.gql(REVOKE, { id: accepted.id }), 'CONFLICT', 'id');
      await expectRefused(t, () => owner.client.gql(REVOKE, { id: declined.id }), 'CONFLICT', 'id');
      await expectRefused(t, () => owner.client.gql(REVOKE, { id: absent }), 'NOT_FOUND');
    });

    it('refuses everyone but the ORG_ADMINs and platform admins; those who may not see invitations get NOT_FOUND', async () => {
      const invitee = await signUp(t);
      const invitation = await invite(cast.orgAdmin.client, cast.org.id, invitee.email);
      await expectRefused(
        t,
        () => cast.anonymous.gql(REVOKE, { id: invitation.id }),
        'UNAUTHENTICATED',
      );
      // Invitations are the business of the ORG_ADMINs and the invitee: to a plain member they do not exist.
      await expectRefused(
        t,
        () => cast.orgMember.client.gql(REVOKE, { id: invitation.id }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () => cast.otherOrgAdmin.client.gql(REVOKE, { id: invitation.id }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () => cast.manager.client.gql(REVOKE, { id: invitation.id }),
        'NOT_FOUND',
      );
      // The invitee declines rather than revokes.
      await expectRefused(t, () => invitee.client.gql(REVOKE, { id: invitation.id }), 'FORBIDDEN');
      await invitee.client.ok(DECLINE, { id: invitation.id });
    });
  });

  describe('acceptInvitation and declineInvitation', () => {
    it.each([
      ['acceptInvitation', ACCEPT_INVITATION],
      ['declineInvitation', DECLINE],
    ])(
      '%s refuses a malformed id, and an invitation no longer pending or expired as CONFLICT',
      async (_name, mutation) => {
        const { owner, org } = await freshOrganization();
        const person = await signUp(t);
        const revoked = await invite(owner.client, org.id, person.email);
        await owner.client.ok(REVOKE, { id: revoked.id });
        const declined = await invite(owner.client, org.id, person.email);
        await person.client.ok(DECLINE, { id: declined.id });
        const expired = await invite(owner.client, org.id, person.email);
        await t.dataSource.query(
          `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
          [expired.id],
        );
        expect(
          (await person.client.ok<{ viewer: { pendingInvitations: unknown[] } }>(PENDING)).viewer
            .pendingInvitations,
        ).toEqual([]);
        await expectRefused(
          t,
          () => person.client.gql(mutation, { id: 'not-a-uuid' }),
          'BAD_USER_INPUT',
          'id',
        );
        await expectRefused(
          t,
          () => person.client.gql(mutation, { id: revoked.id }),
          'CONFLICT',
          'id',
        );
        await expectRefused(
          t,
          () => person.client.gql(mutation, { id: declined.id }),
          'CONFLICT',
          'id',
        );
        await expectRefused(
          t,
          () => person.client.gql(mutation, { id: expired.id }),
          'CONFLICT',
          'id',
        );
        await expectRefused(t, () => person.client.gql(mutation, { id: absent }), 'NOT_FOUND');
      },
    );

    it('refuses to accept twice', async () => {
      const { owner, org } = await freshOrganization();
      const person = await signUp(t);
      const invitation = await invite(owner.client, org.id, person.email);
      await person.client.ok(ACCEPT_INVITATION, { id: invitation.id });
      await expectRefused(
        t,
        () => person.client.gql(ACCEPT_INVITATION, { id: invitation.id }),
        'CONFLICT',
        'id',
      );
      await expectRefused(
        t,
        () => person.client.gql(DECLINE, { id: invitation.id }),
        'CONFLICT',
        'id',
      );
    });

    it.each([
      ['acceptInvitation', ACCEPT_INVITATION],
      ['declineInvitation', DECLINE],
    ])(
      '%s is for the invitee alone: the ORG_ADMIN and platform admin are FORBIDDEN, others NOT_FOUND',
      async (_name, mutation) => {
        const invitee = await signUp(t);
        const invitation = await invite(cast.orgAdmin.client, cast.org.id, invitee.email);
        await expectRefused(
          t,
          () => cast.anonymous.gql(mutation, { id: invitation.id }),
          'UNAUTHENTICATED',
        );
        await expectRefused(
          t,
          () => cast.orgAdmin.client.gql(mutation, { id: invitation.id }),
          'FORBIDDEN',
        );
        await expectRefused(
          t,
          () => cast.admin.client.gql(mutation, { id: invitation.id }),
          'FORBIDDEN',
        );
        await expectRefused(
          t,
          () => cast.orgMember.client.gql(mutation, { id: invitation.id }),
          'NOT_FOUND',
        );
        await expectRefused(
          t,
          () => cast.otherOrgAdmin.client.gql(mutation, { id: invitation.id }),
          'NOT_FOUND',
        );
        await expectRefused(
          t,
          () => cast.manager.client.gql(mutation, { id: invitation.id }),
          'NOT_FOUND',
        );
        await invitee.client.ok(DECLINE, { id: invitation.id });
      },
    );
  });

  describe('changeMemberRole', () => {
    it('refuses a malformed membership id, an unknown role, and demoting the last ORG_ADMIN (CONFLICT)', async () => {
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(CHANGE_ROLE, {
            input: { membershipId: 'not-a-uuid', role: 'ORG_MEMBER' },
          }),
        'BAD_USER_INPUT',
        'membershipId',
      );
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(CHANGE_ROLE, {
            input: { membershipId: cast.orgMember.membershipId, role: 'OWNER' },
          }),
        'BAD_USER_INPUT',
        'role',
      );
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(CHANGE_ROLE, {
            input: { membershipId: cast.orgAdmin.membershipId, role: 'ORG_MEMBER' },
          }),
        'CONFLICT',
        'membershipId',
      );
      await expectRefused(
        t,
        () =>
          cast.admin.client.gql(CHANGE_ROLE, {
            input: { membershipId: cast.orgAdmin.membershipId, role: 'ORG_MEMBER' },
          }),
        'CONFLICT',
        'membershipId',
      );
      await expectRefused(
        t,
        () =>
          cast.orgAdmin.client.gql(CHANGE_ROLE, {
            input: { membershipId: absent, role: 'ORG_MEMBER' },
          }),
        'NOT_FOUND',
      );
    });

    it('refuses everyone but the ORG_ADMINs and platform admins; strangers may not even see the membership', async () => {
      const input = { membershipId: cast.orgMember.membershipId, role: 'ORG_ADMIN' };
      await expectRefused(t, () => cast.anonymous.gql(CHANGE_ROLE, { input }), 'UNAUTHENTICATED');
      await expectRefused(t, () => cast.orgMember.client.gql(CHANGE_ROLE, { input }), 'FORBIDDEN');
      await expectRefused(
        t,
        () => cast.otherOrgAdmin.client.gql(CHANGE_ROLE, { input }),
        'NOT_FOUND',
      );
      await expectRefused(t, () => cast.manager.client.gql(CHANGE_ROLE, { input }), 'NOT_FOUND');
    });
  });

  describe('removeMember', () => {
    it('refuses a malformed membership id, and removing or the leaving of the last ORG_ADMIN (CONFLICT)', async () => {
      const { owner, org } = await freshOrganization();
      const member = await joinOrganization(t, owner.client, org.id);
      await expectRefused(
        t,
        () => owner.client.gql(REMOVE_MEMBER, { membershipId: 'not-a-uuid' }),
        'BAD_USER_INPUT',
        'membershipId',
      );
      await expectRefused(
        t,
        () => owner.client.gql(REMOVE_MEMBER, { membershipId: '' }),
        'BAD_USER_INPUT',
        'membershipId',
      );
      await expectRefused(
        t,
        () => owner.client.gql(REMOVE_MEMBER, { membershipId: owner.membershipId }),
        'CONFLICT',
        'membershipId',
      );
      await expectRefused(
        t,
        () => cast.admin.client.gql(REMOVE_MEMBER, { membershipId: owner.membershipId }),
        'CONFLICT',
        'membershipId',
      );
      await owner.client.ok(REMOVE_MEMBER, { membershipId: member.membershipId });
      await expectRefused(
        t,
        () => owner.client.gql(REMOVE_MEMBER, { membershipId: member.membershipId }),
        'NOT_FOUND',
      );
    });

    it('names the catalog message of the last-ORG_ADMIN refusal, so the web can say it in any language', async () => {
      const { owner } = await freshOrganization();
      const result = await owner.client.gql(REMOVE_MEMBER, { membershipId: owner.membershipId });
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'CONFLICT',
        field: 'membershipId',
        key: 'organization.lastAdmin',
      });
    });

    it('refuses everyone but the ORG_ADMINs, platform admins and the member themself', async () => {
      const coMember = await joinOrganization(t, cast.orgAdmin.client, cast.org.id);
      const membershipId = cast.orgMember.membershipId;
      await expectRefused(
        t,
        () => cast.anonymous.gql(REMOVE_MEMBER, { membershipId }),
        'UNAUTHENTICATED',
      );
      await expectRefused(
        t,
        () => coMember.client.gql(REMOVE_MEMBER, { membershipId }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () =>
          cast.orgMember.client.gql(REMOVE_MEMBER, { membershipId: cast.orgAdmin.membershipId }),
        'FORBIDDEN',
      );
      await expectRefused(
        t,
        () => cast.otherOrgAdmin.client.gql(REMOVE_MEMBER, { membershipId }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () => cast.manager.client.gql(REMOVE_MEMBER, { membershipId }),
        'NOT_FOUND',
      );
      await coMember.client.ok(REMOVE_MEMBER, { membershipId: coMember.membershipId });
    });
  });
});
