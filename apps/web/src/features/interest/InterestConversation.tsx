import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConversationThread } from '../conversation/ConversationThread';

/**
 * The two organizations' conversation about an interest (opened when it was submitted),
 * shown on demand under the interest: a real button with aria-expanded, so a keyboard opens it.
 */
export function InterestConversation({ interestId, name }: { interestId: string; name: string }) {
  const { t } = useTranslation('interest');
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="xs">
      <Button
        size="compact-sm"
        variant="subtle"
        aria-expanded={open}
        aria-label={open ? t('card.hideMessagesOf', { name }) : t('card.messagesOf', { name })}
        onClick={() => setOpen((value) => !value)}
        style={{ alignSelf: 'flex-start' }}
      >
        {open ? t('card.hideMessages') : t('card.messages')}
      </Button>
      {open ? <ConversationThread subject={{ kind: 'INTEREST', id: interestId }} /> : null}
    </Stack>
  );
}
