import { useMutation } from '@apollo/client/react';
import { Anchor, Button } from '@mantine/core';
import { logInSchema } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { safeNextPath, useFieldError } from '../../app/forms/use-field-error';
import { isLanguage, LANGUAGE_STORAGE_KEY } from '../../app/i18n/i18n';
import { LogInDocument } from '../../generated/graphql';
import { AccountFormPage } from './AccountFormPage';
import { AccountPrompt } from './AccountPrompt';
import { EmailInput, PasswordField } from './CredentialInputs';
import { useStartSession } from './use-start-session';

export function SignInPage() {
  const { t, i18n } = useTranslation('account');
  const startSession = useStartSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [logIn, { loading }] = useMutation(LogInDocument);
  const form = useDomainForm(logInSchema, { email: '', password: '' });
  const fieldError = useFieldError(form);

  const { problems, onSubmit } = useApiSubmit(
    form,
    ['email', 'password'],
    async (values) => {
      const { data } = await logIn({ variables: { input: values } });
      if (!data) return;
      await startSession(data.logIn);
      // The saved preference follows the user from device to device.
      const preferred = data.logIn.user.preferredLanguage;
      if (isLanguage(preferred) && preferred !== i18n.resolvedLanguage) {
        await i18n.changeLanguage(preferred);
        window.localStorage.setItem(LANGUAGE_STORAGE_KEY, preferred);
      }
      await navigate(safeNextPath(params.get('next')));
    },
    {
      // On this page UNAUTHENTICATED means the credentials were wrong, not "sign in first".
      explain: (problem) =>
        problem.code === 'UNAUTHENTICATED'
          ? { ...problem, displayMessage: t('signIn.wrongCredentials') }
          : problem,
    },
  );

  return (
    <AccountFormPage title={t('signIn.title')} onSubmit={onSubmit}>
      <ErrorAlert problems={problems} />
      <EmailInput {...form.register('email')} error={fieldError('email')} />
      <PasswordField
        label={t('fields.password')}
        autoComplete="current-password"
        {...form.register('password')}
        error={fieldError('password')}
      />
      <Button type="submit" loading={loading}>
        {t('signIn.submit')}
      </Button>
      <Anchor component={Link} to="/account/forgot-password" size="sm">
        {t('forgotPassword.link')}
      </Anchor>
      <AccountPrompt question={t('signIn.noAccount')} link={t('signIn.signUpLink')} to="/sign-up" />
    </AccountFormPage>
  );
}
