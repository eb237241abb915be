import { useQuery } from '@apollo/client/react';
import { Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TechnologyNeedDocument } from '../../generated/graphql';
import { ListingPage } from '../listing/ListingPage';
import { NeedMatchesSection } from '../match/NeedMatchesSection';
import { ConfidentialSection } from './ConfidentialSection';
import { NdaTermsPanel } from './NdaTermsPanel';
import { NeedFacts } from './NeedFacts';
import { NeedOwnerActions } from './NeedOwnerActions';
import { NeedStatusBadge } from './NeedStatusBadge';

/**
 * A technology need (기술수요): the public part for everyone who may see it, the confidential
 * part behind the NDA, and for the owner's members the actions and the NDA record.
 */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('need');
  const { data, loading, error } = useQuery(TechnologyNeedDocument, { variables: { id } });

  return (
    <ListingPage
      listing={data?.technologyNeed}
      loading={loading}
      error={error}
      genericTitle={t('page.titleGeneric')}
      parts={(need) => ({
        kindLabel: t('page.kind'),
        statusBadge: <NeedStatusBadge status={need.status} closeReason={need.closeReason} />,
        postedByLabel: t('page.postedBy'),
        editPath: need.status !== 'CLOSED' ? `/needs/${id}/edit` : null,
        editLabel: t('page.edit'),
        ownerActions: <NeedOwnerActions need={need} />,
        facts: <NeedFacts need={need} />,
        invitedHeading: t('fields.invitedOrganizationIds'),
        noInvitedLabel: t('page.noInvited'),
        sections: (
          <>
            <ConfidentialSection need={need} />
            <Divider />
            <NeedMatchesSection need={need} />
            {need.viewerCanEdit ? (
              <>
                <Divider />
                <NdaTermsPanel need={need} />
              </>
            ) : null}
          </>
        ),
      })}
    />
  );
}
