import { Alert, Anchor, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { Page } from '../layout/Page';
import { useViewer } from '../viewer';

interface RequireAuthProps {
  children: ReactNode;
  /** Only platform admins may see the page. */
  admin?: boolean;
}

/** Sends signed-out users to sign in and back; refuses non-admins on admin pages. */
export function RequireAuth({ children, admin = false }: RequireAuthProps) {
  const { viewer, loading, isAdmin } = useViewer();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading)
    return (
      <Center py="xl" role="status">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  if (!viewer) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (admin && !isAdmin)
    return (
      <Page title={t('common:errors.title')}>
        <Alert color="red" role="alert">
          {t('common:errors.FORBIDDEN')}
        </Alert>
        <Anchor component={Link} to="/">
          {t('common:notFound.home')}
        </Anchor>
      </Page>
    );
  return <>{children}</>;
}
