import { useQuery } from '@apollo/client/react';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { OrganizationNeedsDocument } from '../../generated/graphql';
import { OrganizationListingsSection } from '../listing/OrganizationListingsSection';
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

  return (
    <OrganizationListingsSection
      namespace="need"
      organizationId={organizationId}
      isMember={isMember}
      connection={data?.organization.technologyNeeds}
      loading={loading && !data}
      error={error}
      fetchAfter={(after) => fetchMore({ variables: { after } })}
      basePath="/needs"
      addLabel={t('list.post')}
      status={(node) => <NeedStatusBadge status={node.status} closeReason={node.closeReason} />}
      trailing={{
        columns: [t('fields.responseDeadline')],
        render: (node) => (
          <Table.Td>
            {node.responseDeadline ? format.dateTime(node.responseDeadline) : t('common:none')}
          </Table.Td>
        ),
      }}
    />
  );
}
