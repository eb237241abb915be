import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { ClusterPartnershipsDocument } from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';
import { ProposePartnershipForm } from './ProposePartnershipForm';
import { statusColor } from './status-color';

/**
 * A cluster's partner clusters: ACTIVE ones for everyone; for its managers also proposals
 * (sent and received), declined and ended ones, and the form to propose a new one.
 */
export function ClusterPartnershipsPanel({
  clusterId,
  clusterCountry,
}: {
  clusterId: string;
  clusterCountry: string;
}) {
  const { t } = useTranslation('partnership');
  const format = useFormat();
  const clusterName = useClusterName();
  const { data, loading, error } = useQuery(ClusterPartnershipsDocument, {
    variables: { id: clusterId },
  });
  const partnerships = data?.cluster.partnerships ?? [];
  const isManager = Boolean(data?.cluster.viewerIsManager);

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('list.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('list.intro')}
      </Text>
      <QueryState loading={loading} error={error}>
        {partnerships.length === 0 ? (
          <Text c="dimmed">{t('list.none')}</Text>
        ) : (
          <DataTable
            minWidth={560}
            columns={[t('list.partner'), t('list.kind'), t('list.status'), t('list.since')]}
          >
            {partnerships.map((partnership) => {
              const partner =
                partnership.proposerCluster.id === clusterId
                  ? partnership.recipientCluster
                  : partnership.proposerCluster;
              const name = clusterName(partner);
              return (
                <Table.Tr key={partnership.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/partnerships/${partnership.id}`}
                      aria-label={t('list.open', { name })}
                    >
                      {name}
                    </Anchor>
                    {partnership.status === 'PROPOSED' ? (
                      <Text size="xs" c="dimmed">
                        {partnership.viewerActions.includes('ACCEPT')
                          ? t('list.waiting')
                          : t('list.proposedBy', {
                              name: clusterName(partnership.proposerCluster),
                            })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t(`kind.${partnership.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColor(partnership.status)} variant="light">
                      {t(`status.${partnership.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {format.date(partnership.answeredAt ?? partnership.proposedAt)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </QueryState>
      {isManager ? (
        <ProposePartnershipForm clusterId={clusterId} clusterCountry={clusterCountry} />
      ) : null}
    </Stack>
  );
}
