import { useApolloClient, useSubscription } from '@apollo/client/react';
import { Alert, Badge, Box, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import {
  ConversationDocument,
  ConversationMessagePostedDocument,
  type ConversationMessageFieldsFragment,
  type ConversationThreadFieldsFragment,
} from '../../generated/graphql';
import { MessageBody } from './MessageBody';
import { MessageComposer } from './MessageComposer';
import { ReportConversationButton } from './ReportConversationButton';
import { useMarkReadWhenSeen } from './use-mark-read-when-seen';

export const THREAD_PAGE = 30;

/** The other side's name (both, for a moderator). */
export function counterpartName(
  conversation: Pick<ConversationThreadFieldsFragment, 'organizations' | 'viewerOrganizationId'>,
): string {
  const others = conversation.organizations.filter(
    (organization) => organization.id !== conversation.viewerOrganizationId,
  );
  return others.map((organization) => organization.name).join(' · ');
}

interface ThreadViewProps {
  conversation: ConversationThreadFieldsFragment;
  /** Reads the newest page again (after a post or a live event). */
  refetch: () => Promise<unknown>;
}

/**
 * Messages oldest first with older pages on demand, a "new messages" divider where the
 * viewer's unread messages began when the thread opened, the composer, and live updates.
 * A moderator (no side of their own) reads only.
 */
export function ConversationThreadView({ conversation, refetch }: ThreadViewProps) {
  const { t } = useTranslation('conversation');
  const format = useFormat();
  const client = useApolloClient();
  const participant = conversation.viewerOrganizationId !== null;
  const [older, setOlder] = useState<{
    messages: ConversationMessageFieldsFragment[];
    cursor: string | null;
    more: boolean;
  } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const newestRef = useRef<HTMLLIElement | null>(null);

  const latest = conversation.messages.edges.map((edge) => edge.node);
  const messages = useMemo(() => {
    const ids = new Set(latest.map((message) => message.id));
    return [...(older?.messages ?? []).filter((message) => !ids.has(message.id)), ...latest];
  }, [older, latest]);
  // Where unread began when the thread opened: kept while reading marks them read.
  const [firstUnreadId] = useState(() => latest.find((message) => message.unread)?.id ?? null);
  const hasOlder = older ? older.more : conversation.messages.pageInfo.hasPreviousPage;
  const newest = latest.at(-1);

  useSubscription(ConversationMessagePostedDocument, {
    variables: { conversationId: conversation.id },
    onData: () => void refetch(),
  });
  useMarkReadWhenSeen(conversation.id, newest, conversation.unreadCount, newestRef, participant);

  const loadOlder = async () => {
    setLoadingOlder(true);
    try {
      const before = older ? older.cursor : conversation.messages.pageInfo.startCursor;
      const { data } = await client.query({
        query: ConversationDocument,
        variables: { id: conversation.id, last: THREAD_PAGE, before },
        fetchPolicy: 'network-only',
      });
      const page = data?.conversation.messages;
      if (page)
        setOlder({
          messages: [...page.edges.map((edge) => edge.node), ...(older?.messages ?? [])],
          cursor: page.pageInfo.startCursor,
          more: page.pageInfo.hasPreviousPage,
        });
    } finally {
      setLoadingOlder(false);
    }
  };

  return (
    <Stack gap="md">
      {participant ? null : (
        <Alert color="yellow" role="status">
          {t('thread.moderator')}
        </Alert>
      )}
      {hasOlder ? (
        <Button
          variant="default"
          size="xs"
          loading={loadingOlder}
          onClick={() => void loadOlder()}
          style={{ alignSelf: 'center' }}
        >
          {t('thread.older')}
        </Button>
      ) : null}
      <Box role="log" aria-live="polite" aria-label={t('thread.label')}>
        {messages.length === 0 ? <Text c="dimmed">{t('thread.empty')}</Text> : null}
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {messages.map((message) => (
            <li key={message.id} ref={message.id === newest?.id ? newestRef : undefined}>
              {message.id === firstUnreadId ? (
                <Divider
                  my="xs"
                  color="blue"
                  label={t('thread.newMessages')}
                  labelPosition="center"
                />
              ) : null}
              <Paper
                withBorder
                p="sm"
                radius="md"
                bg={message.mine ? 'var(--mantine-color-blue-light)' : undefined}
                ml={message.mine ? 'xl' : 0}
                mr={message.mine ? 0 : 'xl'}
              >
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text size="sm" fw={700}>
                    {message.mine
                      ? t('thread.you')
                      : (message.authorName ?? t('thread.formerMember'))}
                    <Text span size="sm" fw={400} c="dimmed">
                      {' · '}
                      {message.organizationName}
                    </Text>
                  </Text>
                  <Text size="xs" c="dimmed">
                    <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
                  </Text>
                </Group>
                <MessageBody body={message.body} />
              </Paper>
            </li>
          ))}
        </Stack>
      </Box>
      {participant ? (
        <MessageComposer conversationId={conversation.id} onSent={() => void refetch()} />
      ) : null}
      {participant ? (
        <Group justify="flex-end">
          {conversation.viewerReported ? (
            <Badge color="gray" variant="light">
              {t('thread.reported')}
            </Badge>
          ) : (
            <ReportConversationButton conversationId={conversation.id} />
          )}
        </Group>
      ) : null}
    </Stack>
  );
}
