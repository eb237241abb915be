import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  ApplyToClusterInput as ApplyToClusterValues,
  ClusterMembershipStatus,
} from '@spillover/domain';
import { UserObject, toUserObject } from '../account/user.object';
import { OrganizationObject, toOrganizationObject } from '../organization/organization.object';
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
  ClusterConnection,
  ClusterMembershipObject,
  ClusterMembershipStatusEnum,
  ClusterObject,
  toClusterMembershipObject,
  toClusterObject,
} from './cluster.object';
import { ClusterService } from './cluster.service';
import {
  AppointClusterManagerInput,
  ApplyToClusterInput,
  ClusterDecisionInput,
  ClusterFilter,
  ClusterInput,
} from './dto/cluster.inputs';

@Resolver(() => ClusterObject)
export class ClusterResolver {
  constructor(
    private readonly clusterService: ClusterService,
    private readonly loaders: Loaders,
    private readonly policy: Policy,
  ) {}

  @Query(() => ClusterObject)
  async cluster(@Args('id', { type: () => ID }, IdPipe) id: string): Promise<ClusterObject> {
    return toClusterObject(await this.clusterService.get(id));
  }

  @Query(() => ClusterConnection)
  async clusters(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => ClusterFilter, nullable: true }) filter?: ClusterFilter,
  ): Promise<Connection<ClusterObject>> {
    const limit = pageSize(first);
    const { rows, totalCount } = await this.clusterService.list(
      filter ?? {},
      limit,
      decodeCursor(after, ['string', 'uuid']),
    );
    return toConnection(rows, limit, (row) => row.sortKey, toClusterObject, totalCount);
  }

  @Mutation(() => ClusterObject, { description: 'Platform admins only.' })
  async createCluster(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterInput,
  ): Promise<ClusterObject> {
    return toClusterObject(await this.clusterService.create(actor, input));
  }

  @Mutation(() => ClusterObject, { description: 'Platform admins only.' })
  async appointClusterManager(
    @CurrentActor() actor: Actor,
    @Args('input') input: AppointClusterManagerInput,
  ): Promise<ClusterObject> {
    return toClusterObject(
      await this.clusterService.appointManager(actor, input.clusterId, input.email),
    );
  }

  @Mutation(() => ClusterObject, { description: 'Platform admins only.' })
  async removeClusterManager(
    @CurrentActor() actor: Actor,
    @Args('clusterId', { type: () => ID }, IdPipe) clusterId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
  ): Promise<ClusterObject> {
    return toClusterObject(await this.clusterService.removeManager(actor, clusterId, userId));
  }

  @ResolveField(() => OrganizationObject, {
    description: 'The cluster organization that runs the cluster.',
  })
  async organization(
    @CurrentActor() actor: Actor,
    @Parent() cluster: ClusterObject,
  ): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(cluster.organizationId);
    if (!organization) throw new Error(`cluster ${cluster.id} has no organization`);
    return toOrganizationObject(organization);
  }

  @ResolveField(() => [UserObject])
  async managers(
    @CurrentActor() actor: Actor,
    @Parent() cluster: ClusterObject,
  ): Promise<UserObject[]> {
    const ids = await this.clusterService.managerIds(cluster.id);
    const users = await this.loaders.of(actor).user.loadMany(ids);
    const facts = await this.policy.factsOf(actor);
    return users.flatMap((user) =>
      user && !(user instanceof Error)
        ? [toUserObject(user, Boolean(facts?.isAdmin || facts?.userId === user.id))]
        : [],
    );
  }

  @ResolveField(() => [ClusterMembershipObject], {
    description:
      'ACTIVE members for everyone; other statuses only for its managers, admins and the organizations concerned.',
  })
  async members(
    @CurrentActor() actor: Actor,
    @Parent() cluster: ClusterObject,
    @Args('status', { type: () => ClusterMembershipStatusEnum, nullable: true })
    status: ClusterMembershipStatus | null,
  ): Promise<ClusterMembershipObject[]> {
    return (await this.clusterService.members(actor, cluster.id, status ?? null)).map(
      toClusterMembershipObject,
    );
  }

  @ResolveField(() => Int, { description: 'ACTIVE member organizations.' })
  memberCount(@Parent() cluster: ClusterObject): Promise<number> {
    return this.clusterService.countActiveMembers(cluster.id);
  }

  @ResolveField(() => Boolean)
  async viewerIsManager(
    @CurrentActor() actor: Actor,
    @Parent() cluster: ClusterObject,
  ): Promise<boolean> {
    const facts = await this.policy.factsOf(actor);
    return Boolean(facts?.managedClusters.has(cluster.id));
  }
}

@Resolver(() => ClusterMembershipObject)
export class ClusterMembershipResolver {
  constructor(
    private readonly clusters: ClusterService,
    private readonly loaders: Loaders,
  ) {}

  @ResolveField(() => ClusterObject)
  async cluster(
    @CurrentActor() actor: Actor,
    @Parent() membership: ClusterMembershipObject,
  ): Promise<ClusterObject> {
    const cluster = await this.loaders.of(actor).cluster.load(membership.clusterId);
    if (!cluster) throw new Error(`cluster membership ${membership.id} has no cluster`);
    return toClusterObject(cluster);
  }

  @ResolveField(() => OrganizationObject)
  async organization(
    @CurrentActor() actor: Actor,
    @Parent() membership: ClusterMembershipObject,
  ): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(membership.organizationId);
    if (!organization) throw new Error(`cluster membership ${membership.id} has no organization`);
    return toOrganizationObject(organization);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async decidedBy(
    @CurrentActor() actor: Actor,
    @Parent() membership: ClusterMembershipObject,
  ): Promise<UserObject | null> {
    const user = membership.decidedById
      ? await this.loaders.of(actor).user.load(membership.decidedById)
      : null;
    return user ? toUserObject(user, false) : null;
  }

  @Mutation(() => ClusterMembershipObject, {
    description: 'An ORG_ADMIN applies for the organization to join (PENDING).',
  })
  async applyToCluster(
    @CurrentActor() actor: Actor,
    @Args('input') input: ApplyToClusterInput,
  ): Promise<ClusterMembershipObject> {
    return toClusterMembershipObject(
      await this.clusters.apply(actor, input as ApplyToClusterValues),
    );
  }

  @Mutation(() => ClusterMembershipObject)
  async admitClusterMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterDecisionInput,
  ): Promise<ClusterMembershipObject> {
    return toClusterMembershipObject(await this.clusters.decide(actor, 'admit', input));
  }

  @Mutation(() => ClusterMembershipObject)
  async rejectClusterMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterDecisionInput,
  ): Promise<ClusterMembershipObject> {
    return toClusterMembershipObject(await this.clusters.decide(actor, 'reject', input));
  }

  @Mutation(() => ClusterMembershipObject)
  async removeClusterMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterDecisionInput,
  ): Promise<ClusterMembershipObject> {
    return toClusterMembershipObject(await this.clusters.decide(actor, 'remove', input));
  }
}

/** Adds an organization's cluster memberships to the Organization type. */
@Resolver(() => OrganizationObject)
export class OrganizationClustersResolver {
  constructor(private readonly clusters: ClusterService) {}

  @ResolveField(() => [ClusterMembershipObject], {
    description:
      'ACTIVE memberships for everyone; all statuses for its members, the clusters’ managers and admins.',
  })
  async clusterMemberships(
    @CurrentActor() actor: Actor,
    @Parent() organization: OrganizationObject,
  ): Promise<ClusterMembershipObject[]> {
    return (await this.clusters.membershipsOfOrganization(actor, organization.id)).map(
      toClusterMembershipObject,
    );
  }
}
