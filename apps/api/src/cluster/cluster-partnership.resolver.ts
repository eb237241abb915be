import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  ClusterPartnershipDecisionInput as DecisionValues,
  ClusterPartnershipStatus,
  ProposeClusterPartnershipInput as ProposeValues,
} from '@spillover/domain';
import { OrganizationObject, toOrganizationObject } from '../organization/organization.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { IdPipe } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import {
  ClusterPartnershipActionEnum,
  ClusterPartnershipObject,
  ClusterPartnershipStatusEnum,
  CrossClusterCollaborationObject,
  actionName,
  toClusterPartnershipObject,
  toCrossClusterCollaborationObject,
  type ClusterPartnershipActionName,
} from './cluster-partnership.object';
import { ClusterPartnershipService } from './cluster-partnership.service';
import {
  ClusterMembershipObject,
  ClusterObject,
  toClusterMembershipObject,
  toClusterObject,
} from './cluster.object';
import {
  ClusterPartnershipDecisionInput,
  ProposeClusterPartnershipInput,
} from './dto/cluster-partnership.inputs';

@Resolver(() => ClusterPartnershipObject)
export class ClusterPartnershipResolver {
  constructor(
    private readonly partnerships: ClusterPartnershipService,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => ClusterPartnershipObject, {
    description:
      'ACTIVE partnerships for everyone; other statuses for the two clusters’ managers and admins.',
  })
  async clusterPartnership(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ClusterPartnershipObject> {
    return toClusterPartnershipObject(await this.partnerships.get(actor, id));
  }

  @Mutation(() => ClusterPartnershipObject, {
    description: "A cluster's manager proposes a partnership to another cluster (PROPOSED).",
  })
  async proposeClusterPartnership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProposeClusterPartnershipInput,
  ): Promise<ClusterPartnershipObject> {
    return toClusterPartnershipObject(
      await this.partnerships.propose(actor, input as ProposeValues),
    );
  }

  @Mutation(() => ClusterPartnershipObject, {
    description: "The other cluster's manager accepts a proposal (ACTIVE).",
  })
  async acceptClusterPartnership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterPartnershipDecisionInput,
  ): Promise<ClusterPartnershipObject> {
    return toClusterPartnershipObject(
      await this.partnerships.decide(actor, 'accept', input as DecisionValues),
    );
  }

  @Mutation(() => ClusterPartnershipObject, {
    description: "The other cluster's manager declines a proposal, with a reason (DECLINED).",
  })
  async declineClusterPartnership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterPartnershipDecisionInput,
  ): Promise<ClusterPartnershipObject> {
    return toClusterPartnershipObject(
      await this.partnerships.decide(actor, 'decline', input as DecisionValues),
    );
  }

  @Mutation(() => ClusterPartnershipObject, {
    description:
      "The proposing cluster's manager takes back a proposal not yet answered, optionally with a reason (WITHDRAWN); the other cluster's managers are notified.",
  })
  async withdrawClusterPartnership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterPartnershipDecisionInput,
  ): Promise<ClusterPartnershipObject> {
    return toClusterPartnershipObject(
      await this.partnerships.decide(actor, 'withdraw', input as DecisionValues),
    );
  }

  @Mutation(() => ClusterPartnershipObject, {
    description: "Either cluster's manager ends an active partnership, with a reason (ENDED).",
  })
  async endClusterPartnership(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClusterPartnershipDecisionInput,
  ): Promise<ClusterPartnershipObject> {
    return toClusterPartnershipObject(
      await this.partnerships.decide(actor, 'end', input as DecisionValues),
    );
  }

  @ResolveField(() => ClusterObject)
  proposerCluster(
    @CurrentActor() actor: Actor,
    @Parent() partnership: ClusterPartnershipObject,
  ): Promise<ClusterObject> {
    return this.cluster(actor, partnership.proposerClusterId);
  }

  @ResolveField(() => ClusterObject)
  recipientCluster(
    @CurrentActor() actor: Actor,
    @Parent() partnership: ClusterPartnershipObject,
  ): Promise<ClusterObject> {
    return this.cluster(actor, partnership.recipientClusterId);
  }

  @ResolveField(() => ClusterObject, {
    nullable: true,
    description: 'The cluster whose manager ended it.',
  })
  async endedByCluster(
    @CurrentActor() actor: Actor,
    @Parent() partnership: ClusterPartnershipObject,
  ): Promise<ClusterObject | null> {
    return partnership.endedByClusterId ? this.cluster(actor, partnership.endedByClusterId) : null;
  }

  @ResolveField(() => [ClusterPartnershipActionEnum], {
    description: 'What the caller may do now.',
  })
  async viewerActions(
    @CurrentActor() actor: Actor,
    @Parent() partnership: ClusterPartnershipObject,
  ): Promise<ClusterPartnershipActionName[]> {
    return (await this.partnerships.viewerActions(actor, partnership)).map(actionName);
  }

  @ResolveField(() => [ClusterMembershipObject], { description: "Both clusters' ACTIVE members." })
  async members(
    @Parent() partnership: ClusterPartnershipObject,
  ): Promise<ClusterMembershipObject[]> {
    return (await this.partnerships.members(partnership)).map(toClusterMembershipObject);
  }

  @ResolveField(() => [CrossClusterCollaborationObject], {
    description:
      "Collaborations between members of the two clusters: all of them for the clusters' managers, one's own for anyone else.",
  })
  async collaborations(
    @CurrentActor() actor: Actor,
    @Parent() partnership: ClusterPartnershipObject,
  ): Promise<CrossClusterCollaborationObject[]> {
    return (await this.partnerships.collaborations(actor, partnership)).map(
      toCrossClusterCollaborationObject,
    );
  }

  private async cluster(actor: Actor, id: string): Promise<ClusterObject> {
    const cluster = await this.loaders.of(actor).cluster.load(id);
    if (!cluster) throw new Error(`cluster ${id} is missing`);
    return toClusterObject(cluster);
  }
}

@Resolver(() => CrossClusterCollaborationObject)
export class CrossClusterCollaborationResolver {
  constructor(private readonly loaders: Loaders) {}

  @ResolveField(() => OrganizationObject)
  organizationA(
    @CurrentActor() actor: Actor,
    @Parent() collaboration: CrossClusterCollaborationObject,
  ): Promise<OrganizationObject> {
    return this.organization(actor, collaboration.organizationAId);
  }

  @ResolveField(() => OrganizationObject)
  organizationB(
    @CurrentActor() actor: Actor,
    @Parent() collaboration: CrossClusterCollaborationObject,
  ): Promise<OrganizationObject> {
    return this.organization(actor, collaboration.organizationBId);
  }

  private async organization(actor: Actor, id: string): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(id);
    if (!organization) throw new Error(`organization ${id} is missing`);
    return toOrganizationObject(organization);
  }
}

/** Adds a cluster's partnerships to the Cluster type. */
@Resolver(() => ClusterObject)
export class ClusterPartnershipsResolver {
  constructor(private readonly service: ClusterPartnershipService) {}

  @ResolveField(() => [ClusterPartnershipObject], {
    description:
      'ACTIVE partnerships for everyone; proposals, declined and ended ones for the clusters’ managers and admins. Newest first.',
  })
  async partnerships(
    @CurrentActor() actor: Actor,
    @Parent() cluster: ClusterObject,
    @Args('statuses', { type: () => [ClusterPartnershipStatusEnum], nullable: true })
    statuses: ClusterPartnershipStatus[] | null,
  ): Promise<ClusterPartnershipObject[]> {
    return (await this.service.ofCluster(actor, cluster.id, statuses ?? null)).map(
      toClusterPartnershipObject,
    );
  }
}
