import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isDomainError } from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import { LiveEvents, type LiveSubscriber } from '../platform/live/live-events';
import type { LiveEventPayload } from '../platform/live/live-event-kinds';
import type { ListingRef } from '@spillover/domain';
import { ListingAccess } from '../listing/listing-access';
import { InterestService } from './interest.service';

export type InterestChanged = LiveEventPayload<'interestChanged'>;

/**
 * Live interest events: the service publishes `interestChanged` in the change's transaction;
 * a subscriber hears it only while it may read the interest (the same read as `interest`),
 * so a stranger never learns that an interest exists.
 */
@Injectable()
export class InterestLive implements OnModuleInit {
  constructor(
    private readonly live: LiveEvents,
    private readonly interests: InterestService,
    private readonly listings: ListingAccess,
  ) {}

  onModuleInit(): void {
    this.live.authorize('interestChanged', (actor, event) => this.mayRead(actor, event));
  }

  /** One listing's interests (its board), or with no listing every interest of yours. */
  async subscribe(actor: Actor, subscriber: LiveSubscriber, listing: ListingRef | null) {
    if (listing) await this.listings.visible(actor, listing);
    return this.live.subscribe(subscriber, 'interestChanged', (payload) =>
      listing ? payload.listingKind === listing.kind && payload.listingId === listing.id : true,
    );
  }

  private async mayRead(actor: Actor, event: InterestChanged): Promise<boolean> {
    try {
      await this.interests.get(actor, event.interestId);
      return true;
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  }
}
