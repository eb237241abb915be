import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { QueryState } from '../../app/layout/QueryState';
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
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const pending = data?.cluster.pending ?? [];

  const run = async (id: string, action: () => Promise<unknown>) => {
    setActionError(null);
    setBusy(id);
    try {
      await action();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(null);
    }
  };

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
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('applications.organization')}</Table.Th>
                  <Table.Th scope="col">{t('applications.message')}</Table.Th>
                  <Table.Th scope="col">{t('applications.applied')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('applications.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pending.map((application) => {
                  const name = application.organization.name;
                  return (
                    <Table.Tr key={application.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/organizations/${application.organization.id}`}
                        >
                          {name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{application.message || t('common:none')}</Table.Td>
                      <Table.Td>{format.date(application.appliedAt)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            loading={busy === application.id}
                            aria-label={t('applications.admitNamed', { name })}
                            onClick={() =>
                              void run(application.id, () =>
                                admit({ variables: { input: { membershipId: application.id } } }),
                              )
                            }
                          >
                            {t('applications.admit')}
                          </Button>
                          <ConfirmButton
                            label={t('applications.reject')}
                            accessibleLabel={t('applications.rejectNamed', { name })}
                            title={t('applications.rejectNamed', { name })}
                            message={t('applications.rejectHint')}
                            reason={{
                              label: t('applications.reason'),
                              validate: reasonValidator(t),
                            }}
                            onConfirm={(reason) =>
                              run(application.id, () =>
                                reject({
                                  variables: { input: { membershipId: application.id, reason } },
                                }),
                              )
                            }
                          />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
