import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  INTEREST_ACTIONS,
  availableInterestActions,
  badInput,
  errorKey,
  interestPermission,
  interestRoleOf,
  isDomainError,
  type InterestAction,
  type InterestRole,
  type InterestStatus,
  type Language,
} from '@spillover/domain';
import { LanguageEnum } from '../account/user.object';
import { CapabilityObject, toCapabilityObject } from '../capability/capability.object';
import { CapabilityService } from '../capability/capability.service';
import { MatchReasonObject, toReasonObjects } from '../match/match.object';
import { NeedObject, toNeedObject } from '../need/need.object';
import { NeedService } from '../need/need.service';
import { OrganizationObject, toOrganizationObject } from '../organization/organization.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { IdPipe, OptionalIdPipe, UUID } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import { Policy } from '../platform/policy/policy.service';
import { ExpressInterestInput } from './dto/interest.inputs';
import { listingRef } from './interest-listing-ref';
import {
  InterestActionEnum,
  InterestConnection,
  InterestObject,
  InterestOrderEnum,
  InterestRoleEnum,
  InterestStatusEnum,
  toInterestObject,
} from './interest.object';
import { interestSortKey, InterestRepository, type InterestOrder } from './interest.repository';
import { InterestService } from './interest.service';

const FIRST = { type: () => Int, defaultValue: 20 } as const;

const idOf = (value: string | null | undefined, field: string): string | null => {
  if (value === null || value === undefined) return null;
  if (!UUID.test(value))
    throw badInput(field, 'This id is not valid; ids are UUIDs.', errorKey('input.id'));
  return value.toLowerCase();
};

const page = (
  order: InterestOrder,
  first: number,
  after: string | null | undefined,
  statuses: InterestStatus[] | null | undefined,
) => ({
  order,
  first: pageSize(first),
  after: decodeCursor(
    after,
    order === 'SCORE' ? ['number', 'timestamp', 'uuid'] : ['timestamp', 'uuid'],
  ),
  statuses: statuses ?? null,
});

@Resolver(() => InterestObject)
export class InterestResolver {
  constructor(
    private readonly service: InterestService,
    private readonly repository: InterestRepository,
    private readonly needs: NeedService,
    private readonly capabilities: CapabilityService,
    private readonly loaders: Loaders,
    private readonly policy: Policy,
  ) {}

  @Query(() => InterestObject, {
    description: 'An interest your organization sent or received; NOT_FOUND otherwise.',
  })
  async interest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<InterestObject> {
    return toInterestObject(await this.service.get(actor, id));
  }

  @Query(() => InterestConnection, {
    description:
      "A listing's interests (exactly one of needId and capabilityId): all of them for its owner's members, your own for a sender.",
  })
  async interestsForListing(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID, nullable: true }, OptionalIdPipe) needId: string | undefined,
    @Args('capabilityId', { type: () => ID, nullable: true }, OptionalIdPipe)
    capabilityId: string | undefined,
    @Args('statuses', { type: () => [InterestStatusEnum], nullable: true })
    statuses: InterestStatus[] | undefined,
    @Args('orderBy', { type: () => InterestOrderEnum, defaultValue: 'DATE' })
    orderBy: InterestOrder,
    @Args('first', FIRST) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<InterestObject>> {
    const filter = page(orderBy, first, after, statuses);
    const { rows, totalCount } = await this.service.ofListing(
      actor,
      listingRef({ needId, capabilityId }),
      filter,
    );
    return toConnection(
      rows,
      filter.first,
      (row) => interestSortKey(row, orderBy),
      toInterestObject,
      totalCount,
    );
  }

  @Query(() => InterestConnection, {
    description: 'Interests your organizations sent, newest first.',
  })
  async myInterests(
    @CurrentActor() actor: Actor,
    @Args('statuses', { type: () => [InterestStatusEnum], nullable: true })
    statuses: InterestStatus[] | undefined,
    @Args('first', FIRST) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<InterestObject>> {
    const filter = page('DATE', first, after, statuses);
    const { rows, totalCount } = await this.service.sent(actor, filter);
    return toConnection(
      rows,
      filter.first,
      (row) => interestSortKey(row, 'DATE'),
      toInterestObject,
      totalCount,
    );
  }

  @Mutation(() => InterestObject, {
    description:
      'Express interest in a need (any organization that sees it) or a capability (firms), for your organization (any member). One open interest per organization and item (CONFLICT); none on a closed need or after its deadline.',
  })
  async expressInterest(
    @CurrentActor() actor: Actor,
    @Args('input') input: ExpressInterestInput,
  ): Promise<InterestObject> {
    const interest = await this.service.express(actor, {
      organizationId: idOf(input.organizationId, 'organizationId') ?? '',
      needId: idOf(input.needId, 'needId'),
      capabilityId: idOf(input.capabilityId, 'capabilityId'),
      message: input.message,
      proposedApproach: input.proposedApproach,
      capabilityIds: input.capabilityIds,
      match: input.match
        ? {
            needId: idOf(input.match.needId, 'match.needId') ?? '',
            capabilityId: idOf(input.match.capabilityId, 'match.capabilityId') ?? '',
          }
        : null,
    });
    return toInterestObject(interest);
  }

  @Mutation(() => InterestObject, {
    description: "SUBMITTED → SHORTLISTED (the listing owner's members).",
  })
  async shortlistInterest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<InterestObject> {
    return toInterestObject(await this.service.shortlist(actor, id));
  }

  @Mutation(() => InterestObject, {
    description: "SHORTLISTED → ACCEPTED (the owner's ORG_ADMINs); a collaboration starts.",
  })
  async acceptInterest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<InterestObject> {
    return toInterestObject(await this.service.accept(actor, id));
  }

  @Mutation(() => InterestObject, {
    description:
      "SUBMITTED | SHORTLISTED → DECLINED with a reason the sender reads (the owner's ORG_ADMINs).",
  })
  async declineInterest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
  ): Promise<InterestObject> {
    return toInterestObject(await this.service.decline(actor, id, reason));
  }

  @Mutation(() => InterestObject, {
    description: "SUBMITTED | SHORTLISTED → WITHDRAWN (the sender's members).",
  })
  async withdrawInterest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<InterestObject> {
    return toInterestObject(await this.service.withdraw(actor, id));
  }

  @ResolveField(() => OrganizationObject, { description: 'The organization that sent it.' })
  async senderOrganization(
    @CurrentActor() actor: Actor,
    @Parent() interest: InterestObject,
  ): Promise<OrganizationObject> {
    return this.organization(actor, interest.senderOrganizationId);
  }

  @ResolveField(() => OrganizationObject, {
    description: 'The organization whose listing it answers.',
  })
  async ownerOrganization(
    @CurrentActor() actor: Actor,
    @Parent() interest: InterestObject,
  ): Promise<OrganizationObject> {
    return this.organization(actor, interest.ownerOrganizationId);
  }

  @ResolveField(() => NeedObject, {
    nullable: true,
    description: 'The need it answers, while you may see it.',
  })
  async need(
    @CurrentActor() actor: Actor,
    @Parent() interest: InterestObject,
  ): Promise<NeedObject | null> {
    return interest.needId
      ? hiddenAsNull(async () => toNeedObject(await this.needs.get(actor, interest.needId!)))
      : null;
  }

  @ResolveField(() => CapabilityObject, {
    nullable: true,
    description: 'The capability it answers, while you may see it.',
  })
  async capability(
    @CurrentActor() actor: Actor,
    @Parent() interest: InterestObject,
  ): Promise<CapabilityObject | null> {
    return interest.capabilityId
      ? hiddenAsNull(async () =>
          toCapabilityObject(await this.capabilities.get(actor, interest.capabilityId!)),
        )
      : null;
  }

  @ResolveField(() => [CapabilityObject], {
    description: "The sender's capabilities linked to it (those you may see).",
  })
  async linkedCapabilities(
    @CurrentActor() actor: Actor,
    @Parent() interest: InterestObject,
  ): Promise<CapabilityObject[]> {
    const ids = (await this.repository.linkedCapabilityIds([interest.id])).get(interest.id) ?? [];
    const shown = await Promise.all(
      ids.map((id) =>
        hiddenAsNull(async () => toCapabilityObject(await this.capabilities.get(actor, id))),
      ),
    );
    return shown.filter((capability): capability is CapabilityObject => capability !== null);
  }

  @ResolveField(() => [MatchReasonObject], {
    description: 'The reasons of the match it was sent from, in the language asked for.',
  })
  matchReasons(
    @Parent() interest: InterestObject,
    @Args('language', { type: () => LanguageEnum, defaultValue: 'en' }) language: Language,
  ): MatchReasonObject[] {
    return toReasonObjects(interest.storedReasons, language);
  }

  @ResolveField(() => InterestRoleEnum, { description: 'How you stand to it.' })
  async viewerRole(
    @CurrentActor() actor: Actor,
    @Parent() interest: InterestObject,
  ): Promise<InterestRole> {
    const facts = await this.policy.factsOf(actor);
    return facts ? interestRoleOf(facts.orgRoles, interest) : 'NONE';
  }

  @ResolveField(() => [InterestActionEnum], {
    description: 'What you may do to it now (its state and your role allow).',
  })
  async viewerActions(
    @CurrentActor() actor: Actor,
    @Parent() interest: InterestObject,
  ): Promise<InterestAction[]> {
    const role = await this.viewerRole(actor, interest);
    const possible = availableInterestActions(interest.status);
    return INTEREST_ACTIONS.filter(
      (action) => possible.includes(action) && interestPermission(action, role) === 'allow',
    );
  }

  private async organization(actor: Actor, id: string): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(id);
    if (!organization) throw new Error(`interest organization ${id} is missing`);
    return toOrganizationObject(organization);
  }
}

async function hiddenAsNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
