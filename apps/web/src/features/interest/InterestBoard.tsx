import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Chip,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { INTEREST_STATUSES, type InterestStatus } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/layout/QueryState';
import { LoadMore } from '../../app/lists/LoadMore';
import { useLoadMore } from '../../app/lists/use-load-more';
import {
  InterestsForListingDocument,
  type InterestFieldsFragment,
  type InterestOrder,
} from '../../generated/graphql';
import { useMatchLanguage } from '../match/use-match-language';
import { InterestActions } from './InterestActions';
import { InterestCard } from './InterestCard';
import { useInterestLive, type InterestListing } from './use-interest-live';

/** How many interests fit side by side. */
const COMPARE_MAX = 3;
/** Interests read at a time; "load more" reads the next ones, so the board holds them all. */
export const BOARD_PAGE = 50;

/**
 * The owner's board of one listing: every interest, filtered by status and ordered by date or
 * match score; two or three selected are compared side by side. Live: a new interest, or a
 * sender withdrawing, shows without reloading.
 */
export function InterestBoard({ listing }: { listing: Exclude<InterestListing, null> }) {
  const { t } = useTranslation('interest');
  const language = useMatchLanguage();
  const [statuses, setStatuses] = useState<InterestStatus[]>([]);
  const [orderBy, setOrderBy] = useState<InterestOrder>('DATE');
  const [selected, setSelected] = useState<string[]>([]);
  const result = useQuery(InterestsForListingDocument, {
    variables: {
      ...listing,
      statuses: statuses.length ? statuses : null,
      orderBy,
      first: BOARD_PAGE,
      language,
    },
  });
  useInterestLive(result.refetch, listing);
  const next = useLoadMore(result.data?.interestsForListing.pageInfo, (after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        interestsForListing: {
          ...fetchMoreResult.interestsForListing,
          edges: [
            ...previous.interestsForListing.edges,
            ...fetchMoreResult.interestsForListing.edges,
          ],
        },
      }),
    }),
  );
  const interests = (result.data?.interestsForListing.edges ?? []).map((edge) => edge.node);
  const compared = selected
    .map((id) => interests.find((interest) => interest.id === id))
    .filter((interest): interest is InterestFieldsFragment => Boolean(interest));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) =>
      on
        ? current.length < COMPARE_MAX
          ? [...current, id]
          : current
        : current.filter((other) => other !== id),
    );
  const refetch = () => void result.refetch();

  return (
    <Stack gap="sm">
      <Group gap="lg" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="interest-status-filter">
            {t('board.statusFilter')}
          </Text>
          <Chip.Group
            multiple
            value={statuses}
            onChange={(value) => setStatuses(value as InterestStatus[])}
          >
            <Group gap={6} role="group" aria-labelledby="interest-status-filter">
              {INTEREST_STATUSES.map((status) => (
                <Chip key={status} value={status} size="xs">
                  {t(`status.${status}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="interest-order">
            {t('board.order')}
          </Text>
          <SegmentedControl
            aria-labelledby="interest-order"
            size="xs"
            value={orderBy}
            onChange={(value) => setOrderBy(value as InterestOrder)}
            data={[
              { value: 'DATE', label: t('board.byDate') },
              { value: 'SCORE', label: t('board.byScore') },
            ]}
          />
        </Stack>
      </Group>
      <QueryState loading={result.loading && !result.data} error={result.error}>
        <Text size="sm" c="dimmed" role="status">
          {t('board.count', { count: result.data?.interestsForListing.totalCount ?? 0 })} ·{' '}
          {t('board.compareHint')}
        </Text>
        {compared.length >= 2 ? (
          <Stack gap="xs" component="section" aria-labelledby="interest-compare-heading">
            <Group justify="space-between">
              <Title order={3} size="h4" id="interest-compare-heading">
                {t('board.compareHeading')}
              </Title>
              <Button size="compact-sm" variant="default" onClick={() => setSelected([])}>
                {t('board.clear')}
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, md: compared.length }}>
              {compared.map((interest) => (
                // Read side by side; the actions stay on the list's cards below (one button each).
                <InterestCard
                  key={interest.id}
                  interest={interest}
                  perspective="owner"
                  idPrefix="compare"
                />
              ))}
            </SimpleGrid>
          </Stack>
        ) : null}
        {interests.length === 0 ? (
          <Text c="dimmed">{t('board.empty')}</Text>
        ) : (
          <Stack gap="sm">
            {interests.map((interest) => (
              <InterestCard
                key={interest.id}
                interest={interest}
                perspective="owner"
                select={
                  <Checkbox
                    aria-label={t('board.select', { name: interest.senderOrganization.name })}
                    checked={selected.includes(interest.id)}
                    disabled={!selected.includes(interest.id) && selected.length >= COMPARE_MAX}
                    onChange={(event) => toggle(interest.id, event.currentTarget.checked)}
                  />
                }
                actions={<InterestActions interest={interest} onChanged={refetch} />}
              />
            ))}
          </Stack>
        )}
        <LoadMore next={next} />
      </QueryState>
    </Stack>
  );
}
