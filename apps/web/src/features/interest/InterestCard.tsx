import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import type { InterestFieldsFragment } from '../../generated/graphql';
import { MatchReasons } from '../match/MatchReasons';
import { useMatchFormat } from '../match/match-format';
import { InterestConversation } from './InterestConversation';
import { InterestStatusBadge } from './InterestStatusBadge';

interface InterestCardProps {
  interest: InterestFieldsFragment;
  /** The owner's board names the sender; the sender's list names the listing. */
  perspective: 'owner' | 'sender';
  /** A control in the card's header (the board's "compare" checkbox). */
  select?: ReactNode;
  actions?: ReactNode;
  /** Distinguishes a second rendering of the same interest (the comparison) by its ids. */
  idPrefix?: string;
}

/** One interest: who sent it about what, its message, approach, capabilities and match reasons. */
export function InterestCard({
  interest,
  perspective,
  select,
  actions,
  idPrefix = 'interest',
}: InterestCardProps) {
  const { t } = useTranslation('interest');
  const format = useFormat();
  const match = useMatchFormat();
  const listing = interest.need ?? interest.capability;
  const href = interest.need
    ? `/needs/${interest.need.id}`
    : interest.capability
      ? `/capabilities/${interest.capability.id}`
      : null;
  const headingId = `${idPrefix}-${interest.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs">
            {select}
            <Title order={3} size="h5" id={headingId}>
              {perspective === 'owner' ? (
                t('card.from', { name: interest.senderOrganization.name })
              ) : listing && href ? (
                <Anchor component={Link} to={href}>
                  {t('card.about', { title: listing.title, name: interest.ownerOrganization.name })}
                </Anchor>
              ) : (
                t('card.hiddenListing', { name: interest.ownerOrganization.name })
              )}
            </Title>
          </Group>
          <Group gap="xs">
            {interest.matchScore !== null && interest.matchScore !== undefined ? (
              <Text size="sm" fw={600}>
                {t('card.score', { score: match.percent(interest.matchScore) })}
              </Text>
            ) : null}
            <InterestStatusBadge status={interest.status} />
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('card.sent', { date: format.date(interest.createdAt) })}
          {interest.decidedAt
            ? ` · ${t('card.decided', { date: format.date(interest.decidedAt) })}`
            : ''}
        </Text>
        <div>
          <Text size="sm" fw={600}>
            {t('card.message')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {interest.message}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('card.approach')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {interest.proposedApproach}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('card.linked')}
          </Text>
          {interest.linkedCapabilities.length ? (
            <List size="sm">
              {interest.linkedCapabilities.map((capability) => (
                <List.Item key={capability.id}>
                  <Anchor component={Link} to={`/capabilities/${capability.id}`}>
                    {capability.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('card.noLinked')}
            </Text>
          )}
        </div>
        {interest.matchReasons.length ? (
          <div>
            <Text size="sm" fw={600}>
              {t('card.reasons')}
            </Text>
            <MatchReasons
              reasons={interest.matchReasons}
              title={listing?.title ?? interest.senderOrganization.name}
            />
          </div>
        ) : null}
        {interest.declineReason ? (
          <div>
            <Text size="sm" fw={600}>
              {t('card.declineReason')}
            </Text>
            <Text size="sm">{interest.declineReason}</Text>
          </div>
        ) : null}
        {actions}
        {/* The comparison is for reading side by side; the messages stay with the list's card. */}
        {idPrefix === 'compare' ? null : (
          <InterestConversation
            interestId={interest.id}
            name={
              perspective === 'owner'
                ? interest.senderOrganization.name
                : interest.ownerOrganization.name
            }
          />
        )}
      </Stack>
    </Card>
  );
}
