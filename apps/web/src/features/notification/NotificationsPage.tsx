import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useRefetchOnEvent } from '../../app/live/use-refetch-on-event';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationInboxDocument,
  NotificationReceivedDocument,
  UnreadNotificationCountDocument,
} from '../../generated/graphql';
import { notificationText } from './notification-text';

export const INBOX_PAGE = 20;

/** The inbox: newest first, unread ones marked, each linking to the page it is about. */
export function NotificationsPage() {
  const { t } = useTranslation('notification');
  const { t: tAll } = useTranslation();
  const format = useFormat();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useQuery(NotificationInboxDocument, {
    variables: { first: INBOX_PAGE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const { data, loading, error, fetchMore } = inbox;
  // A notification arriving while the inbox is open appears at its top without a reload.
  useRefetchOnEvent(NotificationReceivedDocument, {}, inbox);
  const refetchQueries = [NotificationInboxDocument, UnreadNotificationCountDocument];
  const [markRead, markReadState] = useMutation(MarkNotificationReadDocument, { refetchQueries });
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries,
  });
  const edges = data?.notifications.edges ?? [];
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <Page
      title={t('inbox.title')}
      actions={
        <Group gap="sm">
          <Button component={Link} to="/notifications/preferences" variant="default" size="sm">
            {t('inbox.preferences')}
          </Button>
          <Button size="sm" disabled={!unread} onClick={() => void markAll()}>
            {t('inbox.markAllRead')}
          </Button>
        </Group>
      }
    >
      <Text c="dimmed">{t('inbox.intro')}</Text>
      <Checkbox
        label={t('inbox.unreadOnly')}
        checked={unreadOnly}
        onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
      />
      {markReadState.error || markAllState.error ? (
        <ErrorAlert error={markReadState.error ?? markAllState.error} />
      ) : null}
      <QueryState loading={loading && !data} error={error}>
        {edges.length === 0 ? (
          <Text>{unreadOnly ? t('inbox.emptyUnread') : t('inbox.empty')}</Text>
        ) : null}
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0 }}>
          {edges.map(({ node }) => {
            const text = notificationText(tAll, node);
            return (
              <li key={node.id}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    <Anchor
                      component={Link}
                      to={node.path}
                      fw={node.readAt ? 400 : 700}
                      onClick={() => {
                        if (!node.readAt) void markRead({ variables: { id: node.id } });
                      }}
                    >
                      {text}
                    </Anchor>
                    <Text component="div" size="sm" c="dimmed">
                      <time dateTime={node.createdAt}>{format.dateTime(node.createdAt)}</time>
                      {node.readAt ? null : (
                        <Badge ml="xs" size="sm" variant="light">
                          {t('inbox.unread')}
                        </Badge>
                      )}
                    </Text>
                  </Stack>
                  {node.readAt ? null : (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t('inbox.markRead')}: ${text}`}
                      onClick={() => void markRead({ variables: { id: node.id } })}
                    >
                      {t('inbox.markRead')}
                    </Button>
                  )}
                </Group>
              </li>
            );
          })}
        </Stack>
        {data?.notifications.pageInfo.hasNextPage ? (
          <Button
            variant="default"
            onClick={() =>
              void fetchMore({ variables: { after: data.notifications.pageInfo.endCursor } })
            }
          >
            {t('inbox.more')}
          </Button>
        ) : null}
      </QueryState>
    </Page>
  );
}
