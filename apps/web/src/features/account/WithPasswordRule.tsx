import { Alert, Button } from '@mantine/core';
import { loadPasswordStrength, passwordStrengthLoaded } from '@spillover/domain';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../app/layout/PageLoader';

type State = 'loading' | 'ready' | 'failed';

/**
 * Renders a password form once the password rule's dictionaries are loaded. They are a
 * large download of their own (see the domain's password-strength.ts), fetched only by the
 * pages that set a password; the rule cannot check a password without them.
 */
export function WithPasswordRule({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>(passwordStrengthLoaded() ? 'ready' : 'loading');
  const load = useCallback(() => {
    setState(passwordStrengthLoaded() ? 'ready' : 'loading');
    loadPasswordStrength().then(
      () => setState('ready'),
      () => setState('failed'),
    );
  }, []);
  useEffect(() => {
    if (!passwordStrengthLoaded()) load();
  }, [load]);
  if (state === 'ready') return children;
  if (state === 'loading') return <PageLoader />;
  return (
    <Alert color="red" title={t('common:errors.title')} role="alert">
      {t('common:errors.NETWORK')}{' '}
      <Button variant="subtle" size="compact-sm" onClick={load}>
        {t('account:passwordRule.retry')}
      </Button>
    </Alert>
  );
}
