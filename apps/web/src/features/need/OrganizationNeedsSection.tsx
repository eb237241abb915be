import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { VisibilityBadge } from '../../app/layout/VisibilityBadge';
import { PagedTableSection } from '../../app/lists/PagedTableSection';
import { useLoadMore } from '../../app/lists/use-load-more';
import { OrganizationNeedsDocument } from '../../generated/graphql';
import { NeedStatusBadge } from './NeedStatusBadge';

interface OrganizationNeedsSectionProps {
  organizationId: string;
  /** Members post needs and see the drafts. */
  isMember: boolean;
}

/** An organization's technology needs that the viewer may see; drafts for its members. */
export function OrganizationNeedsSection({
  organizationId,
  isMember,
}: OrganizationNeedsSectionProps) {
  const { t } = useTranslation('need');
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(OrganizationNeedsDocument, {
    variables: { id: organizationId },
  });
  const connection = data?.organization.technologyNeeds;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  return (
    <PagedTableSection
      title={connection ? t('list.titleCount', { count: connection.totalCount }) : t('list.title')}
      action={
        isMember ? (
          <Button component={Link} to={`/needs/new?organization=${organizationId}`}>
            {t('list.post')}
          </Button>
        ) : null
      }
      loading={loading && !data}
      error={error}
      total={connection?.totalCount ?? 0}
      empty={isMember ? t('list.emptyMember') : t('list.empty')}
      columns={[
        t('fields.title'),
        t('list.status'),
        t('list.visibility'),
        t('fields.responseDeadline'),
        t('list.updated'),
      ]}
      next={next}
    >
      {connection?.edges.map(({ node }) => (
        <Table.Tr key={node.id}>
          <Table.Td>
            <Anchor component={Link} to={`/needs/${node.id}`}>
              {node.title}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <NeedStatusBadge status={node.status} closeReason={node.closeReason} />
          </Table.Td>
          <Table.Td>
            <VisibilityBadge visibility={node.visibility} />
          </Table.Td>
          <Table.Td>
            {node.responseDeadline ? format.dateTime(node.responseDeadline) : t('common:none')}
          </Table.Td>
          <Table.Td>{format.date(node.updatedAt)}</Table.Td>
        </Table.Tr>
      ))}
    </PagedTableSection>
  );
}
