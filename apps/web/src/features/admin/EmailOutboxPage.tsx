import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { EmailOutboxDocument } from '../../generated/graphql';
import styles from './EmailOutboxPage.module.css';

/**
 * The e-mails the platform sent or keeps. Without SMTP_URL this is where they can be read
 * (verification and reset links included), so only platform admins reach it.
 */
export function EmailOutboxPage() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const { data, loading, error } = useQuery(EmailOutboxDocument, { variables: { first: 50 } });
  return (
    <Page title={t('outbox.title')}>
      <Text c="dimmed">{t('outbox.intro')}</Text>
      <QueryState loading={loading} error={error}>
        {data && data.emailOutbox.length === 0 ? <Text>{t('outbox.empty')}</Text> : null}
        <Stack component="ol" className={styles.list}>
          {data?.emailOutbox.map((message) => (
            <li key={message.id}>
              <article aria-labelledby={`email-${message.id}`} className={styles.message}>
                <h2 id={`email-${message.id}`} className={styles.subject}>
                  {message.subject}
                </h2>
                <Text size="sm" component="div">
                  {t('outbox.to', {
                    address: message.toAddress,
                    language: t(`outbox.language.${message.language}`),
                  })}
                  {' · '}
                  <time dateTime={message.createdAt}>
                    {format.dateTime(message.createdAt)}
                  </time>{' '}
                  <Badge variant="light">{t(`outbox.status.${message.status}`)}</Badge>
                </Text>
                <details>
                  <summary>{t('outbox.showText')}</summary>
                  <pre className={styles.body}>{message.textBody}</pre>
                </details>
              </article>
            </li>
          ))}
        </Stack>
      </QueryState>
    </Page>
  );
}
