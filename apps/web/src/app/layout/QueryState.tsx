import type { ReactNode } from 'react';
import { hasCode } from '../errors/api-error';
import { ErrorAlert } from '../errors/ErrorAlert';
import { NotFoundPage } from '../routing/NotFoundPage';
import { PageLoader } from './PageLoader';

interface QueryStateProps {
  loading: boolean;
  error?: unknown;
  children: ReactNode;
}

/** Loading, refusal or content, the same way on every page. */
export function QueryState({ loading, error, children }: QueryStateProps) {
  if (error && hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <PageLoader />;
  return <>{children}</>;
}
