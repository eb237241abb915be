import { Anchor, List, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface EmptyNeedMatchesProps {
  /** What is missing: capabilities, or partners. */
  message: string;
  needId: string;
  /** The viewer may edit the need: suggest what to change, and link to the form. */
  canEdit: boolean;
}

/**
 * A need's empty match list: says that pairs below the relevance floor are left out, and
 * tells the need's owner what would widen the search.
 */
export function EmptyNeedMatches({ message, needId, canEdit }: EmptyNeedMatchesProps) {
  const { t } = useTranslation('match');
  const heading = useId();
  return (
    <Stack gap="xs">
      <Text>{message}</Text>
      <Text c="dimmed" size="sm">
        {t('list.emptyFloor')}
      </Text>
      {canEdit ? (
        <>
          <Text fw={500} id={heading}>
            {t('list.emptyWhatToDo')}
          </Text>
          <List aria-labelledby={heading} size="sm" spacing={4}>
            <List.Item>{t('list.suggestBroaden')}</List.Item>
            <List.Item>{t('list.suggestOpen')}</List.Item>
            <List.Item>{t('list.suggestPublic')}</List.Item>
          </List>
          <Anchor component={Link} to={`/needs/${needId}/edit`} size="sm">
            {t('list.suggestEdit')}
          </Anchor>
        </>
      ) : null}
    </Stack>
  );
}
