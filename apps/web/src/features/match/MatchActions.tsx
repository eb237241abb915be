import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import type { MatchDismissalValues } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  BookmarkMatchDocument,
  ClearMatchFeedbackDocument,
  DismissMatchDocument,
  type MatchPairInput,
} from '../../generated/graphql';
import { DismissMatchForm } from './DismissMatchForm';

interface MatchActionsProps {
  pair: MatchPairInput;
  /** The matched listing's title, to name the controls. */
  title: string;
  bookmarked: boolean;
  /** The match was dismissed: the list hides it and offers "Undo". */
  onDismissed: () => void;
}

/**
 * What the owner's members may do with a match on their list: bookmark it (and take the
 * bookmark back), or dismiss it with a reason that teaches the ranking.
 */
export function MatchActions({ pair, title, bookmarked, onDismissed }: MatchActionsProps) {
  const { t } = useTranslation('match');
  const [bookmark] = useMutation(BookmarkMatchDocument);
  const [clear] = useMutation(ClearMatchFeedbackDocument);
  const [dismiss] = useMutation(DismissMatchDocument);
  const { run, error, busyId } = useRowAction();
  // The list's copy is refreshed with the list; until then the answer of the last toggle counts.
  const [toggled, setToggled] = useState<boolean | null>(null);
  const isBookmarked = toggled ?? bookmarked;
  const [dismissing, setDismissing] = useState(false);

  const toggleBookmark = () =>
    run(async () => {
      if (isBookmarked) await clear({ variables: { input: pair } });
      else await bookmark({ variables: { input: pair } });
      setToggled(!isBookmarked);
    }, 'bookmark');

  const submitDismissal = async (values: MatchDismissalValues) => {
    await dismiss({
      variables: { input: { ...pair, reason: values.reason, note: values.note ?? null } },
    });
    onDismissed();
  };

  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant={isBookmarked ? 'filled' : 'default'}
          aria-pressed={isBookmarked}
          aria-label={t('actions.bookmarkOf', { title })}
          loading={busyId === 'bookmark'}
          onClick={() => void toggleBookmark()}
        >
          {/* The state is aria-pressed; the name stays the same, as a toggle's should. */}
          <span aria-hidden="true">{isBookmarked ? '★' : '☆'}&nbsp;</span>
          {t('actions.bookmark')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('actions.dismissOf', { title })}
          aria-expanded={dismissing}
          onClick={() => setDismissing((open) => !open)}
        >
          {t('actions.dismiss')}
        </Button>
      </Group>
      {dismissing ? (
        <DismissMatchForm
          title={title}
          onDismiss={submitDismissal}
          onCancel={() => setDismissing(false)}
        />
      ) : null}
    </Stack>
  );
}
