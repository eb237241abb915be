import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationObject } from '../organization/organization.object';
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
import { ListingFieldsResolver } from '../listing/listing-fields.resolver';
import { CapabilityConnection, CapabilityObject, toCapabilityObject } from './capability.object';
import { CapabilityService } from './capability.service';
import { CapabilityDraftInput, UpdateCapabilityInput } from './dto/capability.inputs';

@Resolver(() => CapabilityObject)
export class CapabilityResolver extends ListingFieldsResolver(CapabilityObject, {
  noun: 'capability',
  descriptions: {},
}) {
  constructor(
    private readonly capabilityService: CapabilityService,
    loaders: Loaders,
    policy: Policy,
  ) {
    super(loaders, policy);
  }

  protected invitedOrganizationIds(capabilityId: string): Promise<string[]> {
    return this.capabilityService.invitedOrganizationIds(capabilityId);
  }

  @Query(() => CapabilityObject, {
    description: 'NOT_FOUND when it does not exist or you may not see it.',
  })
  async capability(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CapabilityObject> {
    return toCapabilityObject(await this.capabilityService.get(actor, id));
  }

  @Mutation(() => CapabilityObject, {
    description: 'A new DRAFT capability of the organization (any member).',
  })
  async createCapability(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('input') input: CapabilityDraftInput,
  ): Promise<CapabilityObject> {
    return toCapabilityObject(await this.capabilityService.create(actor, organizationId, input));
  }

  @Mutation(() => CapabilityObject, {
    description: 'Edit (any member of the owner); null clears a field.',
  })
  async updateCapability(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateCapabilityInput,
  ): Promise<CapabilityObject> {
    return toCapabilityObject(await this.capabilityService.update(actor, id, input));
  }

  @Mutation(() => CapabilityObject, {
    description: 'DRAFT or ARCHIVED → PUBLISHED (ORG_ADMIN); the values must be complete.',
  })
  async publishCapability(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CapabilityObject> {
    return toCapabilityObject(await this.capabilityService.publish(actor, id));
  }

  @Mutation(() => CapabilityObject, {
    description:
      'PUBLISHED → ARCHIVED (ORG_ADMIN): no longer on offer; the page stays for the record.',
  })
  async archiveCapability(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CapabilityObject> {
    return toCapabilityObject(await this.capabilityService.archive(actor, id));
  }

  @Mutation(() => ID, { description: 'Delete a DRAFT (any member of the owner). Returns its id.' })
  deleteCapabilityDraft(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<string> {
    return this.capabilityService.deleteDraft(actor, id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown to signed-in users only.' })
  contactEmail(
    @CurrentActor() actor: Actor,
    @Parent() capability: CapabilityObject,
  ): string | null {
    return actor.kind === 'user' ? capability.contactEmail : null;
  }
}

/** An organization's capabilities on its profile: those the viewer may see, drafts for its members. */
@Resolver(() => OrganizationObject)
export class OrganizationCapabilitiesResolver {
  constructor(private readonly capabilityService: CapabilityService) {}

  @ResolveField(() => CapabilityConnection)
  async capabilities(
    @CurrentActor() actor: Actor,
    @Parent() organization: OrganizationObject,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CapabilityObject>> {
    const limit = pageSize(first);
    const { rows, totalCount } = await this.capabilityService.ofOrganization(
      actor,
      organization.id,
      limit,
      decodeCursor(after, ['timestamp', 'uuid']),
    );
    return toConnection(
      rows,
      limit,
      (row) => [row.createdAt.toISOString(), row.id],
      toCapabilityObject,
      totalCount,
    );
  }
}
