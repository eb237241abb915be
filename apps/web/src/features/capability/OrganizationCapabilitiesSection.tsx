import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { VisibilityBadge } from '../../app/layout/VisibilityBadge';
import { PagedTableSection } from '../../app/lists/PagedTableSection';
import { useLoadMore } from '../../app/lists/use-load-more';
import { OrganizationCapabilitiesDocument } from '../../generated/graphql';
import { CapabilityStatusBadge } from './CapabilityStatusBadge';

interface OrganizationCapabilitiesSectionProps {
  organizationId: string;
  /** Members add capabilities and see the drafts. */
  isMember: boolean;
}

/** An organization's capabilities that the viewer may see; drafts for its members. */
export function OrganizationCapabilitiesSection({
  organizationId,
  isMember,
}: OrganizationCapabilitiesSectionProps) {
  const { t } = useTranslation('capability');
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(OrganizationCapabilitiesDocument, {
    variables: { id: organizationId },
  });
  const connection = data?.organization.capabilities;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  return (
    <PagedTableSection
      title={connection ? t('list.titleCount', { count: connection.totalCount }) : t('list.title')}
      action={
        isMember ? (
          <Button component={Link} to={`/capabilities/new?organization=${organizationId}`}>
            {t('list.add')}
          </Button>
        ) : null
      }
      loading={loading && !data}
      error={error}
      total={connection?.totalCount ?? 0}
      empty={isMember ? t('list.emptyMember') : t('list.empty')}
      columns={[
        t('fields.title'),
        t('fields.kind'),
        t('list.status'),
        t('list.visibility'),
        t('list.updated'),
      ]}
      next={next}
    >
      {connection?.edges.map(({ node }) => (
        <Table.Tr key={node.id}>
          <Table.Td>
            <Anchor component={Link} to={`/capabilities/${node.id}`}>
              {node.title}
            </Anchor>
          </Table.Td>
          <Table.Td>{t(`kinds.${node.kind}`)}</Table.Td>
          <Table.Td>
            <CapabilityStatusBadge status={node.status} />
          </Table.Td>
          <Table.Td>
            <VisibilityBadge visibility={node.visibility} />
          </Table.Td>
          <Table.Td>{format.date(node.updatedAt)}</Table.Td>
        </Table.Tr>
      ))}
    </PagedTableSection>
  );
}
