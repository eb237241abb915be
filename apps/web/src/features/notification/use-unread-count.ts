import { skipToken, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  NotificationReceivedDocument,
  UnreadNotificationCountDocument,
} from '../../generated/graphql';

/** How often the count is read again when no live update can come (the socket failed). */
export const UNREAD_POLL_MS = 30_000;

/**
 * The viewer's unread count: read once, then again at each `notificationReceived` event
 * (the API sends only the viewer's own, and only ones it may read). If the socket cannot be
 * opened or ends, it polls instead, like the match lists' live refresh.
 */
export function useUnreadCount(enabled: boolean): number {
  const [socketFailed, setSocketFailed] = useState(false);
  const query = useQuery(UnreadNotificationCountDocument, {
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
  });
  const { refetch, startPolling, stopPolling } = query;
  useSubscription(
    NotificationReceivedDocument,
    enabled && !socketFailed
      ? {
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
  return query.data?.unreadNotificationCount ?? 0;
}
