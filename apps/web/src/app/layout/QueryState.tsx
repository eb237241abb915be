import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../errors/api-error';
import { ErrorAlert } from '../errors/ErrorAlert';
import { NotFoundPage } from '../routing/NotFoundPage';

interface QueryStateProps {
  loading: boolean;
  error?: unknown;
  children: ReactNode;
}

/** Loading, refusal or content, the same way on every page. */
export function QueryState({ loading, error, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (error && hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (error) return <ErrorAlert error={error} />;
  if (loading)
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  return <>{children}</>;
}
