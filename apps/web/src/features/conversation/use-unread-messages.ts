import { skipToken, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  ConversationMessagePostedDocument,
  UnreadMessageCountDocument,
} from '../../generated/graphql';
import { UNREAD_POLL_MS } from '../notification/use-unread-count';

/**
 * The viewer's unread messages across conversations: read once, then again at each new
 * message in any of their conversations (live, filtered by the read policy); polls when
 * the socket cannot be opened, like the notification bell.
 */
export function useUnreadMessages(enabled: boolean): number {
  const [socketFailed, setSocketFailed] = useState(false);
  const query = useQuery(UnreadMessageCountDocument, {
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
  });
  const { refetch, startPolling, stopPolling } = query;
  useSubscription(
    ConversationMessagePostedDocument,
    enabled && !socketFailed
      ? {
          variables: {},
          onData: () => void refetch(),
          onError: () => setSocketFailed(true),
          onComplete: () => setSocketFailed(true),
        }
      : skipToken,
  );
  const polling = enabled && socketFailed;
  useEffect(() => {
    if (!polling) return undefined;
    startPolling(UNREAD_POLL_MS);
    return () => stopPolling();
  }, [polling, startPolling, stopPolling]);
  return query.data?.unreadMessageCount ?? 0;
}
