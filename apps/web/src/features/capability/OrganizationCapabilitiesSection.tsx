import { useQuery } from '@apollo/client/react';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { VisibilityBadge } from '../../app/layout/VisibilityBadge';
import { OrganizationListingsSection } from '../../app/lists/OrganizationListingsSection';
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

  return (
    <OrganizationListingsSection
      namespace="capability"
      organizationId={organizationId}
      isMember={isMember}
      connection={data?.organization.capabilities}
      loading={loading && !data}
      error={error}
      fetchAfter={(after) => fetchMore({ variables: { after } })}
      basePath="/capabilities"
      addLabel={t('list.add')}
      columns={[t('fields.kind'), t('list.status'), t('list.visibility'), t('list.updated')]}
      renderCells={(node) => (
        <>
          <Table.Td>{t(`kinds.${node.kind}`)}</Table.Td>
          <Table.Td>
            <CapabilityStatusBadge status={node.status} />
          </Table.Td>
          <Table.Td>
            <VisibilityBadge visibility={node.visibility} />
          </Table.Td>
          <Table.Td>{format.date(node.updatedAt)}</Table.Td>
        </>
      )}
    />
  );
}
