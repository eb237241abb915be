import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button } from '@mantine/core';
import { resetPasswordSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { ResetPasswordDocument } from '../../generated/graphql';
import { AccountFormPage } from './AccountFormPage';
import { PasswordField } from './CredentialInputs';
import { PasswordChecklist } from './PasswordChecklist';
import { WithPasswordRule } from './WithPasswordRule';

/** Where the reset e-mail's link lands: a new password, checked as on sign-up. */
export function ResetPasswordPage() {
  return (
    <WithPasswordRule>
      <ResetPasswordForm />
    </WithPasswordRule>
  );
}

function ResetPasswordForm() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [done, setDone] = useState(false);
  const form = useDomainForm(resetPasswordSchema, {
    token: params.get('token') ?? '',
    newPassword: '',
  });
  const fieldError = useFieldError(form);
  const newPassword = form.watch('newPassword');
  // The token comes from the link, not from an input: a cut-off link fails the schema there.
  const tokenBroken = Boolean(form.formState.errors.token);
  // A refusal of the token (used, expired) is about the link, not a field: shown above the form.
  const { problems, onSubmit } = useApiSubmit(form, ['newPassword'], async (values) => {
    await reset({ variables: { input: values } });
    setDone(true);
  });

  return (
    <AccountFormPage title={t('resetPassword.title')} onSubmit={onSubmit}>
      <div aria-live="polite">
        {done ? (
          <Alert color="teal" title={t('resetPassword.doneTitle')}>
            {t('resetPassword.done')}{' '}
            <Anchor component={Link} to="/sign-in">
              {t('signUp.signInLink')}
            </Anchor>
          </Alert>
        ) : null}
      </div>
      <ErrorAlert
        problems={
          tokenBroken
            ? [
                ...problems,
                {
                  code: 'BAD_USER_INPUT',
                  message: '',
                  displayMessage: t('resetPassword.linkIncomplete'),
                },
              ]
            : problems
        }
      />
      <PasswordField
        label={t('fields.newPassword')}
        autoComplete="new-password"
        {...form.register('newPassword')}
        error={fieldError('newPassword')}
      />
      <PasswordChecklist id="reset-password-checklist" password={newPassword} context={{}} />
      <Button type="submit" loading={loading} disabled={done}>
        {t('resetPassword.submit')}
      </Button>
      <Anchor component={Link} to="/account/forgot-password" size="sm">
        {t('resetPassword.newLink')}
      </Anchor>
    </AccountFormPage>
  );
}
