import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
  regionBelongsTo,
  type OrganizationKind,
  type OrganizationSize,
} from '@spillover/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DirectoryCard } from '../../app/lists/DirectoryCard';
import { DirectoryResults } from '../../app/lists/DirectoryResults';
import { SearchForm } from '../../app/lists/SearchForm';
import { useLoadMore } from '../../app/lists/use-load-more';
import {
  CountryMultiSelect,
  RegionMultiSelect,
  SectorMultiSelect,
  TechnologyMultiSelect,
} from '../../app/reference/CodeSelects';
import { OrganizationsDocument, type OrganizationFilter } from '../../generated/graphql';
import { OrganizationFacts } from './OrganizationFacts';
import { useOrganizationOptions } from './organization-options';

const PAGE_SIZE = 20;

/** Filter state lives in the URL, so a search can be shared, bookmarked and navigated back to. */
function useDirectoryFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => {
    const kinds = params
      .getAll('kind')
      .filter((kind): kind is OrganizationKind =>
        (ORGANIZATION_KINDS as readonly string[]).includes(kind),
      );
    const sizes = params
      .getAll('size')
      .filter((size): size is OrganizationSize =>
        (ORGANIZATION_SIZES as readonly string[]).includes(size),
      );
    return {
      query: params.get('q') ?? '',
      kinds,
      sizes,
      countries: params.getAll('country'),
      regions: params.getAll('region'),
      sectors: params.getAll('sector'),
      technologyAreas: params.getAll('tech'),
    };
  }, [params]);

  const update = (key: string, values: string | string[]) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(key);
        for (const value of Array.isArray(values) ? values : [values])
          if (value) next.append(key, value);
        return next;
      },
      { replace: true },
    );
  };
  return { filter, update, clear: () => setParams({}, { replace: true }) };
}

function toGraphQLFilter(
  filter: ReturnType<typeof useDirectoryFilter>['filter'],
): OrganizationFilter {
  const result: OrganizationFilter = {};
  if (filter.query.trim()) result.query = filter.query.trim();
  if (filter.kinds.length) result.kinds = filter.kinds;
  if (filter.sizes.length) result.sizes = filter.sizes;
  if (filter.countries.length) result.countries = filter.countries;
  if (filter.regions.length) result.regions = filter.regions;
  if (filter.sectors.length) result.sectors = filter.sectors;
  if (filter.technologyAreas.length) result.technologyAreas = filter.technologyAreas;
  return result;
}

export function OrganizationDirectoryPage() {
  const { t } = useTranslation('organization');
  const { filter, update, clear } = useDirectoryFilter();
  const [text, setText] = useState(filter.query);
  const [debounced] = useDebouncedValue(text, 300);
  const { kinds, sizes } = useOrganizationOptions();

  useEffect(() => {
    if (debounced !== filter.query) update('q', debounced);
  }, [debounced]);

  const { data, loading, error, fetchMore } = useQuery(OrganizationsDocument, {
    variables: { first: PAGE_SIZE, filter: toGraphQLFilter(filter) },
    notifyOnNetworkStatusChange: false,
  });
  const connection = data?.organizations;

  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  // Regions only make sense within the chosen countries.
  const onCountries = (countries: string[]) => {
    update('country', countries);
    const kept = filter.regions.filter((region) =>
      countries.some((country) => regionBelongsTo(region, country)),
    );
    if (kept.length !== filter.regions.length) update('region', kept);
  };

  return (
    <Page title={t('directory.title')}>
      <SearchForm label={t('directory.searchLabel')}>
        <Stack gap="sm">
          <TextInput
            label={t('directory.query')}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            placeholder={t('directory.queryPlaceholder')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <MultiSelect
              label={t('fields.kind')}
              data={kinds}
              value={filter.kinds}
              onChange={(values) => update('kind', values)}
              clearable
            />
            <MultiSelect
              label={t('fields.size')}
              data={sizes}
              value={filter.sizes}
              onChange={(values) => update('size', values)}
              clearable
            />
            <CountryMultiSelect
              label={t('fields.country')}
              value={filter.countries}
              onChange={onCountries}
            />
            <RegionMultiSelect
              label={t('fields.region')}
              countries={filter.countries}
              value={filter.regions}
              onChange={(values) => update('region', values)}
            />
            <SectorMultiSelect
              label={t('fields.sectors')}
              value={filter.sectors}
              onChange={(values) => update('sector', values)}
            />
            <TechnologyMultiSelect
              label={t('fields.technologyAreas')}
              value={filter.technologyAreas}
              onChange={(values) => update('tech', values)}
            />
          </SimpleGrid>
          <Group>
            <Button
              variant="subtle"
              onClick={() => {
                setText('');
                clear();
              }}
            >
              {t('common:actions.clear')}
            </Button>
          </Group>
        </Stack>
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
                name={node.name}
                to={`/organizations/${node.id}`}
                description={node.description}
              >
                <OrganizationFacts organization={{ ...node, website: null }} />
              </DirectoryCard>
            ))}
          </DirectoryResults>
        ) : null}
      </QueryState>
    </Page>
  );
}
