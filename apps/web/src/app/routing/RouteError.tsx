import { Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../layout/Page';
import { NotFoundPage } from './NotFoundPage';
import { Refusal } from './Refusal';

/** Shown when a route throws; keeps the user oriented instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  useDocumentTitle(t('common:errors.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <h1>{t('common:errors.title')}</h1>
        <Refusal message={t('common:errors.UNKNOWN')} />
      </Stack>
    </Container>
  );
}
