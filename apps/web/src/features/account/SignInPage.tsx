import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { logInSchema } from '@spillover/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type ApiProblem } from '../../app/errors/api-error';
import { applyServerErrors } from '../../app/errors/apply-server-errors';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { safeNextPath, useFieldError } from '../../app/forms/use-field-error';
import { isLanguage, LANGUAGE_STORAGE_KEY } from '../../app/i18n/i18n';
import { Page } from '../../app/layout/Page';
import { LogInDocument, ViewerDocument } from '../../generated/graphql';

export function SignInPage() {
  const { t, i18n } = useTranslation('account');
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [logIn, { loading }] = useMutation(LogInDocument);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const form = useForm({
    resolver: zodResolver(logInSchema),
    mode: 'onTouched',
    defaultValues: { email: '', password: '' },
  });
  const fieldError = useFieldError(form);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      const { data } = await logIn({ variables: { input: values } });
      if (!data) return;
      // resetStore, not clearStore: clearStore drops the cache watches of the mounted
      // queries, and the header would go on showing the signed-out viewer.
      await client.resetStore();
      client.writeQuery({ query: ViewerDocument, data: { viewer: data.logIn } });
      // The saved preference follows the user from device to device.
      const preferred = data.logIn.user.preferredLanguage;
      if (isLanguage(preferred) && preferred !== i18n.resolvedLanguage) {
        await i18n.changeLanguage(preferred);
        window.localStorage.setItem(LANGUAGE_STORAGE_KEY, preferred);
      }
      await navigate(safeNextPath(params.get('next')));
    } catch (error) {
      // On this page UNAUTHENTICATED means the credentials were wrong, not "sign in first".
      setProblems(
        applyServerErrors(error, form.setError, ['email', 'password']).map((problem) =>
          problem.code === 'UNAUTHENTICATED'
            ? { ...problem, displayMessage: t('signIn.wrongCredentials') }
            : problem,
        ),
      );
    }
  });

  return (
    <Page title={t('signIn.title')}>
      <Paper withBorder p="lg" maw={480}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('signIn.title')}>
          <Stack>
            <ErrorAlert problems={problems} />
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
              autoComplete="current-password"
              required
              {...form.register('password')}
              error={fieldError('password')}
              aria-invalid={Boolean(form.formState.errors.password)}
            />
            <Button type="submit" loading={loading}>
              {t('signIn.submit')}
            </Button>
            <Text size="sm">
              {t('signIn.noAccount')}{' '}
              <Anchor component={Link} to="/sign-up">
                {t('signIn.signUpLink')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
