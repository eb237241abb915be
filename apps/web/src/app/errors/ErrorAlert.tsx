import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemsOf, type ApiProblem } from './api-error';
import { problemMessage } from './translate';

interface ErrorAlertProps {
  error?: unknown;
  problems?: ApiProblem[];
  title?: string;
}

/** Announces refusals (role="alert") in the UI language. */
export function ErrorAlert({ error, problems, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const all = problems ?? problemsOf(error);
  if (all.length === 0) return null;
  const messages = [...new Set(all.map((problem) => problemMessage(t, problem)))];
  return (
    <Alert color="red" title={title ?? t('common:errors.title')} role="alert">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
