import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@mantine/core';
import { requestPasswordResetSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { RequestPasswordResetDocument } from '../../generated/graphql';
import { AccountFormPage } from './AccountFormPage';
import { AccountPrompt } from './AccountPrompt';
import { EmailInput } from './CredentialInputs';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useDomainForm(requestPasswordResetSchema, { email: '' });
  const fieldError = useFieldError(form);
  const { problems, onSubmit } = useApiSubmit(form, ['email'], async (values) => {
    setSentTo(null);
    await request({ variables: { input: values } });
    setSentTo(values.email);
  });

  return (
    <AccountFormPage title={t('forgotPassword.title')} onSubmit={onSubmit}>
      <div aria-live="polite">
        {sentTo ? (
          <Alert color="teal" title={t('forgotPassword.sentTitle')}>
            {t('forgotPassword.sent', { email: sentTo })}
          </Alert>
        ) : null}
      </div>
      <ErrorAlert problems={problems} />
      <EmailInput {...form.register('email')} error={fieldError('email')} />
      <Button type="submit" loading={loading}>
        {t('forgotPassword.submit')}
      </Button>
      <AccountPrompt
        question={t('forgotPassword.remembered')}
        link={t('signUp.signInLink')}
        to="/sign-in"
      />
    </AccountFormPage>
  );
}
