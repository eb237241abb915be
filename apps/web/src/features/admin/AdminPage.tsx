import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { ClustersDocument } from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';

export function AdminPage() {
  const { t } = useTranslation('admin');
  const clusterName = useClusterName();
  const { data, loading, error } = useQuery(ClustersDocument, { variables: { first: 100 } });
  return (
    <Page
      title={t('home.title')}
      actions={
        <Group>
          <Button component={Link} to="/admin/clusters/new">
            {t('home.createCluster')}
          </Button>
          <Button component={Link} to="/admin/audit" variant="default">
            {t('home.audit')}
          </Button>
          <Button component={Link} to="/admin/import" variant="default">
            {t('home.import')}
          </Button>
          <Button component={Link} to="/admin/outbox" variant="default">
            {t('home.outbox')}
          </Button>
          <Button component={Link} to="/admin/conversations" variant="default">
            {t('home.reportedConversations')}
          </Button>
        </Group>
      }
    >
      <Stack>
        <Title order={2} size="h3">
          {t('home.clusters')}
        </Title>
        <QueryState loading={loading} error={error}>
          {data && data.clusters.edges.length === 0 ? (
            <Text c="dimmed">{t('home.noClusters')}</Text>
          ) : null}
          {data && data.clusters.edges.length > 0 ? (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('home.cluster')}</Table.Th>
                  <Table.Th scope="col">{t('home.members')}</Table.Th>
                  <Table.Th scope="col">{t('home.managers')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.clusters.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/clusters/${node.id}`}>
                        {clusterName(node)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{node.memberCount}</Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/admin/clusters/${node.id}/managers`}
                        aria-label={t('home.managersOf', { name: clusterName(node) })}
                      >
                        {t('home.manage')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </QueryState>
      </Stack>
    </Page>
  );
}
