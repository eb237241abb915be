import { randomUUID } from 'node:crypto';
import { ConversationService } from '../../src/conversation/conversation.service';
import type { SignedIn } from './factories';
import type { TestApp } from './test-app';

// Conversations are opened by the features they belong to (interests); until a test has
// one, it opens a conversation the way they do: through the service, about a subject id.

export async function openConversation(
  t: TestApp,
  organizationIds: [string, string],
  title = 'Lightweight battery housings',
): Promise<{ id: string; subjectId: string }> {
  const subjectId = randomUUID();
  const { id } = await t.app
    .get(ConversationService)
    .open({ subject: { kind: 'INTEREST', id: subjectId }, organizationIds, title });
  return { id, subjectId };
}

export const CONVERSATION = `query Conversation($id: ID!, $last: Int, $before: String) {
  conversation(id: $id) {
    id subjectKind subjectId title viewerOrganizationId messageCount unreadCount viewerReported
    organizations { id name }
    messages(last: $last, before: $before) {
      edges { cursor node { id body authorId authorName organizationId organizationName mine unread createdAt } }
      pageInfo { hasPreviousPage startCursor }
    }
  }
}`;

export const POST_MESSAGE = `mutation Post($input: PostConversationMessageInput!) {
  postConversationMessage(input: $input) { id conversationId body mine unread organizationId authorId }
}`;

export const MARK_READ = `mutation MarkRead($conversationId: ID!, $upToMessageId: ID!) {
  markConversationRead(conversationId: $conversationId, upToMessageId: $upToMessageId) { id unreadCount }
}`;

export const REPORT = `mutation Report($input: ReportConversationInput!) {
  reportConversation(input: $input) { id viewerReported }
}`;

export const LIST = `query List($first: Int, $after: String) {
  viewerConversations(first: $first, after: $after) {
    edges { cursor node { id title unreadCount organizations { id name } } }
    pageInfo { hasNextPage endCursor }
  }
  unreadMessageCount
}`;

export interface MessageNode {
  id: string;
  body: string;
  mine: boolean;
  unread: boolean;
  organizationId: string;
}

export async function post(
  user: SignedIn,
  conversationId: string,
  body: string,
): Promise<{ id: string }> {
  const data = await user.client.ok<{ postConversationMessage: { id: string } }>(POST_MESSAGE, {
    input: { conversationId, body },
  });
  return data.postConversationMessage;
}

export async function read(
  user: SignedIn,
  id: string,
  variables: { last?: number; before?: string } = {},
) {
  const data = await user.client.ok<{
    conversation: {
      unreadCount: number;
      viewerOrganizationId: string | null;
      messageCount: number;
      viewerReported: boolean;
      messages: {
        edges: { cursor: string; node: MessageNode }[];
        pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
      };
    };
  }>(CONVERSATION, { id, ...variables });
  return data.conversation;
}

export async function unreadTotal(user: SignedIn): Promise<number> {
  return (await user.client.ok<{ unreadMessageCount: number }>(LIST, {})).unreadMessageCount;
}
