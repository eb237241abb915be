import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import {
  EmailVerificationDocument,
  ResendVerificationEmailDocument,
} from '../../generated/graphql';

/**
 * Tells a signed-in user whose address is not confirmed yet why it matters (invitations
 * need it) and sends the link again; shows the confirmed address otherwise.
 */
export function EmailVerificationNotice({ showConfirmed = false }: { showConfirmed?: boolean }) {
  const { t } = useTranslation('account');
  const { data } = useQuery(EmailVerificationDocument);
  const [resend, { loading }] = useMutation(ResendVerificationEmailDocument);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const user = data?.viewer?.user;
  if (!user?.email || user.emailVerified === null) return null;
  if (user.emailVerified)
    return showConfirmed ? (
      <Text size="sm">{t('verification.confirmed', { email: user.email })}</Text>
    ) : null;
  return (
    <Alert color="yellow" title={t('verification.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('verification.unconfirmed', { email: user.email })}</Text>
        <Button
          size="xs"
          variant="default"
          loading={loading}
          onClick={() => {
            setSent(false);
            setError(null);
            resend().then(
              () => setSent(true),
              (refusal: unknown) => setError(refusal),
            );
          }}
        >
          {t('verification.resend')}
        </Button>
        <div aria-live="polite">
          {sent ? <Text size="sm">{t('verification.sent', { email: user.email })}</Text> : null}
        </div>
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Alert>
  );
}
