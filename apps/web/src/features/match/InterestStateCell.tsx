import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface InterestStateCellProps {
  needId: string;
  capabilityId: string;
}

/**
 * INTEREST SLOT: the interest sent or received for this pair (SUBMITTED, SHORTLISTED,
 * ACCEPTED…). The interests feature fills it once it lands, from a field it adds to
 * BookmarkedMatch; until then the bookmarks page says "none yet".
 */
export function InterestStateCell(_props: InterestStateCellProps) {
  const { t } = useTranslation('match');
  return (
    <Text size="sm" c="dimmed">
      {t('bookmarks.noInterest')}
    </Text>
  );
}
