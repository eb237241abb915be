import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from './use-unread-count';

/**
 * The header's link to the inbox. Its accessible name carries the unread count ("Notifications,
 * 3 unread"); the badge only shows it, so a screen reader does not read the number twice.
 * The name holds the shown count as a word of its own (ko "알림, 읽지 않음: 2", not "2건"), so
 * what a voice-control user sees is what they can say (WCAG 2.5.3, axe's
 * label-content-name-mismatch).
 */
export function NotificationBell() {
  const { t } = useTranslation('notification');
  const unread = useUnreadCount(true);
  const label = unread ? t('bell.labelUnread', { count: unread }) : t('bell.label');
  return (
    <Button
      component={Link}
      to="/notifications"
      variant="subtle"
      size="sm"
      aria-label={label}
      rightSection={
        unread ? (
          <Badge size="sm" circle aria-hidden>
            {unread > 99 ? '99+' : unread}
          </Badge>
        ) : null
      }
    >
      <span aria-hidden>🔔</span>
    </Button>
  );
}
