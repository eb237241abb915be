import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  AdmitClusterMemberDocument,
  ClusterApplicationsDocument,
  ClusterDocument,
  RejectClusterMemberDocument,
} from '../../generated/graphql';
import { reasonValidator } from './reason';

/** Pending applications of a cluster, for its managers: admit, or reject with a reason. */
export function ClusterApplicationsPanel({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation('cluster');
  const format = useFormat();
  const { data, loading, error } = useQuery(ClusterApplicationsDocument, {
    variables: { id: clusterId },
  });
  const refetch = {
    refetchQueries: [
      { query: ClusterApplicationsDocument, variables: { id: clusterId } },
      { query: ClusterDocument, variables: { id: clusterId } },
    ],
  };
  const [admit] = useMutation(AdmitClusterMemberDocument, refetch);
  const [reject] = useMutation(RejectClusterMemberDocument, refetch);
  const { run, error: actionError, busyId } = useRowAction();
  const pending = data?.cluster.pending ?? [];

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('applications.title')}
      </Title>
      <ErrorAlert error={actionError} />
      <QueryState loading={loading} error={error}>
        {pending.length === 0 ? (
          <Text c="dimmed">{t('applications.none')}</Text>
        ) : (
          <DataTable
            minWidth={640}
            columns={[
              t('applications.organization'),
              t('applications.message'),
              t('applications.applied'),
            ]}
            actionsLabel={t('applications.actions')}
          >
            {pending.map((application) => {
              const name = application.organization.name;
              return (
                <Table.Tr key={application.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/organizations/${application.organization.id}`}>
                      {name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{application.message || t('common:none')}</Table.Td>
                  <Table.Td>{format.date(application.appliedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        loading={busyId === application.id}
                        aria-label={t('applications.admitNamed', { name })}
                        onClick={() =>
                          void run(
                            () => admit({ variables: { input: { membershipId: application.id } } }),
                            application.id,
                          )
                        }
                      >
                        {t('applications.admit')}
                      </Button>
                      <ConfirmButton
                        label={t('applications.reject')}
                        accessibleLabel={t('applications.rejectNamed', { name })}
                        message={t('applications.rejectHint')}
                        reason={{
                          label: t('applications.reason'),
                          validate: reasonValidator(t),
                        }}
                        onConfirm={(reason) =>
                          run(
                            () =>
                              reject({
                                variables: { input: { membershipId: application.id, reason } },
                              }),
                            application.id,
                          )
                        }
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </QueryState>
    </Stack>
  );
}
