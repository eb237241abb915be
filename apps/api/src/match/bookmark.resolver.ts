import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserObject, toUserObject } from '../account/user.object';
import { CapabilityObject, toCapabilityObject } from '../capability/capability.object';
import { NeedObject, toNeedObject } from '../need/need.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { IdPipe } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import {
  BookmarkedMatchConnection,
  BookmarkedMatchObject,
  toBookmarkedMatchObject,
} from './bookmark.object';
import { BookmarkService } from './bookmark.service';

@Resolver(() => BookmarkedMatchObject)
export class BookmarkResolver {
  constructor(
    private readonly service: BookmarkService,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => BookmarkedMatchConnection, {
    description:
      "The organization's bookmarked matches (its shortlist), newest first; its members only. Listings you may no longer see are left out.",
  })
  async bookmarkedMatches(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<BookmarkedMatchObject>> {
    const limit = pageSize(first);
    const { rows, totalCount } = await this.service.ofOrganization(
      actor,
      organizationId,
      limit,
      decodeCursor(after, ['timestamp', 'uuid']),
    );
    return toConnection(
      rows,
      limit,
      (row) => [row.bookmarkedAt.toISOString(), row.id],
      toBookmarkedMatchObject,
      totalCount,
    );
  }

  // The list query already passed both listings through the viewer's predicates.
  @ResolveField(() => NeedObject)
  async need(
    @CurrentActor() actor: Actor,
    @Parent() bookmark: BookmarkedMatchObject,
  ): Promise<NeedObject> {
    const need = await this.loaders.of(actor).need.load(bookmark.needId);
    if (!need) throw new Error(`bookmark ${bookmark.id} lost its need`);
    return toNeedObject(need);
  }

  @ResolveField(() => CapabilityObject)
  async capability(
    @CurrentActor() actor: Actor,
    @Parent() bookmark: BookmarkedMatchObject,
  ): Promise<CapabilityObject> {
    const capability = await this.loaders.of(actor).capability.load(bookmark.capabilityId);
    if (!capability) throw new Error(`bookmark ${bookmark.id} lost its capability`);
    return toCapabilityObject(capability);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'The member who bookmarked it.' })
  async bookmarkedBy(
    @CurrentActor() actor: Actor,
    @Parent() bookmark: BookmarkedMatchObject,
  ): Promise<UserObject | null> {
    const user = bookmark.userId ? await this.loaders.of(actor).user.load(bookmark.userId) : null;
    return user ? toUserObject(user, false) : null;
  }
}
