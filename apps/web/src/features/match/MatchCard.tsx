import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  MatchComponentFieldsFragment,
  MatchReasonFieldsFragment,
} from '../../generated/graphql';
import { useMatchFormat } from './match-format';
import { LEARNED_MARK, MatchReasons } from './MatchReasons';
import { ScoreBreakdown } from './ScoreBreakdown';

export interface MatchCardProps {
  /** The matched listing (or organization) and where its page is. */
  title: string;
  href: string;
  /** Who offers or posted it, a deadline…: one line under the title. */
  meta?: ReactNode;
  score: number;
  learned: boolean;
  reasons: readonly MatchReasonFieldsFragment[];
  components: readonly MatchComponentFieldsFragment[];
  /** The owner's controls (bookmark, dismiss), when the viewer may use them. */
  actions?: ReactNode;
  /** Moves the focus to the title when shown, e.g. after an "Undo" brought the card back. */
  focusTitle?: boolean;
}

/**
 * One suggested match: its title (a link to it), the score as a percentage, the reasons as
 * chips, the score's breakdown on demand, and the owner's actions.
 */
export function MatchCard({
  title,
  href,
  meta,
  score,
  learned,
  reasons,
  components,
  actions,
  focusTitle = false,
}: MatchCardProps) {
  const { t } = useTranslation('match');
  const format = useMatchFormat();
  const [breakdownOpen, setBreakdownOpen] = useState(false);
  const breakdownId = useId();
  const titleRef = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);

  return (
    <Card withBorder component="li" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h4">
              <Anchor component={Link} to={href} ref={titleRef}>
                {title}
              </Anchor>
            </Title>
            {meta ? (
              <Text size="sm" c="dimmed">
                {meta}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
            <Badge size="lg" variant="filled" tt="none">
              {t('card.score', { score: format.percent(score) })}
            </Badge>
            {learned ? (
              <Text size="xs" c="grape.9" fw={600}>
                <span aria-hidden="true">{LEARNED_MARK} </span>
                {t('card.learnedMatch')}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <MatchReasons reasons={reasons} title={title} />
        <Group gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={t(breakdownOpen ? 'card.hideBreakdownOf' : 'card.showBreakdownOf', {
              title,
            })}
            aria-expanded={breakdownOpen}
            aria-controls={breakdownOpen ? breakdownId : undefined}
            onClick={() => setBreakdownOpen((open) => !open)}
          >
            {breakdownOpen ? t('card.hideBreakdown') : t('card.showBreakdown')}
          </Button>
        </Group>
        {breakdownOpen ? (
          <ScoreBreakdown id={breakdownId} title={title} score={score} components={components} />
        ) : null}
        {actions}
      </Stack>
    </Card>
  );
}
