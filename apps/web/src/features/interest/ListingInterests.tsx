import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import type { AnsweredListing } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/viewer';
import { InterestsForListingDocument } from '../../generated/graphql';
import { useMatchLanguage } from '../match/use-match-language';
import { ExpressInterest } from './ExpressInterest';
import { InterestActions } from './InterestActions';
import { InterestBoard } from './InterestBoard';
import { InterestCard } from './InterestCard';
import { useInterestLive } from './use-interest-live';

/**
 * A listing page's interests: the owner's members get the board; an organization that may
 * answer gets "Express interest" and, once sent, its own interest with "Withdraw". Nothing
 * for visitors who may do neither.
 */
export function ListingInterests({
  listing,
}: {
  listing: AnsweredListing & { id: string; title: string };
}) {
  const { t } = useTranslation('interest');
  const { viewer } = useViewer();
  const owner =
    viewer?.memberships.some(
      (membership) => membership.organization.id === listing.organizationId,
    ) ?? false;
  const ref = listing.kind === 'NEED' ? { needId: listing.id } : { capabilityId: listing.id };
  if (!viewer) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="interests-heading">
      <Title order={2} size="h3" id="interests-heading">
        {t('section.heading')}
      </Title>
      {owner ? (
        <>
          <Text size="sm" c="dimmed">
            {t('section.ownerHint')}
          </Text>
          <InterestBoard listing={ref} />
        </>
      ) : (
        <SenderView listing={listing} refOf={ref} />
      )}
    </Stack>
  );
}

function SenderView({
  listing,
  refOf,
}: {
  listing: AnsweredListing & { id: string; title: string };
  refOf: { needId: string } | { capabilityId: string };
}) {
  const { t } = useTranslation('interest');
  const language = useMatchLanguage();
  // For a sender the board holds its own organizations' interests only.
  const result = useQuery(InterestsForListingDocument, {
    variables: { ...refOf, first: 20, language },
  });
  useInterestLive(result.refetch, refOf);
  const mine = (result.data?.interestsForListing.edges ?? []).map((edge) => edge.node);
  const holding = mine
    .filter((interest) => ['SUBMITTED', 'SHORTLISTED', 'ACCEPTED'].includes(interest.status))
    .map((interest) => interest.senderOrganization.id);
  const refetch = () => void result.refetch();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('section.senderHint')}
      </Text>
      {mine.map((interest) => (
        <InterestCard
          key={interest.id}
          interest={interest}
          perspective="sender"
          actions={<InterestActions interest={interest} onChanged={refetch} />}
        />
      ))}
      {result.data ? (
        <ExpressInterest listing={listing} exceptOrganizationIds={holding} onSent={refetch} />
      ) : null}
    </Stack>
  );
}
