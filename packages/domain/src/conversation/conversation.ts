import { z } from 'zod';
import { reasonSchema, uuidSchema } from '../common/fields';
import { isStorableText, trimInvisible, UNSTORABLE_TEXT_MESSAGE } from '../common/text';

/** What a conversation is about; one conversation per subject. Interests come first. */
export const CONVERSATION_SUBJECT_KINDS = ['INTEREST'] as const;
export type ConversationSubjectKind = (typeof CONVERSATION_SUBJECT_KINDS)[number];

/** Characters (UTF-16 units, as the browser's counter shows them) in one message. */
export const MESSAGE_BODY_MAX = 4000;

/**
 * A message body: plain text, trimmed (white space and invisible characters at both ends, so
 * a message of zero-width spaces is empty), never empty, at most MESSAGE_BODY_MAX, and
 * storable (no NUL, no broken Unicode). Line breaks inside stay: the web shows them.
 */
export const messageBodySchema = z
  .string({ message: 'Write a message.' })
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
  .overwrite(trimInvisible)
  .min(1, 'Write a message before sending it.')
  .max(MESSAGE_BODY_MAX, `A message has at most ${MESSAGE_BODY_MAX} characters.`);

/** The composer's form: the body alone (the conversation is the page's). */
export const messageDraftSchema = z.object({ body: messageBodySchema });

export const postMessageSchema = z.object({
  conversationId: uuidSchema('conversation'),
  body: messageBodySchema,
});
export type PostMessage = z.output<typeof postMessageSchema>;

/** The report form: the reason alone. */
export const reportReasonSchema = z.object({ reason: reasonSchema });

export const reportConversationSchema = z.object({
  conversationId: uuidSchema('conversation'),
  reason: reasonSchema,
});
export type ReportConversation = z.output<typeof reportConversationSchema>;

/** The two organizations of a conversation, in the order the database stores them. */
export function conversationPair(organizationIds: readonly [string, string]): [string, string] {
  const [a, b] = organizationIds.map((id) => id.toLowerCase()) as [string, string];
  if (a === b) throw new Error('a conversation is between two different organizations');
  return a < b ? [a, b] : [b, a];
}
