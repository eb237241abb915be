import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterestRole, InterestStatus, ListingKind } from '../../generated/graphql';
import { InterestStatusBadge } from '../interest/InterestStatusBadge';

interface InterestStateCellProps {
  needId: string;
  capabilityId: string;
  /** The latest interest between the pair's two organizations (BookmarkedMatch.interest). */
  interest: {
    id: string;
    status: InterestStatus;
    listingKind: ListingKind;
    viewerRole: InterestRole;
  } | null;
}

/**
 * The interest state of a bookmarked pair: its status, and where to act on it — the owner on
 * the listing's page (its interest board), the sender in My interests.
 */
export function InterestStateCell({ needId, capabilityId, interest }: InterestStateCellProps) {
  const { t } = useTranslation('match');
  if (!interest)
    return (
      <Text size="sm" c="dimmed">
        {t('bookmarks.noInterest')}
      </Text>
    );
  const owner = interest.viewerRole.startsWith('OWNER');
  return (
    <Stack gap={4} align="flex-start">
      <InterestStatusBadge status={interest.status} />
      {owner ? (
        <Anchor
          component={Link}
          to={
            interest.listingKind === 'NEED' ? `/needs/${needId}` : `/capabilities/${capabilityId}`
          }
          size="sm"
        >
          {t('bookmarks.ownerBoard')}
        </Anchor>
      ) : (
        <Anchor component={Link} to="/interests" size="sm">
          {t('bookmarks.myInterests')}
        </Anchor>
      )}
    </Stack>
  );
}
