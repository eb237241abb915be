import { Badge } from '@mantine/core';
import type { CapabilityStatus } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

const COLORS: Record<CapabilityStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'teal',
  ARCHIVED: 'dark',
};

export function CapabilityStatusBadge({ status }: { status: CapabilityStatus }) {
  const { t } = useTranslation('capability');
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
