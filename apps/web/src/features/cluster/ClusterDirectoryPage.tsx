import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DirectoryCard } from '../../app/lists/DirectoryCard';
import { DirectoryResults } from '../../app/lists/DirectoryResults';
import { SearchForm } from '../../app/lists/SearchForm';
import { useLoadMore } from '../../app/lists/use-load-more';
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
  const filter: ClusterFilter = {};
  if (query.trim()) filter.query = query.trim();
  if (countries.length) filter.countries = countries;
  const { data, loading, error, fetchMore } = useQuery(ClustersDocument, {
    variables: { first: 20, filter },
  });
  const connection = data?.clusters;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  return (
    <Page title={t('directory.title')}>
      <Text>{t('directory.intro')}</Text>
      <SearchForm label={t('directory.searchLabel')}>
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
      </SearchForm>
      <QueryState loading={loading && !data} error={error}>
        {connection ? (
          <DirectoryResults
            count={t('directory.count', { count: connection.totalCount })}
            next={next}
          >
            {connection.edges.map(({ node }) => (
              <DirectoryCard
                key={node.id}
                name={clusterName(node)}
                to={`/clusters/${node.id}`}
                description={node.description}
              >
                <Text size="sm" c="dimmed">
                  {reference.placeLabel(node)} ·{' '}
                  {t('directory.members', { count: node.memberCount })}
                </Text>
              </DirectoryCard>
            ))}
          </DirectoryResults>
        ) : null}
      </QueryState>
    </Page>
  );
}
