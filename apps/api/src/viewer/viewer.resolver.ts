import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserObject } from '../account/user.object';
import { AccountService } from '../account/account.service';
import { ClusterObject, toClusterObject } from '../cluster/cluster.object';
import { ClusterService } from '../cluster/cluster.service';
import {
  InvitationObject,
  MembershipObject,
  toInvitationObject,
  toMembershipObject,
} from '../organization/organization.object';
import { OrganizationService } from '../organization/organization.service';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { SESSION_COOKIE, SessionService } from '../platform/auth/session.service';
import type { RequestContext } from '../platform/graphql/request-context';
import { Loaders } from '../platform/loaders/loaders';
import { ViewerObject } from './viewer.object';

@Resolver(() => ViewerObject)
export class ViewerResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly organizations: OrganizationService,
    private readonly clusters: ClusterService,
    private readonly sessions: SessionService,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => ViewerObject, { nullable: true, description: 'The signed-in user, or null.' })
  async viewer(
    @CurrentActor() actor: Actor,
    @Context() { req }: RequestContext,
  ): Promise<ViewerObject | null> {
    const user = await this.accounts.me(actor);
    if (!user) return null;
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const bySession = actor.kind === 'user' && actor.via.kind === 'session';
    return {
      user: toUserObject(user, true),
      csrfToken: bySession && cookie ? this.sessions.csrfTokenFor(cookie) : null,
    };
  }

  @ResolveField(() => [MembershipObject])
  async memberships(@Parent() viewer: ViewerObject): Promise<MembershipObject[]> {
    return (await this.organizations.membershipsOfUser(viewer.user.id)).map(toMembershipObject);
  }

  @ResolveField(() => [ClusterObject])
  async managedClusters(
    @CurrentActor() actor: Actor,
    @Parent() viewer: ViewerObject,
  ): Promise<ClusterObject[]> {
    const ids = await this.clusters.managedClusterIds(viewer.user.id);
    const clusters = await this.loaders.of(actor).cluster.loadMany(ids);
    return clusters.flatMap((cluster) =>
      cluster && !(cluster instanceof Error) ? [toClusterObject(cluster)] : [],
    );
  }

  @ResolveField(() => [InvitationObject], {
    description: 'Invitations to this e-mail address waiting for an answer.',
  })
  async pendingInvitations(@Parent() viewer: ViewerObject): Promise<InvitationObject[]> {
    return viewer.user.email
      ? (await this.organizations.pendingInvitationsFor(viewer.user.email)).map(toInvitationObject)
      : [];
  }
}
