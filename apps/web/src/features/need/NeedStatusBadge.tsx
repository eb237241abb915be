import { Badge } from '@mantine/core';
import type { NeedCloseReason, NeedStatus } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

const COLORS: Record<NeedStatus, string> = { DRAFT: 'gray', OPEN: 'teal', CLOSED: 'dark' };

/** DRAFT, OPEN, or CLOSED with its reason ("Closed · solved"). */
export function NeedStatusBadge({
  status,
  closeReason,
}: {
  status: NeedStatus;
  closeReason: NeedCloseReason | null;
}) {
  const { t } = useTranslation('need');
  return (
    <Badge variant="light" color={COLORS[status]}>
      {status === 'CLOSED' && closeReason
        ? t('status.closedBecause', { reason: t(`closeReasons.${closeReason}`) })
        : t(`status.${status}`)}
    </Badge>
  );
}
