import { useQuery } from '@apollo/client/react';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationCapabilitiesDocument } from '../../generated/graphql';
import { OrganizationListingsSection } from '../listing/OrganizationListingsSection';
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
      status={(node) => <CapabilityStatusBadge status={node.status} />}
      leading={{
        columns: [t('fields.kind')],
        render: (node) => <Table.Td>{t(`kinds.${node.kind}`)}</Table.Td>,
      }}
    />
  );
}
