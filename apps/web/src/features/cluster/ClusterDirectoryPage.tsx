import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { CountryMultiSelect } from '../../app/reference/CodeSelects';
import { useReference } from '../../app/reference/reference-options';
import { ClustersDocument, type ClusterFilter } from '../../generated/graphql';
import { useClusterName } from './cluster-name';

export function ClusterDirectoryPage() {
  const { t } = useTranslation('cluster');
  const reference = useReference();
  const clusterName = useClusterName();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 300);
  const [countries, setCountries] = useState<string[]>([]);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const filter: ClusterFilter = {};
  if (query.trim()) filter.query = query.trim();
  if (countries.length) filter.countries = countries;
  const { data, loading, error, fetchMore } = useQuery(ClustersDocument, {
    variables: { first: 20, filter },
  });
  const connection = data?.clusters;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setMoreError(null);
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page title={t('directory.title')}>
      <Text>{t('directory.intro')}</Text>
      <form
        role="search"
        aria-label={t('directory.searchLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('directory.query')}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <CountryMultiSelect
            label={t('fields.country')}
            value={countries}
            onChange={setCountries}
          />
        </SimpleGrid>
      </form>
      <QueryState loading={loading && !data} error={error}>
        {connection ? (
          <Stack>
            <Text role="status" aria-live="polite">
              {t('directory.count', { count: connection.totalCount })}
            </Text>
            <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {connection.edges.map(({ node }) => (
                <Card key={node.id} withBorder component="li">
                  <Anchor component={Link} to={`/clusters/${node.id}`} fw={600} size="lg">
                    {clusterName(node)}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {[reference.regionLabel(node.region), reference.countryLabel(node.country)]
                      .filter(Boolean)
                      .join(', ')}{' '}
                    · {t('directory.members', { count: node.memberCount })}
                  </Text>
                  {node.description ? (
                    <Text size="sm" lineClamp={2} mt="xs">
                      {node.description}
                    </Text>
                  ) : null}
                </Card>
              ))}
            </Stack>
            <ErrorAlert error={moreError} />
            {connection.pageInfo.hasNextPage ? (
              <Group justify="center">
                <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                  {t('common:loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
