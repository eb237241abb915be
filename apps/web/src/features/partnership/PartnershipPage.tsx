import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/format';
import { Fact } from '../../app/layout/Fact';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { useReference } from '../../app/reference/reference-options';
import { ClusterPartnershipDocument } from '../../generated/graphql';
import { useCallTitle } from '../call/call-words';
import { useClusterName } from '../cluster/cluster-name';
import { PartnershipActions } from './PartnershipActions';
import { statusColor } from './status-color';

/**
 * One partnership of two clusters: what it is, what the viewer may do with it, both
 * clusters' members, and the collaborations between them. Joint calls get their own section
 * once calls exist.
 */
export function PartnershipPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('partnership');
  const format = useFormat();
  const reference = useReference();
  const clusterName = useClusterName();
  const callTitle = useCallTitle();
  const { data, loading, error } = useQuery(ClusterPartnershipDocument, { variables: { id } });
  const partnership = data?.clusterPartnership;
  const clusters = partnership
    ? new Map(
        [partnership.proposerCluster, partnership.recipientCluster].map((cluster) => [
          cluster.id,
          cluster,
        ]),
      )
    : new Map();
  const title = partnership
    ? t('page.title', {
        a: clusterName(partnership.proposerCluster),
        b: clusterName(partnership.recipientCluster),
      })
    : t('page.titleGeneric');

  return (
    <Page title={title}>
      <QueryState loading={loading} error={error}>
        {partnership ? (
          <Stack gap="lg">
            <Stack gap="xs">
              <Group gap="xs">
                <Badge color={statusColor(partnership.status)} variant="light">
                  {t(`status.${partnership.status}`)}
                </Badge>
                <Text size="sm">{t(`kind.${partnership.kind}`)}</Text>
              </Group>
              <Fact label={t('page.proposer')}>
                <Anchor component={Link} to={`/clusters/${partnership.proposerCluster.id}`}>
                  {clusterName(partnership.proposerCluster)}
                </Anchor>
              </Fact>
              <Fact label={t('page.recipient')}>
                <Anchor component={Link} to={`/clusters/${partnership.recipientCluster.id}`}>
                  {clusterName(partnership.recipientCluster)}
                </Anchor>
              </Fact>
              <Fact label={t('page.proposedAt')}>{format.date(partnership.proposedAt)}</Fact>
              {partnership.answeredAt ? (
                <Fact label={t('page.answeredAt')}>{format.date(partnership.answeredAt)}</Fact>
              ) : null}
              {partnership.endedAt ? (
                <Fact label={t('page.endedAt')}>{format.date(partnership.endedAt)}</Fact>
              ) : null}
              {partnership.endedByCluster ? (
                <Fact label={t('page.endedBy')}>{clusterName(partnership.endedByCluster)}</Fact>
              ) : null}
              {partnership.note ? (
                <Fact label={t('page.note')}>
                  <Text component="span" style={{ whiteSpace: 'pre-line' }}>
                    {partnership.note}
                  </Text>
                </Fact>
              ) : null}
              {partnership.reason ? (
                <Fact label={t('page.reason')}>{partnership.reason}</Fact>
              ) : null}
            </Stack>
            <PartnershipActions
              partnershipId={partnership.id}
              actions={partnership.viewerActions}
            />

            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('page.members', { count: partnership.members.length })}
              </Title>
              {partnership.members.length === 0 ? (
                <Text c="dimmed">{t('page.noMembers')}</Text>
              ) : (
                <DataTable
                  minWidth={560}
                  striped
                  columns={[t('page.organization'), t('page.cluster'), t('page.place')]}
                >
                  {partnership.members.map((member) => (
                    <Table.Tr key={member.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/organizations/${member.organization.id}`}>
                          {member.organization.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {clusters.has(member.cluster.id)
                          ? clusterName(clusters.get(member.cluster.id)!)
                          : ''}
                      </Table.Td>
                      <Table.Td>{reference.placeLabel(member.organization)}</Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
              )}
            </Stack>

            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('page.collaborations')}
              </Title>
              {partnership.collaborations.length === 0 ? (
                <Text c="dimmed">{t('page.noCollaborations')}</Text>
              ) : (
                <DataTable
                  minWidth={560}
                  columns={[t('page.collaboration'), t('page.between'), t('page.started')]}
                >
                  {partnership.collaborations.map((collaboration) => (
                    <Table.Tr key={collaboration.id}>
                      <Table.Td>{collaboration.title}</Table.Td>
                      <Table.Td>
                        {collaboration.organizationA.name} · {collaboration.organizationB.name}
                      </Table.Td>
                      <Table.Td>{format.date(collaboration.startedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
              )}
            </Stack>

            {/* Calls both clusters run or fund. */}
            <Stack gap="xs" data-section="joint-calls">
              <Title order={2} size="h3">
                {t('page.jointCalls')}
              </Title>
              {partnership.jointCalls.length === 0 ? (
                <Text c="dimmed">{t('page.noJointCalls')}</Text>
              ) : (
                <List>
                  {partnership.jointCalls.map((call) => (
                    <List.Item key={call.id}>
                      <Anchor component={Link} to={`/calls/${call.id}`}>
                        {callTitle(call)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
