import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AwardStatus } from '../../generated/graphql';

const COLORS: Record<AwardStatus, string> = {
  FUNDED: 'green',
  RESERVE: 'yellow',
  REJECTED: 'gray',
};

/** 선정 / 예비 / 미선정, with "partial" when funded with less than requested. */
export function AwardStatusBadge({ status, partial }: { status: AwardStatus; partial: boolean }) {
  const { t } = useTranslation('award');
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="award-status">
      {t(`statuses.${status}`)}
      {partial ? ` (${t('partial')})` : ''}
    </Badge>
  );
}
