import { useMutation } from '@apollo/client/react';
import { Button, TextInput } from '@mantine/core';
import { registerSchema } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { currentLanguage } from '../../app/i18n/i18n';
import { RegisterDocument } from '../../generated/graphql';
import { AccountFormPage } from './AccountFormPage';
import { AccountPrompt } from './AccountPrompt';
import { EmailInput, PasswordField } from './CredentialInputs';
import { PasswordChecklist } from './PasswordChecklist';
import { useStartSession } from './use-start-session';
import { WithPasswordRule } from './WithPasswordRule';

export function SignUpPage() {
  return (
    <WithPasswordRule>
      <SignUpForm />
    </WithPasswordRule>
  );
}

function SignUpForm() {
  const { t, i18n } = useTranslation('account');
  const startSession = useStartSession();
  const navigate = useNavigate();
  const [register, { loading }] = useMutation(RegisterDocument);
  const form = useDomainForm(registerSchema, {
    displayName: '',
    email: '',
    password: '',
    preferredLanguage: currentLanguage(i18n),
  });
  const fieldError = useFieldError(form);
  const [password, email, displayName] = form.watch(['password', 'email', 'displayName']);

  const { problems, onSubmit } = useApiSubmit(
    form,
    ['email', 'password', 'displayName'],
    async (values) => {
      const { data } = await register({
        variables: { input: { ...values, preferredLanguage: currentLanguage(i18n) } },
      });
      if (!data) return;
      await startSession(data.register);
      await navigate('/my/organizations');
    },
  );

  return (
    <AccountFormPage title={t('signUp.title')} onSubmit={onSubmit}>
      <ErrorAlert problems={problems} />
      <TextInput
        label={t('fields.displayName')}
        autoComplete="name"
        required
        {...form.register('displayName')}
        error={fieldError('displayName')}
      />
      <EmailInput {...form.register('email')} error={fieldError('email')} />
      <PasswordField
        label={t('fields.password')}
        autoComplete="new-password"
        {...form.register('password')}
        error={fieldError('password')}
      />
      <PasswordChecklist
        id="password-checklist"
        password={password}
        context={{ email, displayName }}
      />
      <Button type="submit" loading={loading}>
        {t('signUp.submit')}
      </Button>
      <AccountPrompt
        question={t('signUp.haveAccount')}
        link={t('signUp.signInLink')}
        to="/sign-in"
      />
    </AccountFormPage>
  );
}
