import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONVERSATION_SUBJECT_KINDS, type ConversationSubjectKind } from '@spillover/domain';
import { ConnectionType } from '../platform/graphql/connection';
import { enumOf } from '../platform/graphql/enum-of';
import type { MessageRow } from './conversation.repository';
import type { ConversationView } from './conversation.service';

export const ConversationSubjectKindEnum = enumOf(CONVERSATION_SUBJECT_KINDS);
registerEnumType(ConversationSubjectKindEnum, {
  name: 'ConversationSubjectKind',
  description: 'What a conversation is about: an interest.',
});

@ObjectType('ConversationOrganization', {
  description: 'One of the two organizations of a conversation.',
})
export class ConversationOrganizationObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('ConversationMessage', {
  description: 'A plain-text message; links are found by the domain rule `messageSegments`.',
})
export class ConversationMessageObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) conversationId!: string;
  @Field({ description: 'Plain text, never HTML.' }) body!: string;
  @Field(() => ID, { nullable: true, description: 'Null once the author account is gone.' })
  authorId!: string | null;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field(() => ID, { description: 'The side it was written for.' }) organizationId!: string;
  @Field() organizationName!: string;
  @Field(() => Date) createdAt!: Date;
  @Field({ description: 'Written by you.' }) mine!: boolean;
  @Field({ description: 'By someone else and after your read marker.' }) unread!: boolean;
}

@ObjectType('ConversationMessagePageInfo')
export class ConversationMessagePageInfo {
  @Field({ description: 'Older messages exist: ask again with `before: startCursor`.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
}

@ObjectType('ConversationMessageEdge')
export class ConversationMessageEdge {
  @Field() cursor!: string;
  @Field(() => ConversationMessageObject) node!: ConversationMessageObject;
}

@ObjectType('ConversationMessageConnection', {
  description: 'Messages, oldest first; page backwards with `before`.',
})
export class ConversationMessageConnection {
  @Field(() => [ConversationMessageEdge]) edges!: ConversationMessageEdge[];
  @Field(() => ConversationMessagePageInfo) pageInfo!: ConversationMessagePageInfo;
}

@ObjectType('Conversation', {
  description:
    "Two organizations' conversation about one subject. Only their members read it (a platform admin only once a participant reported it, and each such read is audited).",
})
export class ConversationObject {
  @Field(() => ID) id!: string;
  @Field(() => ConversationSubjectKindEnum) subjectKind!: ConversationSubjectKind;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'What it is about, e.g. the need’s title, as given when it was opened.' })
  title!: string;
  @Field(() => [ConversationOrganizationObject]) organizations!: ConversationOrganizationObject[];
  @Field(() => ID, {
    nullable: true,
    description: 'Your side; null when you read it as a moderator.',
  })
  viewerOrganizationId!: string | null;
  @Field(() => Int, { description: 'All its messages.' }) messageCount!: number;
  @Field(() => Date, { nullable: true }) lastMessageAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  /** The view the field resolvers read further with (not part of the schema). */
  view!: ConversationView;
}

export const ConversationConnection = ConnectionType(ConversationObject, 'Conversation', false);

export const toConversationObject = (view: ConversationView): ConversationObject => ({
  id: view.row.id,
  subjectKind: view.row.subjectKind,
  subjectId: view.row.subjectId,
  title: view.row.title,
  organizations: [
    { id: view.row.organizationAId, name: view.row.organizationAName },
    { id: view.row.organizationBId, name: view.row.organizationBName },
  ],
  viewerOrganizationId: view.viewerOrganizationId,
  messageCount: view.row.lastSeq,
  lastMessageAt: view.row.lastMessageAt,
  createdAt: view.row.createdAt,
  view,
});

export const toMessageObject = (
  row: MessageRow,
  viewerUserId: string,
  readUpTo: number,
): ConversationMessageObject => ({
  id: row.id,
  conversationId: row.conversationId,
  body: row.body,
  authorId: row.authorUserId,
  authorName: row.authorName,
  organizationId: row.organizationId,
  organizationName: row.organizationName,
  createdAt: row.createdAt,
  mine: row.authorUserId === viewerUserId,
  unread: row.authorUserId !== viewerUserId && row.seq > readUpTo,
});

@ObjectType('ConversationMessagePosted', {
  description: 'A message was posted: read the conversation again.',
})
export class ConversationMessagePostedObject {
  @Field(() => ID) conversationId!: string;
  @Field(() => ID) messageId!: string;
}

@ObjectType('ConversationReport', {
  description: 'Why a participant reported a conversation (moderators only).',
})
export class ConversationReportObject {
  @Field() reporterName!: string;
  @Field() reason!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('ReportedConversation', {
  description:
    'A reported conversation, what it is and why it was reported, for moderators; its messages are read through `conversation(id)`, which is audited.',
})
export class ReportedConversationObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [ConversationOrganizationObject]) organizations!: ConversationOrganizationObject[];
  @Field(() => [ConversationReportObject]) reports!: ConversationReportObject[];
  @Field(() => Date) lastReportedAt!: Date;
}

export const ReportedConversationConnection = ConnectionType(
  ReportedConversationObject,
  'ReportedConversation',
  false,
);
