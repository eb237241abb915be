import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { badInput, errorKey } from '@spillover/domain';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { IdPipe, OptionalIdPipe, UUID } from '../platform/graphql/validation';
import type { LiveSubscriber } from '../platform/live/live-events';
import { CurrentSubscriber } from '../platform/live/subscriber.decorator';
import { ConversationLive } from './conversation-live';
import { ConversationModeration } from './conversation-moderation';
import {
  ConversationConnection,
  ConversationMessageConnection,
  ConversationMessageObject,
  ConversationMessagePostedObject,
  ConversationObject,
  ReportedConversationConnection,
  type ReportedConversationObject,
  toConversationObject,
  toMessageObject,
} from './conversation.object';
import { ConversationService, type MessagePosted } from './conversation.service';
import {
  ConversationSubjectInput,
  PostConversationMessageInput,
  ReportConversationInput,
} from './dto/conversation.inputs';

@Resolver(() => ConversationObject)
export class ConversationResolver {
  constructor(
    private readonly service: ConversationService,
    private readonly live: ConversationLive,
    private readonly moderation: ConversationModeration,
  ) {}

  @Query(() => ConversationObject, {
    description: 'One conversation of your organizations. NOT_FOUND when you may not read it.',
  })
  async conversation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ConversationObject> {
    return toConversationObject(await this.service.get(actor, id));
  }

  @Query(() => ConversationObject, {
    description:
      "A subject's conversation (an interest's). NOT_FOUND when there is none you may read.",
  })
  async conversationBySubject(
    @CurrentActor() actor: Actor,
    @Args('subject') subject: ConversationSubjectInput,
  ): Promise<ConversationObject> {
    if (typeof subject.id !== 'string' || !UUID.test(subject.id))
      throw badInput('subject.id', 'This id is not valid; ids are UUIDs.', errorKey('input.id'));
    return toConversationObject(
      await this.service.getBySubject(actor, { kind: subject.kind, id: subject.id.toLowerCase() }),
    );
  }

  @Query(() => ConversationConnection, {
    description: "Your organizations' conversations, most recently active first.",
  })
  async viewerConversations(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ConversationObject>> {
    const limit = pageSize(first);
    const rows = await this.service.list(
      actor,
      limit + 1,
      decodeCursor(after, ['timestamp', 'uuid']),
    );
    return toConnection(
      rows,
      limit,
      ({ view }) => [view.row.activityAt.toISOString(), view.row.id],
      ({ view, unread }) => ({ ...toConversationObject(view), unreadCount: unread }),
    );
  }

  @Query(() => ReportedConversationConnection, {
    description:
      'Reported conversations, most recently reported first, with their reports: platform admins only. Reading one is audited.',
  })
  async reportedConversations(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ReportedConversationObject>> {
    const limit = pageSize(first);
    const rows = await this.moderation.listReported(
      actor,
      limit + 1,
      decodeCursor(after, ['timestamp', 'uuid']),
    );
    return toConnection(
      rows,
      limit,
      ({ row }) => [row.reportedAt.toISOString(), row.id],
      ({ row, reports }) => ({
        id: row.id,
        title: row.title,
        organizations: [
          { id: row.organizationAId, name: row.organizationAName },
          { id: row.organizationBId, name: row.organizationBName },
        ],
        reports,
        lastReportedAt: row.reportedAt,
      }),
    );
  }

  @Query(() => Int, { description: 'Unread messages across all your conversations (the header).' })
  unreadMessageCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.totalUnread(actor);
  }

  @ResolveField(() => Int, { description: 'Messages by others after your read marker.' })
  unreadCount(@Parent() parent: ConversationObject & { unreadCount?: number }): Promise<number> {
    return parent.unreadCount !== undefined
      ? Promise.resolve(parent.unreadCount)
      : this.service.unread(parent.view);
  }

  @ResolveField(() => Boolean, { description: 'You reported it to the moderators.' })
  viewerReported(@Parent() parent: ConversationObject): Promise<boolean> {
    return this.service.reportedByViewer(parent.view);
  }

  @ResolveField(() => ConversationMessageConnection, {
    description: 'The newest `last` messages before `before`, oldest first.',
  })
  async messages(
    @Parent() parent: ConversationObject,
    @Args('last', { type: () => Int, defaultValue: 30 }) last: number,
    @Args('before', { type: () => String, nullable: true }) before: string | null,
  ): Promise<ConversationMessageConnection> {
    const limit = pageSize(last);
    const beforeSeq = decodeCursor(before, ['number'])?.[0] as number | undefined;
    const rows = await this.service.messages(parent.view, limit + 1, beforeSeq ?? null);
    const hasPreviousPage = rows.length > limit;
    const page = hasPreviousPage ? rows.slice(1) : rows;
    const readUpTo = await this.service.readMarker(parent.view);
    const edges = page.map((row) => ({
      cursor: encodeCursor([row.seq]),
      node: toMessageObject(row, parent.view.viewerUserId, readUpTo),
    }));
    return { edges, pageInfo: { hasPreviousPage, startCursor: edges[0]?.cursor ?? null } };
  }

  @Mutation(() => ConversationMessageObject, {
    description: 'Posts a message as your organization; the other side is notified.',
  })
  async postConversationMessage(
    @CurrentActor() actor: Actor,
    @Args('input') input: PostConversationMessageInput,
  ): Promise<ConversationMessageObject> {
    const row = await this.service.post(actor, input);
    return toMessageObject(row, row.authorUserId ?? '', row.seq);
  }

  @Mutation(() => ConversationObject, {
    description: 'Marks the conversation read up to and including this message (never back).',
  })
  async markConversationRead(
    @CurrentActor() actor: Actor,
    @Args('conversationId', { type: () => ID }, IdPipe) conversationId: string,
    @Args('upToMessageId', { type: () => ID }, IdPipe) upToMessageId: string,
  ): Promise<ConversationObject> {
    return toConversationObject(await this.service.markRead(actor, conversationId, upToMessageId));
  }

  @Mutation(() => ConversationObject, {
    description: 'Reports the conversation to the platform moderators, who may then read it.',
  })
  async reportConversation(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReportConversationInput,
  ): Promise<ConversationObject> {
    return toConversationObject(await this.service.report(actor, input));
  }

  @Subscription(() => ConversationMessagePostedObject, {
    description:
      'Each new message in one conversation (or, without an id, in any of yours) while you may read it: read it again.',
    resolve: (event: MessagePosted): ConversationMessagePostedObject => ({
      conversationId: event.conversationId,
      messageId: event.messageId,
    }),
  })
  conversationMessagePosted(
    @CurrentActor() actor: Actor,
    @CurrentSubscriber() subscriber: LiveSubscriber,
    @Args('conversationId', { type: () => ID, nullable: true }, OptionalIdPipe)
    conversationId?: string,
  ) {
    return this.live.subscribe(actor, subscriber, conversationId);
  }
}
