import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DirectoryCard } from '../../app/lists/DirectoryCard';
import { DirectoryResults } from '../../app/lists/DirectoryResults';
import { SearchForm } from '../../app/lists/SearchForm';
import { useLoadMore } from '../../app/lists/use-load-more';
import { CountrySelect } from '../../app/reference/CodeSelects';
import { useViewer } from '../../app/viewer';
import { CallsDocument, type CallFilterInput, type CallPhase } from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';
import { useCallTitle } from './call-words';

const PUBLIC_PHASES: CallPhase[] = ['OPEN', 'UPCOMING', 'CLOSED'];

/** Calls by phase (the server's clock decides), filtered by country and, from a link, by cluster. */
export function CallListPage() {
  const { t } = useTranslation('call');
  const format = useFormat();
  const title = useCallTitle();
  const clusterName = useClusterName();
  const { viewer } = useViewer();
  const [params] = useSearchParams();
  const [phase, setPhase] = useState<CallPhase>('OPEN');
  const [country, setCountry] = useState<string | null>(null);
  const manages = (viewer?.managedClusters.length ?? 0) > 0;
  const phases = manages ? [...PUBLIC_PHASES, 'DRAFT' as const] : PUBLIC_PHASES;
  const filter: CallFilterInput = { phase };
  if (country) filter.country = country;
  const cluster = params.get('cluster');
  if (cluster) filter.clusterId = cluster;
  const { data, loading, error, fetchMore } = useQuery(CallsDocument, {
    variables: { first: 20, filter },
  });
  const connection = data?.calls;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  return (
    <Page
      title={t('list.title')}
      actions={
        manages ? (
          <Button component={Link} to="/calls/new">
            {t('list.newCall')}
          </Button>
        ) : null
      }
    >
      <Text>{t('list.intro')}</Text>
      <SearchForm label={t('list.title')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div>
            <Text id="call-phase-label" size="sm" fw={500}>
              {t('list.phase')}
            </Text>
            <SegmentedControl
              aria-labelledby="call-phase-label"
              fullWidth
              value={phase}
              onChange={(value) => setPhase(value as CallPhase)}
              data={phases.map((value) => ({ value, label: t(`phases.${value}`) }))}
            />
          </div>
          <CountrySelect
            label={t('list.country')}
            value={country}
            onChange={setCountry}
            clearable
          />
        </SimpleGrid>
      </SearchForm>
      <QueryState loading={loading && !data} error={error}>
        {connection ? (
          <DirectoryResults count={t('list.count', { count: connection.totalCount })} next={next}>
            {connection.edges.map(({ node }) => (
              <DirectoryCard
                key={node.id}
                name={title(node)}
                to={`/calls/${node.id}`}
                description=""
              >
                <Group gap="xs" mt={4}>
                  <Badge variant="light">{t(`phases.${node.phase}`)}</Badge>
                  {node.fundingMode && node.funders.length > 1 ? (
                    <Badge variant="outline">{t(`modes.${node.fundingMode}`)}</Badge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {[
                    node.cluster,
                    ...node.funders.map((f) => f.cluster).filter((c) => c.id !== node.cluster.id),
                  ]
                    .map(clusterName)
                    .join(' · ')}
                </Text>
                <Text size="sm">
                  {node.phase === 'UPCOMING'
                    ? t('list.opens', { date: format.instant(node.opensAt) })
                    : t('list.closes', { date: format.instant(node.closesAt) })}
                </Text>
              </DirectoryCard>
            ))}
          </DirectoryResults>
        ) : null}
      </QueryState>
    </Page>
  );
}
