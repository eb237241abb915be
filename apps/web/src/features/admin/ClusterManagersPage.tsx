import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { appointClusterManagerSchema } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  AppointClusterManagerDocument,
  ClusterManagersDocument,
  RemoveClusterManagerDocument,
} from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';

/** A platform admin appoints cluster managers by e-mail and removes them. */
export function ClusterManagersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('admin');
  const clusterName = useClusterName();
  const { data, loading, error } = useQuery(ClusterManagersDocument, { variables: { id } });
  const [appoint, { loading: appointing }] = useMutation(AppointClusterManagerDocument);
  const [removeManager] = useMutation(RemoveClusterManagerDocument);
  const removing = useRowAction();
  const form = useDomainForm(appointClusterManagerSchema, { clusterId: id, email: '' });
  const fieldError = useFieldError(form);
  const cluster = data?.cluster;

  const { problems, onSubmit } = useApiSubmit(form, ['email'], async (values) => {
    await appoint({ variables: { input: { clusterId: id, email: values.email } } });
    form.reset({ clusterId: id, email: '' });
  });

  return (
    <Page
      title={
        cluster ? t('managers.title', { name: clusterName(cluster) }) : t('managers.titleGeneric')
      }
    >
      <QueryState loading={loading} error={error}>
        {cluster ? (
          <Stack>
            <Anchor component={Link} to={`/clusters/${cluster.id}`}>
              {t('managers.backToCluster')}
            </Anchor>
            <Title order={2} size="h3">
              {t('managers.current')}
            </Title>
            <ErrorAlert error={removing.error} />
            {cluster.managers.length === 0 ? (
              <Text c="dimmed">{t('managers.none')}</Text>
            ) : (
              <DataTable
                columns={[t('managers.name'), t('managers.email')]}
                actionsLabel={t('managers.actions')}
              >
                {cluster.managers.map((manager) => (
                  <Table.Tr key={manager.id}>
                    <Table.Td>{manager.displayName}</Table.Td>
                    <Table.Td>{manager.email ?? t('common:none')}</Table.Td>
                    <Table.Td>
                      <ConfirmButton
                        label={t('managers.remove')}
                        accessibleLabel={t('managers.removeNamed', { name: manager.displayName })}
                        onConfirm={() =>
                          removing.run(() =>
                            removeManager({ variables: { clusterId: id, userId: manager.id } }),
                          )
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            )}
            <form onSubmit={onSubmit} noValidate aria-labelledby="appoint-heading">
              <Stack>
                <Title order={2} size="h3" id="appoint-heading">
                  {t('managers.appointTitle')}
                </Title>
                <Text size="sm">{t('managers.appointHint')}</Text>
                <ErrorAlert problems={problems} />
                <Group align="flex-start">
                  <TextInput
                    label={t('managers.email')}
                    type="email"
                    required
                    {...form.register('email')}
                    error={fieldError('email')}
                  />
                </Group>
                <Group>
                  <Button type="submit" loading={appointing}>
                    {t('managers.appoint')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
