import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../../app/errors/api-error';
import { QueryState } from '../../app/layout/QueryState';
import {
  ConversationBySubjectDocument,
  type ConversationSubjectInput,
} from '../../generated/graphql';
import { THREAD_PAGE, ConversationThreadView, counterpartName } from './ConversationThreadView';

/**
 * The conversation of a subject (an interest), to embed in the subject's page under an h2:
 * `<ConversationThread subject={{ kind: 'INTEREST', id }} />`.
 */
export function ConversationThread({ subject }: { subject: ConversationSubjectInput }) {
  const { t } = useTranslation('conversation');
  const { data, loading, error, refetch } = useQuery(ConversationBySubjectDocument, {
    variables: { subject: { kind: subject.kind, id: subject.id }, last: THREAD_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const conversation = data?.conversationBySubject;
  // No conversation you may read: the subject's page shows none (not a second "not found").
  if (error && hasCode(error, 'NOT_FOUND')) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={`conversation-${subject.id}`}>
      <Title order={2} id={`conversation-${subject.id}`}>
        {conversation
          ? t('thread.title', { organization: counterpartName(conversation) })
          : t('thread.label')}
      </Title>
      <QueryState loading={loading && !data} error={error}>
        {conversation ? (
          <ConversationThreadView
            key={conversation.id}
            conversation={conversation}
            refetch={refetch}
          />
        ) : null}
      </QueryState>
    </Stack>
  );
}
