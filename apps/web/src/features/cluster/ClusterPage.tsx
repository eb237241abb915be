import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { organizationsThatMayApply } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Fact } from '../../app/layout/Fact';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import { useReference } from '../../app/reference/reference-options';
import { useViewer } from '../../app/viewer';
import {
  ClusterApplicationsDocument,
  ClusterDecisionsDocument,
  ClusterDocument,
  RemoveClusterMemberDocument,
} from '../../generated/graphql';
import { ClusterPartnershipsPanel } from '../partnership/ClusterPartnershipsPanel';
import { ApplyToClusterPanel } from './ApplyToClusterPanel';
import { ClusterApplicationsPanel } from './ClusterApplicationsPanel';
import { useClusterName } from './cluster-name';
import { OwnMemberships } from './OwnMemberships';
import { reasonValidator } from './reason';

export function ClusterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('cluster');
  const format = useFormat();
  const reference = useReference();
  const clusterName = useClusterName();
  const { viewer, isAdmin } = useViewer();
  const { data, loading, error } = useQuery(ClusterDocument, { variables: { id } });
  const [removeMember] = useMutation(RemoveClusterMemberDocument, {
    refetchQueries: [{ query: ClusterDocument, variables: { id } }],
  });
  const removing = useRowAction();
  const cluster = data?.cluster;
  const canDecide = Boolean(cluster?.viewerIsManager || isAdmin);
  const ownIds = new Set(viewer?.memberships.map((membership) => membership.organization.id));
  // Pending applications: all of them for managers, only the viewer's own for anyone else.
  const { data: applications } = useQuery(ClusterApplicationsDocument, {
    variables: { id },
    skip: ownIds.size === 0,
  });
  // Rejected and removed ones too: their members read the manager's reason here.
  const { data: decisions } = useQuery(ClusterDecisionsDocument, {
    variables: { id },
    skip: ownIds.size === 0,
  });
  const pending = [...(cluster?.members ?? []), ...(applications?.cluster.pending ?? [])];
  const decided = [...(decisions?.cluster.rejected ?? []), ...(decisions?.cluster.removed ?? [])];
  // One record per organization and cluster: a re-application turns a rejected one PENDING.
  const own = [
    ...new Map(
      [...pending, ...decided]
        .filter((membership) => ownIds.has(membership.organization.id))
        .map((membership) => [membership.id, membership]),
    ).values(),
  ];
  // A rejected or removed organization may apply again: only ACTIVE and PENDING ones are in.
  const memberOrApplied = new Set(
    own
      .filter((membership) => membership.status === 'ACTIVE' || membership.status === 'PENDING')
      .map((membership) => membership.organization.id),
  );
  const applicable = cluster
    ? organizationsThatMayApply({
        cluster: {
          organizationId: cluster.organization.id,
          viewerIsManager: cluster.viewerIsManager,
        },
        administered: (viewer?.memberships ?? [])
          .filter((membership) => membership.role === 'ORG_ADMIN')
          .map((membership) => ({
            id: membership.organization.id,
            name: membership.organization.name,
          })),
        memberOrApplied,
      })
    : [];

  return (
    <Page
      title={cluster ? clusterName(cluster) : t('page.titleGeneric')}
      actions={
        isAdmin && cluster ? (
          <Button component={Link} to={`/admin/clusters/${cluster.id}/managers`} variant="default">
            {t('page.manageManagers')}
          </Button>
        ) : null
      }
    >
      <QueryState loading={loading} error={error}>
        {cluster ? (
          <Stack gap="lg">
            <Stack gap="xs">
              <Text c="dimmed" lang={clusterName(cluster) === cluster.nameEn ? 'ko' : 'en'}>
                {clusterName(cluster) === cluster.nameEn ? cluster.nameKo : cluster.nameEn}
              </Text>
              <Group gap="xs">
                {cluster.viewerIsManager ? (
                  <Badge color="grape">{t('page.youManage')}</Badge>
                ) : null}
                <Text size="sm">{reference.placeLabel(cluster)}</Text>
              </Group>
              <Fact label={t('fields.organization')}>
                <Anchor component={Link} to={`/organizations/${cluster.organization.id}`}>
                  {cluster.organization.name}
                </Anchor>
              </Fact>
              {cluster.focusSectors.length > 0 ? (
                <Fact label={t('fields.focusSectors')}>
                  {cluster.focusSectors.map((code) => reference.sectorLabel(code)).join(' · ')}
                </Fact>
              ) : null}
              {cluster.description ? (
                <Text style={{ whiteSpace: 'pre-line' }}>{cluster.description}</Text>
              ) : null}
            </Stack>

            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('page.managers')}
              </Title>
              {cluster.managers.length === 0 ? (
                <Text c="dimmed">{t('page.noManagers')}</Text>
              ) : (
                <List>
                  {cluster.managers.map((manager) => (
                    <List.Item key={manager.id}>{manager.displayName}</List.Item>
                  ))}
                </List>
              )}
            </Stack>

            {viewer ? (
              // Announces the new status when an application is sent.
              <div aria-live="polite">
                {own.length > 0 ? <OwnMemberships memberships={own} /> : null}
              </div>
            ) : null}
            {viewer && applicable.length > 0 ? (
              <ApplyToClusterPanel clusterId={cluster.id} organizations={applicable} />
            ) : null}
            {canDecide ? <ClusterApplicationsPanel clusterId={cluster.id} /> : null}
            <ClusterPartnershipsPanel clusterId={cluster.id} clusterCountry={cluster.country} />

            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('page.members', { count: cluster.memberCount })}
              </Title>
              <ErrorAlert error={removing.error} />
              {cluster.members.length === 0 ? (
                <Text c="dimmed">{t('page.noMembers')}</Text>
              ) : (
                <DataTable
                  minWidth={520}
                  striped
                  columns={[t('page.organization'), t('page.kind'), t('page.memberSince')]}
                  actionsLabel={canDecide ? t('applications.actions') : undefined}
                >
                  {cluster.members.map((member) => (
                    <Table.Tr key={member.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/organizations/${member.organization.id}`}>
                          {member.organization.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`organization:kinds.${member.organization.kind}`)}</Table.Td>
                      <Table.Td>{format.date(member.decidedAt ?? member.appliedAt)}</Table.Td>
                      {canDecide ? (
                        <Table.Td>
                          <ConfirmButton
                            label={t('members.remove')}
                            accessibleLabel={t('members.removeNamed', {
                              name: member.organization.name,
                            })}
                            message={t('members.removeHint')}
                            reason={{
                              label: t('applications.reason'),
                              validate: reasonValidator(t),
                            }}
                            onConfirm={(reason) =>
                              removing.run(() =>
                                removeMember({
                                  variables: { input: { membershipId: member.id, reason } },
                                }),
                              )
                            }
                          />
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </DataTable>
              )}
            </Stack>
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
