import { Alert, Anchor, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '../layout/Page';
import { NotFoundPage } from './NotFoundPage';

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
        <Alert color="red" role="alert">
          {t('common:errors.UNKNOWN')}
        </Alert>
        <Anchor component={Link} to="/">
          {t('common:notFound.home')}
        </Anchor>
      </Stack>
    </Container>
  );
}
