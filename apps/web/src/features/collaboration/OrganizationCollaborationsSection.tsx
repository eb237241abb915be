import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { PagedTableSection } from '../../app/lists/PagedTableSection';
import { useLoadMore } from '../../app/lists/use-load-more';
import {
  OrganizationCollaborationsDocument,
  type CollaborationFieldsFragment,
} from '../../generated/graphql';
import { CompleteCollaborationForm } from './CompleteCollaborationForm';

/** A day (YYYY-MM-DD) read at noon UTC: the same calendar day in every time zone we serve. */
const day = (value: string) => `${value}T12:00:00Z`;

interface OrganizationCollaborationsSectionProps {
  organizationId: string;
}

/**
 * An organization's collaborations: every edge of its network, with what it came from for
 * those who may see that; members of either side mark an active one completed.
 */
export function OrganizationCollaborationsSection({
  organizationId,
}: OrganizationCollaborationsSectionProps) {
  const { t } = useTranslation('collaboration');
  const format = useFormat();
  const [completing, setCompleting] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(OrganizationCollaborationsDocument, {
    variables: { id: organizationId },
  });
  const connection = data?.organization.collaborations;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  const partnersOf = (collaboration: CollaborationFieldsFragment) =>
    collaboration.organizations.filter((organization) => organization.id !== organizationId);

  return (
    <PagedTableSection
      title={connection ? t('list.titleCount', { count: connection.totalCount }) : t('list.title')}
      loading={loading && !data}
      error={error}
      total={connection?.totalCount ?? 0}
      empty={t('list.empty')}
      columns={[
        t('list.partner'),
        t('list.work'),
        t('list.type'),
        t('list.started'),
        t('list.status'),
      ]}
      minWidth={760}
      next={next}
    >
      {connection?.edges.map(({ node }) => {
        const partners = partnersOf(node);
        const partnerNames = partners.map((partner) => partner.name).join(', ');
        return (
          <Table.Tr key={node.id}>
            <Table.Td>
              {partners.map((partner) => (
                <Anchor key={partner.id} component={Link} to={`/organizations/${partner.id}`}>
                  {partner.name}
                </Anchor>
              ))}
            </Table.Td>
            <Table.Td>
              {node.detailsVisible ? (
                <Stack gap={2}>
                  <Text size="sm">{node.title}</Text>
                  {node.need ? (
                    <Anchor component={Link} to={`/needs/${node.need.id}`} size="sm">
                      {t('list.from', { title: node.need.title })}
                    </Anchor>
                  ) : null}
                  {node.capability ? (
                    <Anchor component={Link} to={`/capabilities/${node.capability.id}`} size="sm">
                      {t('list.fromCapability', { title: node.capability.title })}
                    </Anchor>
                  ) : null}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('list.hiddenDetails')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {node.type ? t(`need:collaborationTypes.${node.type}`) : t('list.noType')}
            </Table.Td>
            <Table.Td>{format.date(day(node.startedOn))}</Table.Td>
            <Table.Td>
              <Stack gap="xs" align="flex-start">
                <Badge variant="light" color={node.status === 'ACTIVE' ? 'blue' : 'gray'}>
                  {t(`status.${node.status}`)}
                </Badge>
                {node.outcome ? <Text size="sm">{t(`outcome.${node.outcome}`)}</Text> : null}
                {node.viewerCanComplete && completing !== node.id ? (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('complete.openFor', { partner: partnerNames })}
                    onClick={() => setCompleting(node.id)}
                  >
                    {t('complete.open')}
                  </Button>
                ) : null}
                {completing === node.id ? (
                  <CompleteCollaborationForm
                    collaborationId={node.id}
                    fromNeed={Boolean(node.need)}
                    onDone={() => setCompleting(null)}
                    onCancel={() => setCompleting(null)}
                  />
                ) : null}
              </Stack>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </PagedTableSection>
  );
}
