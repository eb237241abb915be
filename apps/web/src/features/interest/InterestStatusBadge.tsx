import { Badge } from '@mantine/core';
import type { InterestStatus } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

const COLORS: Record<InterestStatus, string> = {
  SUBMITTED: 'blue',
  SHORTLISTED: 'indigo',
  ACCEPTED: 'teal',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
};

export function InterestStatusBadge({ status }: { status: InterestStatus }) {
  const { t } = useTranslation('interest');
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
