import { Injectable } from '@nestjs/common';
import {
  INVITATION_TTL_DAYS,
  applyOrganizationPatch,
  assertKeepsAnAdmin,
  badInput,
  conflict,
  notFound,
  organizationSchema,
  parseInput,
  type InviteMemberInput,
  type OrgRole,
  type OrganizationFilter,
  type OrganizationPatch,
  type OrganizationValues,
  errorKey,
} from '@spillover/domain';
import { UserRepository } from '../account/user.repository';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { NotificationService } from '../notification/notification.service';
import { Policy } from '../platform/policy/policy.service';
import type { InvitationEntity } from './invitation.entity';
import type { MembershipEntity } from './membership.entity';
import { MembershipRepository } from './membership.repository';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationRepository, type DirectoryPage } from './organization.repository';

const DAY_MS = 24 * 3600 * 1000;

const valuesOf = (o: OrganizationEntity): OrganizationValues => ({
  name: o.name,
  kind: o.kind,
  size: o.size,
  country: o.country,
  region: o.region,
  sectors: o.sectors,
  technologyAreas: o.technologyAreas,
  description: o.description,
  website: o.website,
});

/** Organizations, their members and invitations. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly memberships: MembershipRepository,
    private readonly users: UserRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifications: NotificationService,
  ) {}

  async get(id: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw notFound('The organization');
    return organization;
  }

  /** Refuses ids of organizations that do not exist, naming the first one's position in the list. */
  async assertExist(ids: readonly string[], field: string): Promise<void> {
    if (!ids.length) return;
    const found = new Set((await this.organizations.findByIds([...ids])).map((o) => o.id));
    const index = ids.findIndex((id) => !found.has(id));
    if (index >= 0)
      throw badInput(
        `${field}.${index}`,
        'This organization does not exist; choose organizations from the directory.',
        errorKey('organization.unknownInvited'),
      );
  }

  directory(
    filter: OrganizationFilter,
    first: number,
    after: unknown[] | null,
  ): Promise<DirectoryPage> {
    return this.organizations.directory(filter, first, after);
  }

  async create(actor: Actor, input: unknown): Promise<OrganizationEntity> {
    await this.policy.assert(actor, 'organization.create', {});
    const facts = await this.policy.signedIn(actor);
    const values = parseInput(organizationSchema, input);
    const organization = await this.transactions.run(async () => {
      const created = await this.organizations.insert({
        ...values,
        size: values.size ?? null,
        region: values.region ?? null,
        website: values.website ?? null,
      });
      const membership = await this.memberships.insertMembership({
        organizationId: created.id,
        userId: facts.userId,
        role: 'ORG_ADMIN',
      });
      await this.audit.record(actor, {
        action: 'organization.created',
        objectType: 'Organization',
        objectId: created.id,
        organizationId: created.id,
        after: valuesOf(created),
      });
      await this.audit.record(actor, {
        action: 'membership.created',
        objectType: 'Membership',
        objectId: membership.id,
        organizationId: created.id,
        after: { userId: facts.userId, role: 'ORG_ADMIN' },
      });
      return created;
    });
    this.policy.forget(actor);
    return organization;
  }

  async update(actor: Actor, id: string, patch: OrganizationPatch): Promise<OrganizationEntity> {
    await this.get(id);
    await this.policy.assert(actor, 'organization.update', { organizationId: id });
    return this.transactions.run(async () => {
      const current = await this.organizations.findById(id, true);
      if (!current) throw notFound('The organization');
      const next = applyOrganizationPatch(valuesOf(current), patch);
      // Nothing changed: nothing to write, nothing to audit.
      if (JSON.stringify(next) === JSON.stringify(valuesOf(current))) return current;
      await this.organizations.update(id, {
        ...next,
        size: next.size ?? null,
        region: next.region ?? null,
        website: next.website ?? null,
      });
      await this.audit.record(actor, {
        action: 'organization.updated',
        objectType: 'Organization',
        objectId: id,
        organizationId: id,
        before: valuesOf(current),
        after: next,
      });
      return Object.assign(current, next);
    });
  }

  members(organizationId: string): Promise<MembershipEntity[]> {
    return this.memberships.membersOf(organizationId);
  }

  membershipsOfUser(userId: string): Promise<MembershipEntity[]> {
    return this.memberships.membershipsOfUser(userId);
  }

  invitationsOf(organizationId: string): Promise<InvitationEntity[]> {
    return this.memberships.invitationsOf(organizationId);
  }

  pendingInvitationsFor(email: string): Promise<InvitationEntity[]> {
    return this.memberships.pendingInvitationsFor(email);
  }

  async invite(actor: Actor, input: InviteMemberInput): Promise<InvitationEntity> {
    const organization = await this.get(input.organizationId);
    await this.policy.assert(actor, 'organization.manageMembers', {
      organizationId: input.organizationId,
    });
    const facts = await this.policy.signedIn(actor);
    return this.transactions.run(async () => {
      const existingUser = await this.users.findByEmail(input.email);
      if (
        existingUser &&
        (await this.memberships.findMembershipOf(input.organizationId, existingUser.id))
      )
        throw conflict(
          'This person is already a member of the organization.',
          errorKey('organization.alreadyMember'),
          'email',
        );
      const pending = await this.memberships.findPendingInvitation(
        input.organizationId,
        input.email,
      );
      if (pending && pending.expiresAt.getTime() > Date.now())
        throw conflict(
          'This e-mail address already has a pending invitation. Revoke it to send a new one.',
          errorKey('organization.invitationPending'),
          'email',
        );
      if (pending) {
        // An expired invitation gives way to the new one instead of blocking the address.
        await this.memberships.updateInvitation(pending.id, {
          status: 'REVOKED',
          decidedAt: new Date(),
        });
        await this.audit.record(actor, {
          action: 'invitation.revoked',
          objectType: 'Invitation',
          objectId: pending.id,
          organizationId: input.organizationId,
          before: { status: 'PENDING' },
          after: { status: 'REVOKED', reason: 'expired, replaced' },
        });
      }
      const invitation = await this.memberships.insertInvitation({
        organizationId: input.organizationId,
        email: input.email,
        role: input.role,
        invitedById: facts.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * DAY_MS),
      });
      await this.audit.record(actor, {
        action: 'invitation.created',
        objectType: 'Invitation',
        objectId: invitation.id,
        organizationId: input.organizationId,
        after: { email: input.email, role: input.role },
      });
      const inviter = await this.users.findById(facts.userId);
      await this.notifications.notify(
        {
          type: 'organization.invited',
          recipients: { emails: [input.email] },
          subject: null,
          params: { organization: organization.name, inviter: inviter?.displayName ?? '' },
          path: '/invitations',
          // Someone without an account yet gets the e-mail in the inviter's language.
          mailWithoutAccount: {
            address: input.email,
            language: inviter?.preferredLanguage ?? 'en',
          },
        },
        invitation.id,
      );
      return invitation;
    });
  }

  async revokeInvitation(actor: Actor, id: string): Promise<InvitationEntity> {
    await this.policy.signedIn(actor);
    const invitation = await this.visibleInvitation(actor, id);
    await this.policy.assert(actor, 'organization.manageMembers', {
      organizationId: invitation.organizationId,
    });
    return this.decideInvitation(actor, invitation.id, 'REVOKED');
  }

  async declineInvitation(actor: Actor, id: string): Promise<InvitationEntity> {
    await this.policy.signedIn(actor);
    const invitation = await this.visibleInvitation(actor, id);
    await this.policy.assert(actor, 'invitation.respond', {
      organizationId: invitation.organizationId,
      email: invitation.email,
    });
    return this.decideInvitation(actor, invitation.id, 'DECLINED');
  }

  async acceptInvitation(actor: Actor, id: string): Promise<MembershipEntity> {
    const facts = await this.policy.signedIn(actor);
    const invitation = await this.visibleInvitation(actor, id);
    await this.policy.assert(actor, 'invitation.respond', {
      organizationId: invitation.organizationId,
      email: invitation.email,
    });
    // The invitation names an address: only an account that proved it owns that address
    // takes the seat (otherwise whoever registered the address first would).
    const user = await this.users.findById(facts.userId);
    if (!user?.emailVerifiedAt || user.email !== invitation.email)
      throw conflict(
        'Confirm your e-mail address first (follow the link we sent you, or ask for a new one on your account page), then accept the invitation.',
        errorKey('organization.invitationNeedsVerifiedEmail'),
        'id',
      );
    const membership = await this.transactions.run(async () => {
      const locked = await this.pendingLocked(id);
      if (await this.memberships.findMembershipOf(locked.organizationId, facts.userId))
        throw conflict(
          'You are already a member of this organization.',
          errorKey('organization.alreadyYourOrganization'),
          'id',
        );
      const created = await this.memberships.insertMembership({
        organizationId: locked.organizationId,
        userId: facts.userId,
        role: locked.role,
      });
      await this.memberships.updateInvitation(id, { status: 'ACCEPTED', decidedAt: new Date() });
      await this.audit.record(actor, {
        action: 'invitation.accepted',
        objectType: 'Invitation',
        objectId: id,
        organizationId: locked.organizationId,
        before: { status: 'PENDING' },
        after: { status: 'ACCEPTED' },
      });
      await this.audit.record(actor, {
        action: 'membership.created',
        objectType: 'Membership',
        objectId: created.id,
        organizationId: locked.organizationId,
        after: { userId: facts.userId, role: locked.role },
      });
      return created;
    });
    this.policy.forget(actor);
    return membership;
  }

  async changeRole(actor: Actor, membershipId: string, role: OrgRole): Promise<MembershipEntity> {
    await this.policy.signedIn(actor);
    const membership = await this.visibleMembership(actor, membershipId);
    await this.policy.assert(actor, 'organization.manageMembers', {
      organizationId: membership.organizationId,
    });
    return this.transactions.run(async () => {
      const roles = await this.memberships.lockRoles(membership.organizationId);
      const current = await this.memberships.findMembership(membershipId);
      if (!current) throw notFound('The membership');
      assertKeepsAnAdmin(roles, { from: current.role, to: role });
      if (current.role !== role) {
        await this.memberships.updateRole(membershipId, role);
        await this.audit.record(actor, {
          action: 'membership.roleChanged',
          objectType: 'Membership',
          objectId: membershipId,
          organizationId: current.organizationId,
          before: { userId: current.userId, role: current.role },
          after: { userId: current.userId, role },
        });
      }
      return Object.assign(current, { role });
    });
  }

  /** ORG_ADMINs remove members; anyone may leave. Never the last ORG_ADMIN. */
  async removeMember(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const facts = await this.policy.signedIn(actor);
    const membership = await this.visibleMembership(actor, membershipId);
    if (membership.userId !== facts.userId)
      await this.policy.assert(actor, 'organization.manageMembers', {
        organizationId: membership.organizationId,
      });
    const removed = await this.transactions.run(async () => {
      const roles = await this.memberships.lockRoles(membership.organizationId);
      const current = await this.memberships.findMembership(membershipId);
      if (!current) throw notFound('The membership');
      assertKeepsAnAdmin(roles, { from: current.role, to: 'REMOVED' });
      await this.memberships.deleteMembership(membershipId);
      await this.audit.record(actor, {
        action: 'membership.removed',
        objectType: 'Membership',
        objectId: membershipId,
        organizationId: current.organizationId,
        before: { userId: current.userId, role: current.role },
      });
      return current;
    });
    this.policy.forget(actor);
    return removed;
  }

  /**
   * Memberships are seen by the organization's own members (and admins); to others they do not
   * exist. Callers check `signedIn` first, so a signed-out caller is asked to sign in, whatever
   * the id, rather than told NOT_FOUND (the same holds for `visibleInvitation`).
   */
  private async visibleMembership(actor: Actor, id: string): Promise<MembershipEntity> {
    const membership = await this.memberships.findMembership(id);
    if (
      !membership ||
      !(await this.policy.can(actor, 'organization.viewMembers', {
        organizationId: membership.organizationId,
      }))
    )
      throw notFound('The membership');
    return membership;
  }

  private async visibleInvitation(actor: Actor, id: string): Promise<InvitationEntity> {
    const invitation = await this.memberships.findInvitation(id);
    if (!invitation) throw notFound('The invitation');
    await this.policy.assert(actor, 'invitation.view', {
      organizationId: invitation.organizationId,
      email: invitation.email,
    });
    return invitation;
  }

  private async pendingLocked(id: string, expiredToo = false): Promise<InvitationEntity> {
    const invitation = await this.memberships.findInvitation(id, true);
    if (!invitation) throw notFound('The invitation');
    if (invitation.status !== 'PENDING')
      throw conflict(
        `This invitation was already ${invitation.status.toLowerCase()}.`,
        errorKey('organization.invitationDecided'),
        'id',
      );
    if (!expiredToo && invitation.expiresAt.getTime() <= Date.now())
      throw conflict(
        'This invitation has expired. Ask for a new one.',
        errorKey('organization.invitationExpired'),
        'id',
      );
    return invitation;
  }

  private async decideInvitation(
    actor: Actor,
    id: string,
    status: 'REVOKED' | 'DECLINED',
  ): Promise<InvitationEntity> {
    return this.transactions.run(async () => {
      // An expired invitation is still PENDING and holds its address (invitation_pending_key):
      // revoking it must work, or that person could never be invited again.
      const invitation = await this.pendingLocked(id, status === 'REVOKED');
      await this.memberships.updateInvitation(id, { status, decidedAt: new Date() });
      await this.audit.record(actor, {
        action: status === 'REVOKED' ? 'invitation.revoked' : 'invitation.declined',
        objectType: 'Invitation',
        objectId: id,
        organizationId: invitation.organizationId,
        before: { status: 'PENDING' },
        after: { status },
      });
      return Object.assign(invitation, { status });
    });
  }
}
