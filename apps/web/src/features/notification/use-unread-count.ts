import { useQuery } from '@apollo/client/react';
import { useRefetchOnEvent } from '../../app/live/use-refetch-on-event';
import {
  NotificationReceivedDocument,
  UnreadNotificationCountDocument,
} from '../../generated/graphql';

/** The viewer's unread count, read again at each notification the API sends them live. */
export function useUnreadCount(enabled: boolean): number {
  const query = useQuery(UnreadNotificationCountDocument, {
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnEvent(NotificationReceivedDocument, {}, query, enabled);
  return query.data?.unreadNotificationCount ?? 0;
}
