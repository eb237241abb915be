import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchReasonFieldsFragment } from '../../generated/graphql';

/** The mark of a reason the owner's dismissals taught; a symbol, so it is hidden from readers. */
export const LEARNED_MARK = '✦';

/**
 * Why a match scored as it did, strongest first, one chip per reason in the language the
 * API wrote it in. Reasons learned from the owner's dismissals stand out in another colour,
 * with a mark and the words "learned from your dismissals".
 */
export function MatchReasons({
  reasons,
  title,
}: {
  reasons: readonly MatchReasonFieldsFragment[];
  /** The matched listing's title, to name the list for screen readers. */
  title: string;
}) {
  const { t } = useTranslation('match');
  if (reasons.length === 0) return null;
  return (
    <Group
      component="ul"
      gap={6}
      aria-label={t('card.reasons', { title })}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {reasons.map((reason, index) => (
        <Badge
          key={`${reason.code}-${index}`}
          component="li"
          variant="light"
          color={reason.learned ? 'grape' : 'blue'}
          tt="none"
          fw={500}
          fz="xs"
          h="auto"
          py={3}
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.35 } }}
          data-learned={reason.learned || undefined}
        >
          {reason.learned ? (
            <>
              <span aria-hidden="true">{LEARNED_MARK} </span>
              {reason.text}
              <Text span size="xs" fw={700} c="grape.9">
                {' · '}
                {t('card.learnedReason')}
              </Text>
            </>
          ) : (
            reason.text
          )}
        </Badge>
      ))}
    </Group>
  );
}
