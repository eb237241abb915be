import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MatchSide } from '@spillover/domain';
import { ConnectionType } from '../platform/graphql/connection';
import type { BookmarkRow } from './bookmark.repository';
import { MatchSideEnum } from './match.object';

/**
 * A match on an organization's shortlist. Other features add what they know of the pair as
 * fields of their own (the interest sent or received for it, for one).
 */
@ObjectType('BookmarkedMatch')
export class BookmarkedMatchObject {
  @Field(() => ID) id: string;
  @Field(() => MatchSideEnum, {
    description:
      'NEED_OWNER: a capability for one of its needs; CAPABILITY_OWNER: a need for one of its capabilities.',
  })
  side: MatchSide;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() bookmarkedAt: Date;
  needId: string;
  capabilityId: string;
  userId: string | null;
}

export const BookmarkedMatchConnection = ConnectionType(BookmarkedMatchObject, 'BookmarkedMatch');

export const toBookmarkedMatchObject = (row: BookmarkRow): BookmarkedMatchObject => ({ ...row });
