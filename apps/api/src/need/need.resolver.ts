import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConfidentialAccess, NdaAcceptanceInput } from '@spillover/domain';
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
import { ListingFieldsResolver } from '../listing/listing-fields.resolver';
import { AcceptNdaInput, NdaTermsInput, NeedDraftInput, UpdateNeedInput } from './dto/need.inputs';
import {
  ConfidentialAccessEnum,
  NdaAcceptanceObject,
  toNdaAcceptanceObject,
  NeedCloseReasonEnum,
  NeedConnection,
  NeedObject,
  toNeedObject,
} from './need.object';
import { NeedService } from './need.service';

@Resolver(() => NeedObject)
export class NeedResolver extends ListingFieldsResolver(NeedObject, {
  noun: 'need',
  // A closed need is final: nobody edits it nor changes who sees it.
  finalStatus: 'CLOSED',
  descriptions: {
    organization: 'The organization that posted it.',
    viewerCanEdit: 'Whether you may edit it (a member of the owner).',
    viewerCanPublish:
      'Whether you may publish, close it or set its NDA terms (an ORG_ADMIN of the owner).',
  },
}) {
  constructor(
    private readonly needService: NeedService,
    loaders: Loaders,
    policy: Policy,
  ) {
    super(loaders, policy);
  }

  protected invitedOrganizationIds(needId: string): Promise<string[]> {
    return this.needService.invitedOrganizationIds(needId);
  }

  @Query(() => NeedObject, {
    description: 'NOT_FOUND when it does not exist or you may not see it.',
  })
  async technologyNeed(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<NeedObject> {
    return toNeedObject(await this.needService.get(actor, id));
  }

  @Mutation(() => NeedObject, { description: 'A new DRAFT need of the organization (any member).' })
  async createTechnologyNeed(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('input') input: NeedDraftInput,
  ): Promise<NeedObject> {
    return toNeedObject(await this.needService.create(actor, organizationId, input));
  }

  @Mutation(() => NeedObject, {
    description: 'Edit a need (any member of the owner); null clears a field.',
  })
  async updateTechnologyNeed(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateNeedInput,
  ): Promise<NeedObject> {
    return toNeedObject(await this.needService.update(actor, id, input));
  }

  @Mutation(() => NeedObject, {
    description:
      'DRAFT → OPEN (ORG_ADMIN); every field publishing needs must be set and the deadline ahead.',
  })
  async publishTechnologyNeed(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<NeedObject> {
    return toNeedObject(await this.needService.publish(actor, id));
  }

  @Mutation(() => NeedObject, {
    description:
      'OPEN → CLOSED as SOLVED or WITHDRAWN (ORG_ADMIN). EXPIRED is set by the platform.',
  })
  async closeTechnologyNeed(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason', { type: () => NeedCloseReasonEnum }) reason: string,
  ): Promise<NeedObject> {
    return toNeedObject(await this.needService.close(actor, id, reason));
  }

  @Mutation(() => NeedObject, {
    description:
      'Set the NDA terms (ORG_ADMIN); changed terms take a new version, which organizations accept anew.',
  })
  async setNdaTerms(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID }, IdPipe) needId: string,
    @Args('input') input: NdaTermsInput,
  ): Promise<NeedObject> {
    return toNeedObject(await this.needService.setNdaTerms(actor, needId, input));
  }

  @Mutation(() => NdaAcceptanceObject, {
    description:
      'Accept the current NDA version for your organization (ORG_ADMIN); then its members see the confidential details.',
  })
  async acceptNda(
    @CurrentActor() actor: Actor,
    @Args('input') input: AcceptNdaInput,
  ): Promise<NdaAcceptanceObject> {
    return toNdaAcceptanceObject(
      await this.needService.acceptNda(actor, input as NdaAcceptanceInput),
    );
  }

  @Mutation(() => ID, { description: 'Delete a DRAFT (any member of the owner). Returns its id.' })
  deleteTechnologyNeedDraft(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<string> {
    return this.needService.deleteDraft(actor, id);
  }

  @ResolveField(() => [NdaAcceptanceObject], {
    description:
      'The NDA acceptances of your own organizations for this need (which of them accepted which version).',
  })
  async viewerNdaAcceptances(
    @CurrentActor() actor: Actor,
    @Parent() need: NeedObject,
  ): Promise<NdaAcceptanceObject[]> {
    return (await this.needService.viewerAcceptances(actor, need.id)).map(toNdaAcceptanceObject);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Null unless you belong to the owner or your organization accepted the current NDA version.',
  })
  confidentialDetails(
    @CurrentActor() actor: Actor,
    @Parent() need: NeedObject,
  ): Promise<string | null> {
    return this.needService.confidentialDetailsFor(actor, {
      id: need.id,
      organizationId: need.organizationId,
      ndaVersion: need.ndaTerms?.version ?? null,
      confidential: need.confidential,
    });
  }

  @ResolveField(() => ConfidentialAccessEnum)
  viewerConfidentialAccess(
    @CurrentActor() actor: Actor,
    @Parent() need: NeedObject,
  ): Promise<ConfidentialAccess> {
    return this.needService.confidentialAccessOf(actor, {
      id: need.id,
      organizationId: need.organizationId,
      ndaVersion: need.ndaTerms?.version ?? null,
    });
  }

  @ResolveField(() => [NdaAcceptanceObject], {
    description: 'Who accepted which NDA version; shown to the owner’s members only.',
  })
  async ndaAcceptances(
    @CurrentActor() actor: Actor,
    @Parent() need: NeedObject,
  ): Promise<NdaAcceptanceObject[]> {
    if (
      !(await this.policy.can(actor, 'listing.viewAudience', {
        organizationId: need.organizationId,
      }))
    )
      return [];
    return (await this.needService.acceptances(need.id)).map(toNdaAcceptanceObject);
  }
}

@Resolver(() => NdaAcceptanceObject)
export class NdaAcceptanceResolver {
  constructor(private readonly loaders: Loaders) {}

  @ResolveField(() => OrganizationObject)
  async organization(
    @CurrentActor() actor: Actor,
    @Parent() acceptance: NdaAcceptanceObject,
  ): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(acceptance.organizationId);
    if (!organization) throw new Error(`acceptance ${acceptance.id} has no organization`);
    return toOrganizationObject(organization);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async acceptedBy(
    @CurrentActor() actor: Actor,
    @Parent() acceptance: NdaAcceptanceObject,
  ): Promise<UserObject | null> {
    const user = acceptance.acceptedById
      ? await this.loaders.of(actor).user.load(acceptance.acceptedById)
      : null;
    return user ? toUserObject(user, false) : null;
  }
}

/** An organization's needs on its profile: the ones the viewer may see, drafts for its members. */
@Resolver(() => OrganizationObject)
export class OrganizationNeedsResolver {
  constructor(private readonly needService: NeedService) {}

  @ResolveField(() => NeedConnection)
  async technologyNeeds(
    @CurrentActor() actor: Actor,
    @Parent() organization: OrganizationObject,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<NeedObject>> {
    const limit = pageSize(first);
    const { rows, totalCount } = await this.needService.ofOrganization(
      actor,
      organization.id,
      limit,
      decodeCursor(after, ['timestamp', 'uuid']),
    );
    return toConnection(
      rows,
      limit,
      (row) => [row.createdAt.toISOString(), row.id],
      toNeedObject,
      totalCount,
    );
  }
}
