import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserObject, toUserObject } from '../account/user.object';
import { CapabilityObject, toCapabilityObject } from '../capability/capability.object';
import { CapabilityService } from '../capability/capability.service';
import { NeedObject, toNeedObject } from '../need/need.object';
import { NeedService } from '../need/need.service';
import { OrganizationObject, toOrganizationObject } from '../organization/organization.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { unlessHidden } from '../platform/policy/unless-hidden';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { IdPipe } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import {
  CollaborationConnection,
  CollaborationObject,
  CollaborationOutcomeEnum,
  toCollaborationObject,
} from './collaboration.object';
import { CollaborationService } from './collaboration.service';

@Resolver(() => CollaborationObject)
export class CollaborationResolver {
  constructor(
    private readonly service: CollaborationService,
    private readonly needs: NeedService,
    private readonly capabilities: CapabilityService,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => CollaborationObject, { description: 'NOT_FOUND when it does not exist.' })
  async collaboration(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CollaborationObject> {
    return this.toObject(actor, await this.service.get(id));
  }

  @Mutation(() => CollaborationObject, {
    description:
      'ACTIVE → COMPLETED with an outcome (members of either organization). SOLVED on a collaboration that came from a need closes that need as SOLVED.',
  })
  async completeCollaboration(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('outcome', { type: () => CollaborationOutcomeEnum }) outcome: string,
  ): Promise<CollaborationObject> {
    return this.toObject(actor, await this.service.complete(actor, id, outcome));
  }

  @ResolveField(() => [OrganizationObject], { description: 'The two organizations, in id order.' })
  async organizations(
    @CurrentActor() actor: Actor,
    @Parent() collaboration: CollaborationObject,
  ): Promise<OrganizationObject[]> {
    const loaded = await this.loaders
      .of(actor)
      .organization.loadMany([collaboration.organizationAId, collaboration.organizationBId]);
    return loaded.map((organization) => {
      if (!organization || organization instanceof Error)
        throw new Error(`collaboration ${collaboration.id} lost an organization`);
      return toOrganizationObject(organization);
    });
  }

  @ResolveField(() => NeedObject, {
    nullable: true,
    description: 'The need it came from, when you may see it.',
  })
  async need(
    @CurrentActor() actor: Actor,
    @Parent() collaboration: CollaborationObject,
  ): Promise<NeedObject | null> {
    const id = collaboration.needId;
    if (!id) return null;
    const need = await unlessHidden(() => this.needs.get(actor, id));
    return need ? toNeedObject(need) : null;
  }

  @ResolveField(() => CapabilityObject, {
    nullable: true,
    description: 'The capability it came from, when you may see it.',
  })
  async capability(
    @CurrentActor() actor: Actor,
    @Parent() collaboration: CollaborationObject,
  ): Promise<CapabilityObject | null> {
    const id = collaboration.capabilityId;
    if (!id) return null;
    const capability = await unlessHidden(() => this.capabilities.get(actor, id));
    return capability ? toCapabilityObject(capability) : null;
  }

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'Who marked it completed (shown to the two organizations only).',
  })
  async completedBy(
    @CurrentActor() actor: Actor,
    @Parent() collaboration: CollaborationObject,
  ): Promise<UserObject | null> {
    if (!collaboration.completedById || !(await this.service.isParty(actor, collaboration.entity)))
      return null;
    const user = await this.loaders.of(actor).user.load(collaboration.completedById);
    return user ? toUserObject(user, false) : null;
  }

  @ResolveField(() => Boolean, { description: 'You may mark it completed now.' })
  viewerCanComplete(
    @CurrentActor() actor: Actor,
    @Parent() collaboration: CollaborationObject,
  ): Promise<boolean> {
    return this.service.canComplete(actor, collaboration.entity);
  }

  private async toObject(actor: Actor, entity: Parameters<typeof toCollaborationObject>[0]) {
    const visible = await this.service.detailsVisible(actor, [entity]);
    return toCollaborationObject(entity, visible.has(entity.id));
  }
}

/** An organization's collaborations on its page: every edge, details as the viewer may see them. */
@Resolver(() => OrganizationObject)
export class OrganizationCollaborationsResolver {
  constructor(private readonly service: CollaborationService) {}

  @ResolveField(() => CollaborationConnection, {
    description: 'Its collaborations, latest start first.',
  })
  async collaborations(
    @CurrentActor() actor: Actor,
    @Parent() organization: OrganizationObject,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CollaborationObject>> {
    const limit = pageSize(first);
    const { rows, totalCount } = await this.service.ofOrganization(
      organization.id,
      limit,
      decodeCursor(after, ['string', 'uuid']),
    );
    const visible = await this.service.detailsVisible(actor, rows.slice(0, limit));
    return toConnection(
      rows,
      limit,
      (row) => [row.startedOn, row.id],
      (row) => toCollaborationObject(row, visible.has(row.id)),
      totalCount,
    );
  }
}
