import { Badge } from '@mantine/core';
import type { Visibility } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

/** Who may see a need or a capability, as a badge. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="dark">
      {t(`common:visibility.${visibility}`)}
    </Badge>
  );
}
