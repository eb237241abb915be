import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { registerSchema } from '@spillover/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type ApiProblem } from '../../app/errors/api-error';
import { applyServerErrors } from '../../app/errors/apply-server-errors';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFieldError } from '../../app/forms/use-field-error';
import { currentLanguage } from '../../app/i18n/i18n';
import { Page } from '../../app/layout/Page';
import { RegisterDocument, ViewerDocument } from '../../generated/graphql';
import { PasswordChecklist } from './PasswordChecklist';

export function SignUpPage() {
  const { t, i18n } = useTranslation('account');
  const client = useApolloClient();
  const navigate = useNavigate();
  const [register, { loading }] = useMutation(RegisterDocument);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const form = useForm({
    resolver: zodResolver(registerSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: {
      displayName: '',
      email: '',
      password: '',
      preferredLanguage: currentLanguage(i18n),
    },
  });
  const fieldError = useFieldError(form);
  const [password, email, displayName] = form.watch(['password', 'email', 'displayName']);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      const { data } = await register({
        variables: { input: { ...values, preferredLanguage: currentLanguage(i18n) } },
      });
      if (!data) return;
      // resetStore, not clearStore: clearStore drops the cache watches of the mounted
      // queries, and the header would go on showing the signed-out viewer.
      await client.resetStore();
      client.writeQuery({ query: ViewerDocument, data: { viewer: data.register } });
      await navigate('/my/organizations');
    } catch (error) {
      setProblems(applyServerErrors(error, form.setError, ['email', 'password', 'displayName']));
    }
  });

  return (
    <Page title={t('signUp.title')}>
      <Paper withBorder p="lg" maw={480}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('signUp.title')}>
          <Stack>
            <ErrorAlert problems={problems} />
            <TextInput
              label={t('fields.displayName')}
              autoComplete="name"
              required
              {...form.register('displayName')}
              error={fieldError('displayName')}
            />
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              {...form.register('email')}
              error={fieldError('email')}
            />
            <PasswordInput
              label={t('fields.password')}
              autoComplete="new-password"
              required
              {...form.register('password')}
              error={fieldError('password')}
              aria-invalid={Boolean(form.formState.errors.password)}
            />
            <PasswordChecklist
              id="password-checklist"
              password={password}
              context={{ email, displayName }}
            />
            <Button type="submit" loading={loading}>
              {t('signUp.submit')}
            </Button>
            <Text size="sm">
              {t('signUp.haveAccount')}{' '}
              <Anchor component={Link} to="/sign-in">
                {t('signUp.signInLink')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
