import { Injectable, type OnModuleInit } from '@nestjs/common';
import { badInput, errorKey, isDomainError } from '@spillover/domain';
import { CapabilityService } from '../capability/capability.service';
import { NeedService } from '../need/need.service';
import { MatchRepository } from './match.repository';
import type { Actor } from '../platform/auth/actor';
import { LiveEvents, type LiveSubscriber } from '../platform/live/live-events';
import type { LiveEventPayload } from '../platform/live/live-event-kinds';

export type MatchesRefreshed = LiveEventPayload<'matchesRefreshed'>;

/**
 * Live match events: the refresh job publishes `matchesRefreshed` for each listing it
 * re-matched; a subscriber hears it only while it may read the listing (the same read as
 * `matchesForNeed` / `matchesForCapability`, so NOT_FOUND at subscribe and silence later).
 */
@Injectable()
export class MatchLive implements OnModuleInit {
  constructor(
    private readonly live: LiveEvents,
    private readonly needs: NeedService,
    private readonly capabilities: CapabilityService,
    private readonly matches: MatchRepository,
  ) {}

  onModuleInit(): void {
    this.live.authorize('matchesRefreshed', (actor, event) => this.mayRead(actor, event));
  }

  /** Called by the refresh job inside its transaction: leaves when the new pairs commit. */
  refreshed(event: MatchesRefreshed): Promise<void> {
    return this.live.publish('matchesRefreshed', event);
  }

  /** The same for a batch of listings, in one statement. */
  async refreshedMany(events: readonly MatchesRefreshed[]): Promise<void> {
    if (events.length) await this.live.publishMany('matchesRefreshed', [...events]);
  }

  /**
   * A listing's refreshes; NOT_FOUND when the subscriber may not see the listing. When no
   * refresh is pending once it listens, one event comes at once: the refresh it waited for
   * may have finished while it was connecting.
   */
  async subscribe(
    actor: Actor,
    subscriber: LiveSubscriber,
    listing: { needId?: string; capabilityId?: string },
  ) {
    const event = listingOf(listing);
    await this.read(actor, event);
    return this.live.subscribe(
      subscriber,
      'matchesRefreshed',
      (payload) =>
        payload.listingKind === event.listingKind && payload.listingId === event.listingId,
      async () => ((await this.matches.refreshState(event.listingId)).pending ? null : event),
    );
  }

  private async read(
    actor: Actor,
    { listingKind, listingId }: Pick<MatchesRefreshed, 'listingKind' | 'listingId'>,
  ): Promise<void> {
    if (listingKind === 'NEED') await this.needs.get(actor, listingId);
    else await this.capabilities.get(actor, listingId);
  }

  private async mayRead(actor: Actor, event: MatchesRefreshed): Promise<boolean> {
    try {
      await this.read(actor, event);
      return true;
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  }
}

function listingOf({
  needId,
  capabilityId,
}: {
  needId?: string;
  capabilityId?: string;
}): MatchesRefreshed {
  if (needId !== undefined && capabilityId === undefined)
    return { listingKind: 'NEED', listingId: needId };
  if (capabilityId !== undefined && needId === undefined)
    return { listingKind: 'CAPABILITY', listingId: capabilityId };
  throw badInput(
    'needId',
    'Name exactly one listing: a needId or a capabilityId.',
    errorKey('match.oneListing'),
  );
}
