import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { ConversationDocument } from '../../generated/graphql';
import { THREAD_PAGE, ConversationThreadView, counterpartName } from './ConversationThreadView';

/** /conversations/:id — one conversation, where a message notification leads. */
export function ConversationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('conversation');
  const { data, loading, error, refetch } = useQuery(ConversationDocument, {
    variables: { id, last: THREAD_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const conversation = data?.conversation;
  return (
    <QueryState loading={loading && !data} error={error}>
      {conversation ? (
        <Page
          title={t('thread.title', { organization: counterpartName(conversation) })}
          actions={
            <Anchor component={Link} to="/conversations">
              {t('list.title')}
            </Anchor>
          }
        >
          {conversation.title ? <p>{conversation.title}</p> : null}
          <ConversationThreadView
            key={conversation.id}
            conversation={conversation}
            refetch={refetch}
          />
        </Page>
      ) : null}
    </QueryState>
  );
}
