import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Policy } from '../platform/policy/policy.service';
import { BookmarkRepository } from './bookmark.repository';

/** An organization's shortlist: the matches its members bookmarked, on either side. */
@Injectable()
export class BookmarkService {
  constructor(
    private readonly bookmarks: BookmarkRepository,
    private readonly policy: Policy,
  ) {}

  /** Its members only (the rule that lets them bookmark): FORBIDDEN for anyone else. */
  async ofOrganization(
    actor: Actor,
    organizationId: string,
    first: number,
    after: unknown[] | null,
  ) {
    await this.policy.assert(actor, 'match.feedback', { organizationId });
    const [needs, capabilities] = await Promise.all([
      this.policy.listingVisibility(actor, 'n', 'need'),
      this.policy.listingVisibility(actor, 'c', 'capability'),
    ]);
    const [rows, totalCount] = await Promise.all([
      this.bookmarks.list(organizationId, needs, capabilities, first, after),
      this.bookmarks.count(organizationId, needs, capabilities),
    ]);
    return { rows, totalCount };
  }
}
