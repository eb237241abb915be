import type { Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationObject, toOrganizationObject } from '../organization/organization.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { Loaders } from '../platform/loaders/loaders';
import { Policy } from '../platform/policy/policy.service';

/** What the shared field resolvers read of a kind's GraphQL object. */
export interface ListingObjectShape {
  id: string;
  organizationId: string;
  status: string;
}

/** How one kind words its shared fields (the schema keeps each kind's own descriptions). */
export interface ListingFieldsOptions {
  /** 'need', 'capability': named in errors and descriptions. */
  noun: string;
  /** A status after which nobody edits it nor changes its audience (a CLOSED need); none if unset. */
  finalStatus?: string;
  descriptions: {
    organization?: string;
    viewerCanEdit?: string;
    viewerCanPublish?: string;
  };
}

/**
 * The fields every listing kind resolves alike: the posting organization, what the viewer may
 * do with it, and the invited organizations of a PRIVATE one (owner's members only). Each
 * kind's resolver extends `ListingFieldsResolver(ItsObject, options)` and names where its invitations are.
 */
export function ListingFieldsResolver<T extends ListingObjectShape>(
  objectType: Type<T>,
  options: ListingFieldsOptions,
) {
  const { noun, finalStatus, descriptions } = options;
  const editable = (listing: ListingObjectShape) => listing.status !== finalStatus;

  // The kind's object type: field resolvers of an abstract resolver need the type they belong to.
  @Resolver(() => objectType, { isAbstract: true })
  abstract class ListingFieldsResolverHost {
    protected constructor(
      protected readonly loaders: Loaders,
      protected readonly policy: Policy,
    ) {}

    /** The organizations invited to the listing (its invitation table). */
    protected abstract invitedOrganizationIds(listingId: string): Promise<string[]>;

    @ResolveField(() => OrganizationObject, {
      name: 'organization',
      description: descriptions.organization,
    })
    async organization(
      @CurrentActor() actor: Actor,
      @Parent() listing: ListingObjectShape,
    ): Promise<OrganizationObject> {
      const organization = await this.loaders.of(actor).organization.load(listing.organizationId);
      if (!organization) throw new Error(`${noun} ${listing.id} has no organization`);
      return toOrganizationObject(organization);
    }

    @ResolveField(() => Boolean, { name: 'viewerCanEdit', description: descriptions.viewerCanEdit })
    async viewerCanEdit(
      @CurrentActor() actor: Actor,
      @Parent() listing: ListingObjectShape,
    ): Promise<boolean> {
      return (
        editable(listing) &&
        (await this.policy.can(actor, 'listing.draft', { organizationId: listing.organizationId }))
      );
    }

    @ResolveField(() => Boolean, {
      name: 'viewerCanPublish',
      description: descriptions.viewerCanPublish,
    })
    viewerCanPublish(
      @CurrentActor() actor: Actor,
      @Parent() listing: ListingObjectShape,
    ): Promise<boolean> {
      return this.policy.can(actor, 'listing.publish', { organizationId: listing.organizationId });
    }

    @ResolveField(() => Boolean, {
      name: 'viewerCanChangeAudience',
      description:
        'Whether you may change who sees it (visibility, invited organizations): any member of the owner on a draft, an ORG_ADMIN once published.',
    })
    async viewerCanChangeAudience(
      @CurrentActor() actor: Actor,
      @Parent() listing: ListingObjectShape,
    ): Promise<boolean> {
      return (
        editable(listing) &&
        (await this.policy.can(actor, 'listing.changeAudience', {
          organizationId: listing.organizationId,
          published: listing.status !== 'DRAFT',
        }))
      );
    }

    @ResolveField(() => [OrganizationObject], {
      name: 'invitedOrganizations',
      description: `Organizations invited to a PRIVATE ${noun}; shown to the owner’s members only.`,
    })
    async invitedOrganizations(
      @CurrentActor() actor: Actor,
      @Parent() listing: ListingObjectShape,
    ): Promise<OrganizationObject[]> {
      if (
        !(await this.policy.can(actor, 'listing.viewAudience', {
          organizationId: listing.organizationId,
        }))
      )
        return [];
      const organizations = await this.loaders
        .of(actor)
        .organization.loadMany(await this.invitedOrganizationIds(listing.id));
      return organizations.flatMap((o) =>
        o && !(o instanceof Error) ? [toOrganizationObject(o)] : [],
      );
    }
  }
  return ListingFieldsResolverHost;
}
