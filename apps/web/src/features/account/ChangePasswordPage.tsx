import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@mantine/core';
import { changePasswordSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { useViewer } from '../../app/viewer';
import { ChangePasswordDocument } from '../../generated/graphql';
import { AccountFormPage } from './AccountFormPage';
import { PasswordField } from './CredentialInputs';
import { PasswordChecklist } from './PasswordChecklist';
import { WithPasswordRule } from './WithPasswordRule';

export function ChangePasswordPage() {
  return (
    <WithPasswordRule>
      <ChangePasswordForm />
    </WithPasswordRule>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [done, setDone] = useState(false);
  const form = useDomainForm(changePasswordSchema, { currentPassword: '', newPassword: '' });
  const fieldError = useFieldError(form);
  const newPassword = form.watch('newPassword');
  // The schema alone cannot know whose password it is; the checklist (and the server) can.
  const user = useViewer().viewer?.user;

  const { problems, onSubmit } = useApiSubmit(
    form,
    ['currentPassword', 'newPassword'],
    async (values) => {
      setDone(false);
      await changePassword({ variables: { input: values } });
      form.reset();
      setDone(true);
    },
  );

  return (
    <AccountFormPage title={t('changePassword.title')} onSubmit={onSubmit}>
      <div aria-live="polite">
        {done ? (
          <Alert color="teal" title={t('changePassword.doneTitle')}>
            {t('changePassword.done')}
          </Alert>
        ) : null}
      </div>
      <ErrorAlert problems={problems} />
      <PasswordField
        label={t('fields.currentPassword')}
        autoComplete="current-password"
        {...form.register('currentPassword')}
        error={fieldError('currentPassword')}
      />
      <PasswordField
        label={t('fields.newPassword')}
        autoComplete="new-password"
        {...form.register('newPassword')}
        error={fieldError('newPassword')}
      />
      <PasswordChecklist
        id="new-password-checklist"
        password={newPassword}
        context={{ email: user?.email, displayName: user?.displayName }}
      />
      <Button type="submit" loading={loading}>
        {t('changePassword.submit')}
      </Button>
    </AccountFormPage>
  );
}
