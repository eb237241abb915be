import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useReference } from '../../app/reference/reference-options';
import { useViewer } from '../../app/viewer';
import {
  ClusterApplicationsDocument,
  ClusterDocument,
  RemoveClusterMemberDocument,
} from '../../generated/graphql';
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
  const [actionError, setActionError] = useState<unknown>(null);
  const cluster = data?.cluster;
  const canDecide = Boolean(cluster?.viewerIsManager || isAdmin);
  const ownIds = new Set(viewer?.memberships.map((membership) => membership.organization.id));
  // Pending applications: all of them for managers, only the viewer's own for anyone else.
  const { data: applications } = useQuery(ClusterApplicationsDocument, {
    variables: { id },
    skip: ownIds.size === 0,
  });
  const own = [...(cluster?.members ?? []), ...(applications?.cluster.pending ?? [])].filter(
    (membership) => ownIds.has(membership.organization.id),
  );
  const memberOrApplied = new Set(own.map((membership) => membership.organization.id));
  const applicable =
    viewer?.memberships
      .filter(
        (membership) =>
          membership.role === 'ORG_ADMIN' && !memberOrApplied.has(membership.organization.id),
      )
      .map((membership) => ({
        id: membership.organization.id,
        name: membership.organization.name,
      })) ?? [];

  const remove = async (membershipId: string, reason: string) => {
    setActionError(null);
    try {
      await removeMember({ variables: { input: { membershipId, reason } } });
    } catch (caught) {
      setActionError(caught);
    }
  };

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
                <Text size="sm">
                  {[reference.regionLabel(cluster.region), reference.countryLabel(cluster.country)]
                    .filter(Boolean)
                    .join(', ')}
                </Text>
              </Group>
              <Text size="sm">
                <Text span fw={600}>
                  {t('fields.organization')}:{' '}
                </Text>
                <Anchor component={Link} to={`/organizations/${cluster.organization.id}`}>
                  {cluster.organization.name}
                </Anchor>
              </Text>
              {cluster.focusSectors.length > 0 ? (
                <Text size="sm">
                  <Text span fw={600}>
                    {t('fields.focusSectors')}:{' '}
                  </Text>
                  {cluster.focusSectors.map((code) => reference.sectorLabel(code)).join(' · ')}
                </Text>
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

            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('page.members', { count: cluster.memberCount })}
              </Title>
              <ErrorAlert error={actionError} />
              {cluster.members.length === 0 ? (
                <Text c="dimmed">{t('page.noMembers')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('page.organization')}</Table.Th>
                        <Table.Th scope="col">{t('page.kind')}</Table.Th>
                        <Table.Th scope="col">{t('page.memberSince')}</Table.Th>
                        {canDecide ? (
                          <Table.Th scope="col">
                            <VisuallyHidden>{t('applications.actions')}</VisuallyHidden>
                          </Table.Th>
                        ) : null}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {cluster.members.map((member) => (
                        <Table.Tr key={member.id}>
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={`/organizations/${member.organization.id}`}
                            >
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
                                title={t('members.removeNamed', { name: member.organization.name })}
                                message={t('members.removeHint')}
                                reason={{
                                  label: t('applications.reason'),
                                  validate: reasonValidator(t),
                                }}
                                onConfirm={(reason) => remove(member.id, reason)}
                              />
                            </Table.Td>
                          ) : null}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
