import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { createApiTokenSchema } from '@spillover/domain';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  type ApiTokenFieldsFragment,
} from '../../generated/graphql';

function tokenStatus(token: ApiTokenFieldsFragment, now: number): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

function CreateTokenForm({ onCreated }: { onCreated: (token: string, name: string) => void }) {
  const { t } = useTranslation('account');
  const [createToken, { loading }] = useMutation(CreateApiTokenDocument, {
    refetchQueries: [ApiTokensDocument],
  });
  const form = useDomainForm(createApiTokenSchema, { name: '', expiresInDays: 90 });
  const fieldError = useFieldError(form);

  const { problems, onSubmit } = useApiSubmit(form, ['name', 'expiresInDays'], async (values) => {
    const { data } = await createToken({ variables: { input: values } });
    if (data) onCreated(data.createApiToken.token, data.createApiToken.apiToken.name);
    form.reset();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-token-heading">
      <Stack>
        <Title order={2} id="create-token-heading" size="h3">
          {t('tokens.createTitle')}
        </Title>
        <ErrorAlert problems={problems} />
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('tokens.name')}
            required
            {...form.register('name')}
            error={fieldError('name')}
          />
          <Controller
            control={form.control}
            name="expiresInDays"
            render={({ field }) => (
              <NumberInput
                label={t('tokens.expiresInDays')}
                description={t('tokens.expiresInDaysHint')}
                min={1}
                max={365}
                allowDecimal={false}
                name={field.name}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                onBlur={field.onBlur}
                error={fieldError('expiresInDays')}
              />
            )}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ApiTokensPage() {
  const { t } = useTranslation('account');
  const format = useFormat();
  const { data, loading, error } = useQuery(ApiTokensDocument);
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const revoking = useRowAction();
  const now = Date.now();

  return (
    <Page title={t('tokens.title')}>
      <Text>{t('tokens.intro')}</Text>
      <Paper withBorder p="lg">
        <CreateTokenForm onCreated={(token, name) => setCreated({ token, name })} />
      </Paper>
      <div aria-live="polite">
        {created ? (
          <Alert
            color="teal"
            title={t('tokens.createdTitle', { name: created.name })}
            withCloseButton
            onClose={() => setCreated(null)}
            closeButtonLabel={t('tokens.dismiss')}
          >
            <Stack gap="xs">
              <Text size="sm">{t('tokens.createdOnce')}</Text>
              <Code block aria-label={t('tokens.secret')}>
                {created.token}
              </Code>
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t('tokens.copied') : t('tokens.copy')}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          </Alert>
        ) : null}
      </div>
      <ErrorAlert error={revoking.error} />
      <Title order={2} size="h3">
        {t('tokens.listTitle')}
      </Title>
      <QueryState loading={loading} error={error}>
        {data && data.apiTokens.length === 0 ? <Text c="dimmed">{t('tokens.none')}</Text> : null}
        {data && data.apiTokens.length > 0 ? (
          <DataTable
            minWidth={640}
            striped
            columns={[
              t('tokens.name'),
              t('tokens.prefix'),
              t('tokens.created'),
              t('tokens.lastUsed'),
              t('tokens.expires'),
              t('tokens.status'),
            ]}
            actionsLabel={t('tokens.actions')}
          >
            {data.apiTokens.map((token) => {
              const status = tokenStatus(token, now);
              return (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>
                    <Code>{token.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{format.date(token.createdAt)}</Table.Td>
                  <Table.Td>
                    {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.never')}
                  </Table.Td>
                  <Table.Td>
                    {token.expiresAt ? format.date(token.expiresAt) : t('tokens.noExpiry')}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={status === 'active' ? 'teal' : 'gray'} variant="light">
                      {t(`tokens.statuses.${status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {status === 'active' ? (
                      <ConfirmButton
                        label={t('tokens.revoke')}
                        accessibleLabel={t('tokens.revokeNamed', { name: token.name })}
                        message={t('tokens.revokeConfirm', { name: token.name })}
                        onConfirm={() =>
                          revoking.run(() => revoke({ variables: { id: token.id } }))
                        }
                      />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        ) : null}
      </QueryState>
    </Page>
  );
}
