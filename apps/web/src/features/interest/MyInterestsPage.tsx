import { useQuery } from '@apollo/client/react';
import { Chip, Group, Stack, Text } from '@mantine/core';
import { INTEREST_STATUSES, type InterestStatus } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { LoadMore } from '../../app/lists/LoadMore';
import { useLoadMore } from '../../app/lists/use-load-more';
import { MyInterestsDocument } from '../../generated/graphql';
import { useMatchLanguage } from '../match/use-match-language';
import { InterestActions } from './InterestActions';
import { InterestCard } from './InterestCard';
import { useInterestLive } from './use-interest-live';

/** The interests the viewer's organizations sent, with their answers; withdraw from here. */
export function MyInterestsPage() {
  const { t } = useTranslation('interest');
  const language = useMatchLanguage();
  const [statuses, setStatuses] = useState<InterestStatus[]>([]);
  const result = useQuery(MyInterestsDocument, {
    variables: { statuses: statuses.length ? statuses : null, first: 20, language },
  });
  useInterestLive(result.refetch, null);
  const connection = result.data?.myInterests;
  const next = useLoadMore(connection?.pageInfo, (after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myInterests: {
          ...fetchMoreResult.myInterests,
          edges: [...previous.myInterests.edges, ...fetchMoreResult.myInterests.edges],
        },
      }),
    }),
  );
  const refetch = () => void result.refetch();

  return (
    <Page title={t('mine.title')}>
      <Stack gap="md">
        <Text c="dimmed">{t('mine.hint')}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="my-interest-status">
            {t('board.statusFilter')}
          </Text>
          <Chip.Group
            multiple
            value={statuses}
            onChange={(value) => setStatuses(value as InterestStatus[])}
          >
            <Group gap={6} role="group" aria-labelledby="my-interest-status">
              {INTEREST_STATUSES.map((status) => (
                <Chip key={status} value={status} size="xs">
                  {t(`status.${status}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <QueryState loading={result.loading && !result.data} error={result.error}>
          {connection && connection.edges.length === 0 ? (
            <Text c="dimmed">{t('mine.empty')}</Text>
          ) : null}
          <Stack gap="sm">
            {(connection?.edges ?? []).map(({ node }) => (
              <InterestCard
                key={node.id}
                interest={node}
                perspective="sender"
                actions={<InterestActions interest={node} onChanged={refetch} />}
              />
            ))}
          </Stack>
          <LoadMore next={next} />
        </QueryState>
      </Stack>
    </Page>
  );
}
