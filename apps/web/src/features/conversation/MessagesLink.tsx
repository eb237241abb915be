import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadMessages } from './use-unread-messages';

/**
 * The header's link to the conversations, beside the notification bell. As with the bell,
 * the accessible name carries the count as a word of its own and the badge only shows it.
 */
export function MessagesLink() {
  const { t } = useTranslation('conversation');
  const unread = useUnreadMessages(true);
  const label = unread ? t('header.labelUnread', { count: unread }) : t('header.label');
  return (
    <Button
      component={Link}
      to="/conversations"
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
      <span aria-hidden>✉️</span>
    </Button>
  );
}
