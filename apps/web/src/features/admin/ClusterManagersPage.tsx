import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Button,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { appointClusterManagerSchema } from '@spillover/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ApiProblem } from '../../app/errors/api-error';
import { applyServerErrors } from '../../app/errors/apply-server-errors';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFieldError } from '../../app/forms/use-field-error';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
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
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const form = useForm({
    resolver: zodResolver(appointClusterManagerSchema),
    mode: 'onTouched',
    defaultValues: { clusterId: id, email: '' },
  });
  const fieldError = useFieldError(form);
  const cluster = data?.cluster;

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await appoint({ variables: { input: { clusterId: id, email: values.email } } });
      form.reset({ clusterId: id, email: '' });
    } catch (caught) {
      setProblems(applyServerErrors(caught, form.setError, ['email']));
    }
  });

  const remove = async (userId: string) => {
    setRemoveError(null);
    try {
      await removeManager({ variables: { clusterId: id, userId } });
    } catch (caught) {
      setRemoveError(caught);
    }
  };

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
            <ErrorAlert error={removeError} />
            {cluster.managers.length === 0 ? (
              <Text c="dimmed">{t('managers.none')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('managers.name')}</Table.Th>
                    <Table.Th scope="col">{t('managers.email')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('managers.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cluster.managers.map((manager) => (
                    <Table.Tr key={manager.id}>
                      <Table.Td>{manager.displayName}</Table.Td>
                      <Table.Td>{manager.email ?? t('common:none')}</Table.Td>
                      <Table.Td>
                        <ConfirmButton
                          label={t('managers.remove')}
                          accessibleLabel={t('managers.removeNamed', { name: manager.displayName })}
                          title={t('managers.removeNamed', { name: manager.displayName })}
                          onConfirm={() => remove(manager.id)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <form
              onSubmit={(event) => void submit(event)}
              noValidate
              aria-labelledby="appoint-heading"
            >
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
