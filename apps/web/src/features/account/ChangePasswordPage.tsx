import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { changePasswordSchema } from '@spillover/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ApiProblem } from '../../app/errors/api-error';
import { applyServerErrors } from '../../app/errors/apply-server-errors';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFieldError } from '../../app/forms/use-field-error';
import { Page } from '../../app/layout/Page';
import { ChangePasswordDocument } from '../../generated/graphql';
import { PasswordChecklist } from './PasswordChecklist';

export function ChangePasswordPage() {
  const { t } = useTranslation('account');
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [done, setDone] = useState(false);
  const form = useForm({
    resolver: zodResolver(changePasswordSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const fieldError = useFieldError(form);
  const newPassword = form.watch('newPassword');

  const onSubmit = form.handleSubmit(async (values) => {
    setProblems([]);
    setDone(false);
    try {
      await changePassword({ variables: { input: values } });
      form.reset();
      setDone(true);
    } catch (error) {
      setProblems(applyServerErrors(error, form.setError, ['currentPassword', 'newPassword']));
    }
  });

  return (
    <Page title={t('changePassword.title')}>
      <Paper withBorder p="lg" maw={480}>
        <form
          onSubmit={(event) => void onSubmit(event)}
          noValidate
          aria-label={t('changePassword.title')}
        >
          <Stack>
            <div aria-live="polite">
              {done ? (
                <Alert color="teal" title={t('changePassword.doneTitle')}>
                  {t('changePassword.done')}
                </Alert>
              ) : null}
            </div>
            <ErrorAlert problems={problems} />
            <PasswordInput
              label={t('fields.currentPassword')}
              autoComplete="current-password"
              required
              {...form.register('currentPassword')}
              error={fieldError('currentPassword')}
              aria-invalid={Boolean(form.formState.errors.currentPassword)}
            />
            <PasswordInput
              label={t('fields.newPassword')}
              autoComplete="new-password"
              required
              {...form.register('newPassword')}
              error={fieldError('newPassword')}
              aria-invalid={Boolean(form.formState.errors.newPassword)}
            />
            <PasswordChecklist id="new-password-checklist" password={newPassword} />
            <Button type="submit" loading={loading}>
              {t('changePassword.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
