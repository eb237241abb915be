import { Injectable } from '@nestjs/common';
import {
  badInput,
  errorKey,
  type AnsweredListing,
  type InterestListingKind,
} from '@spillover/domain';
import { CapabilityService } from '../capability/capability.service';
import { NeedService } from '../need/need.service';
import type { Actor } from '../platform/auth/actor';

export interface ListingRef {
  kind: InterestListingKind;
  id: string;
}

export interface AnsweredListingView extends AnsweredListing {
  id: string;
  title: string;
  technologyAreas: string[];
}

/**
 * The one place interests reach into needs and capabilities: the rest of the feature is
 * kind-agnostic. A listing the actor may not see is NOT_FOUND, by the listing's own read.
 * (To be served by the shared listing core once it lands.)
 */
@Injectable()
export class InterestListings {
  constructor(
    private readonly needs: NeedService,
    private readonly capabilities: CapabilityService,
  ) {}

  async load(actor: Actor, ref: ListingRef): Promise<AnsweredListingView> {
    if (ref.kind === 'NEED') {
      const need = await this.needs.get(actor, ref.id);
      return {
        kind: 'NEED',
        id: need.id,
        title: need.title,
        organizationId: need.organizationId,
        status: need.status,
        responseDeadline: need.responseDeadline,
        technologyAreas: need.technologyAreas,
      };
    }
    const capability = await this.capabilities.get(actor, ref.id);
    return {
      kind: 'CAPABILITY',
      id: capability.id,
      title: capability.title,
      organizationId: capability.organizationId,
      status: capability.status,
      technologyAreas: capability.technologyAreas,
    };
  }
}

/** Exactly one of needId and capabilityId names the listing. */
export function listingRef({
  needId,
  capabilityId,
}: {
  needId?: string | null;
  capabilityId?: string | null;
}): ListingRef {
  if (needId && !capabilityId) return { kind: 'NEED', id: needId };
  if (capabilityId && !needId) return { kind: 'CAPABILITY', id: capabilityId };
  throw badInput(
    'needId',
    'Name exactly one listing: a needId or a capabilityId.',
    errorKey('interest.oneListing'),
  );
}

/** The listing an interest answers. */
export const refOf = (interest: {
  listingKind: InterestListingKind;
  needId: string | null;
  capabilityId: string | null;
}): ListingRef => ({
  kind: interest.listingKind,
  id: (interest.listingKind === 'NEED' ? interest.needId : interest.capabilityId) ?? '',
});

export const listingPath = (ref: ListingRef): string =>
  ref.kind === 'NEED' ? `/needs/${ref.id}` : `/capabilities/${ref.id}`;
