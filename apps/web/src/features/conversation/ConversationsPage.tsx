import { useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import {
  ConversationMessagePostedDocument,
  ViewerConversationsDocument,
} from '../../generated/graphql';
import { counterpartName } from './ConversationThreadView';

export const CONVERSATIONS_PAGE = 20;

/** /conversations — the viewer's conversations, most recent first, with unread counts. */
export function ConversationsPage() {
  const { t } = useTranslation('conversation');
  const format = useFormat();
  const { data, loading, error, fetchMore, refetch } = useQuery(ViewerConversationsDocument, {
    variables: { first: CONVERSATIONS_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(ConversationMessagePostedDocument, {
    variables: {},
    onData: () => void refetch(),
  });
  const edges = data?.viewerConversations.edges ?? [];

  return (
    <Page title={t('list.title')}>
      <Text c="dimmed">{t('list.intro')}</Text>
      <QueryState loading={loading && !data} error={error}>
        {edges.length === 0 ? <Text>{t('list.empty')}</Text> : null}
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {edges.map(({ node }) => (
            <li key={node.id}>
              <Paper withBorder p="sm" radius="md">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    <Anchor
                      component={Link}
                      to={`/conversations/${node.id}`}
                      fw={node.unreadCount ? 700 : 400}
                    >
                      {node.title || t('list.untitled')}
                    </Anchor>
                    <Text size="sm">{t('list.with', { organization: counterpartName(node) })}</Text>
                    <Text size="sm" c="dimmed">
                      {node.lastMessageAt
                        ? t('list.lastMessage', { date: format.dateTime(node.lastMessageAt) })
                        : t('list.noMessages')}
                    </Text>
                  </Stack>
                  {node.unreadCount ? (
                    <Badge variant="filled">{t('list.unread', { count: node.unreadCount })}</Badge>
                  ) : null}
                </Group>
              </Paper>
            </li>
          ))}
        </Stack>
        {data?.viewerConversations.pageInfo.hasNextPage ? (
          <Button
            variant="default"
            onClick={() =>
              void fetchMore({ variables: { after: data.viewerConversations.pageInfo.endCursor } })
            }
          >
            {t('list.more')}
          </Button>
        ) : null}
      </QueryState>
    </Page>
  );
}
