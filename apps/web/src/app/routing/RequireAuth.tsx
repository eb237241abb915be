import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Page } from '../layout/Page';
import { PageLoader } from '../layout/PageLoader';
import { useViewer } from '../viewer';
import { Refusal } from './Refusal';

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
  if (loading) return <PageLoader />;
  if (!viewer) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (admin && !isAdmin)
    return (
      <Page title={t('common:errors.title')}>
        <Refusal message={t('common:errors.FORBIDDEN')} />
      </Page>
    );
  return <>{children}</>;
}
