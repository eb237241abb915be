import { useQuery } from '@apollo/client/react';
import { useRefetchOnEvent } from '../../app/live/use-refetch-on-event';
import {
  ConversationMessagePostedDocument,
  UnreadMessageCountDocument,
} from '../../generated/graphql';

/**
 * The viewer's unread messages across conversations, read again at each new message in any
 * of their conversations (live, filtered by the read policy).
 */
export function useUnreadMessages(enabled: boolean): number {
  const query = useQuery(UnreadMessageCountDocument, {
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnEvent(ConversationMessagePostedDocument, {}, query, enabled);
  return query.data?.unreadMessageCount ?? 0;
}
