import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack } from '@mantine/core';
import { PageLoader } from '../../app/layout/PageLoader';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { Page } from '../../app/layout/Page';
import { VerifyEmailDocument } from '../../generated/graphql';

/** Where the confirmation e-mail's link lands: confirms the address at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify] = useMutation(VerifyEmailDocument);
  const [state, setState] = useState<'working' | 'done' | 'failed'>('working');
  const [error, setError] = useState<unknown>(null);
  // The link works once: React's development double effect must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    verify({ variables: { input: { token } } }).then(
      () => setState('done'),
      (refusal: unknown) => {
        setError(refusal);
        setState('failed');
      },
    );
  }, [verify, token]);

  return (
    <Page title={t('verifyEmail.title')}>
      <Paper withBorder p="lg" maw={480}>
        <Stack aria-live="polite">
          {state === 'working' ? <PageLoader compact label={t('verifyEmail.working')} /> : null}
          {state === 'done' ? (
            <Alert color="teal" title={t('verifyEmail.doneTitle')}>
              {t('verifyEmail.done')}{' '}
              <Anchor component={Link} to="/invitations">
                {t('verifyEmail.invitations')}
              </Anchor>
            </Alert>
          ) : null}
          {state === 'failed' ? <ErrorAlert error={error} /> : null}
        </Stack>
      </Paper>
    </Page>
  );
}
