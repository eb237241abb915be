import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrgRole } from '@spillover/domain';
import { UserObject, toUserObject } from '../account/user.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { IdPipe } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import { Policy } from '../platform/policy/policy.service';
import {
  ChangeMemberRoleInput,
  InviteMemberInput,
  OrganizationFilter,
  OrganizationInput,
  UpdateOrganizationInput,
} from './dto/organization.inputs';
import {
  InvitationObject,
  MembershipObject,
  OrgRoleEnum,
  OrganizationConnection,
  OrganizationObject,
  toInvitationObject,
  toMembershipObject,
  toOrganizationObject,
} from './organization.object';
import { OrganizationService } from './organization.service';

@Resolver(() => OrganizationObject)
export class OrganizationResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly policy: Policy,
  ) {}

  @Query(() => OrganizationObject)
  async organization(
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<OrganizationObject> {
    return toOrganizationObject(await this.organizationService.get(id));
  }

  @Query(() => OrganizationConnection, { description: 'The public directory of organizations.' })
  async organizations(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => OrganizationFilter, nullable: true }) filter?: OrganizationFilter,
  ): Promise<Connection<OrganizationObject>> {
    const limit = pageSize(first);
    // Search pages are keyed by relevance, the alphabetical list by name (see the repository).
    const cursor = decodeCursor(
      after,
      filter?.query?.trim() ? ['number', 'uuid'] : ['string', 'uuid'],
    );
    const { rows, totalCount } = await this.organizationService.directory(
      filter ?? {},
      limit,
      cursor,
    );
    return toConnection(rows, limit, (row) => row.sortKey, toOrganizationObject, totalCount);
  }

  @Mutation(() => OrganizationObject, {
    description: 'Create an organization; you become its ORG_ADMIN.',
  })
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: OrganizationInput,
  ): Promise<OrganizationObject> {
    return toOrganizationObject(await this.organizationService.create(actor, input));
  }

  @Mutation(() => OrganizationObject)
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationObject> {
    return toOrganizationObject(await this.organizationService.update(actor, id, input));
  }

  @ResolveField(() => OrgRoleEnum, {
    nullable: true,
    description: "The viewer's role here, or null.",
  })
  async viewerRole(
    @CurrentActor() actor: Actor,
    @Parent() organization: OrganizationObject,
  ): Promise<OrgRole | null> {
    const facts = await this.policy.factsOf(actor);
    return facts?.orgRoles.get(organization.id) ?? null;
  }

  @ResolveField(() => [MembershipObject], {
    description: 'Visible to its members and platform admins; empty for others.',
  })
  async members(
    @CurrentActor() actor: Actor,
    @Parent() organization: OrganizationObject,
  ): Promise<MembershipObject[]> {
    if (
      !(await this.policy.can(actor, 'organization.viewMembers', {
        organizationId: organization.id,
      }))
    )
      return [];
    return (await this.organizationService.members(organization.id)).map(toMembershipObject);
  }

  @ResolveField(() => [InvitationObject], {
    description: 'Visible to ORG_ADMINs; empty for others.',
  })
  async invitations(
    @CurrentActor() actor: Actor,
    @Parent() organization: OrganizationObject,
  ): Promise<InvitationObject[]> {
    if (
      !(await this.policy.can(actor, 'organization.manageMembers', {
        organizationId: organization.id,
      }))
    )
      return [];
    return (await this.organizationService.invitationsOf(organization.id)).map(toInvitationObject);
  }
}

@Resolver(() => MembershipObject)
export class MembershipResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly loaders: Loaders,
    private readonly policy: Policy,
  ) {}

  @ResolveField(() => UserObject)
  async user(
    @CurrentActor() actor: Actor,
    @Parent() membership: MembershipObject,
  ): Promise<UserObject> {
    const user = await this.loaders.of(actor).user.load(membership.userId);
    if (!user) throw new Error(`membership ${membership.id} has no user`);
    const facts = await this.policy.factsOf(actor);
    // E-mail addresses are shared with the organization's admins, not with every member.
    const showEmail =
      facts !== null &&
      (facts.isAdmin ||
        facts.userId === user.id ||
        facts.orgRoles.get(membership.organizationId) === 'ORG_ADMIN');
    return toUserObject(user, showEmail);
  }

  @ResolveField(() => OrganizationObject)
  async organization(
    @CurrentActor() actor: Actor,
    @Parent() membership: MembershipObject,
  ): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(membership.organizationId);
    if (!organization) throw new Error(`membership ${membership.id} has no organization`);
    return toOrganizationObject(organization);
  }

  @Mutation(() => MembershipObject)
  async changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<MembershipObject> {
    return toMembershipObject(
      await this.organizations.changeRole(actor, input.membershipId, input.role),
    );
  }

  @Mutation(() => MembershipObject, {
    description: 'Remove a member (ORG_ADMIN), or leave (your own membership).',
  })
  async removeMember(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }, IdPipe) membershipId: string,
  ): Promise<MembershipObject> {
    return toMembershipObject(await this.organizations.removeMember(actor, membershipId));
  }

  @Mutation(() => MembershipObject)
  async acceptInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<MembershipObject> {
    return toMembershipObject(await this.organizations.acceptInvitation(actor, id));
  }
}

@Resolver(() => InvitationObject)
export class InvitationResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly loaders: Loaders,
  ) {}

  @ResolveField(() => OrganizationObject)
  async organization(
    @CurrentActor() actor: Actor,
    @Parent() invitation: InvitationObject,
  ): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(invitation.organizationId);
    if (!organization) throw new Error(`invitation ${invitation.id} has no organization`);
    return toOrganizationObject(organization);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async invitedBy(
    @CurrentActor() actor: Actor,
    @Parent() invitation: InvitationObject,
  ): Promise<UserObject | null> {
    const user = invitation.invitedById
      ? await this.loaders.of(actor).user.load(invitation.invitedById)
      : null;
    return user ? toUserObject(user, false) : null;
  }

  @Mutation(() => InvitationObject, {
    description: 'Invite someone by e-mail; they accept after signing up or in.',
  })
  async inviteMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteMemberInput,
  ): Promise<InvitationObject> {
    return toInvitationObject(await this.organizations.invite(actor, input));
  }

  @Mutation(() => InvitationObject)
  async revokeInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<InvitationObject> {
    return toInvitationObject(await this.organizations.revokeInvitation(actor, id));
  }

  @Mutation(() => InvitationObject)
  async declineInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<InvitationObject> {
    return toInvitationObject(await this.organizations.declineInvitation(actor, id));
  }
}
