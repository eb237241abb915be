import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CapabilityDocument } from '../../generated/graphql';
import { ListingPage } from '../listing/ListingPage';
import { CapabilityMatchesSection } from '../match/CapabilityMatchesSection';
import { CapabilityFacts } from './CapabilityFacts';
import { CapabilityOwnerActions } from './CapabilityOwnerActions';
import { CapabilityStatusBadge } from './CapabilityStatusBadge';

/** A capability (보유역량): what it offers, and for the owner's members what to do next. */
export function CapabilityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('capability');
  const { data, loading, error } = useQuery(CapabilityDocument, { variables: { id } });

  return (
    <ListingPage
      listing={data?.capability}
      loading={loading}
      error={error}
      genericTitle={t('page.titleGeneric')}
      parts={(capability) => ({
        kindLabel: t(`kinds.${capability.kind}`),
        statusBadge: <CapabilityStatusBadge status={capability.status} />,
        postedByLabel: t('page.offeredBy'),
        editPath: `/capabilities/${id}/edit`,
        editLabel: t('page.edit'),
        ownerActions: <CapabilityOwnerActions capability={capability} />,
        facts: <CapabilityFacts capability={capability} />,
        invitedHeading: t('fields.invitedOrganizationIds'),
        sections: <CapabilityMatchesSection capability={capability} />,
      })}
    />
  );
}
