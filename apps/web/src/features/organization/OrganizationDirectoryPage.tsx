import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
  type OrganizationKind,
  type OrganizationSize,
} from '@spillover/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import {
  CountryMultiSelect,
  RegionMultiSelect,
  SectorMultiSelect,
  TechnologyMultiSelect,
} from '../../app/reference/CodeSelects';
import { OrganizationsDocument, type OrganizationFilter } from '../../generated/graphql';
import { OrganizationFacts } from './OrganizationFacts';

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
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (debounced !== filter.query) update('q', debounced);
  }, [debounced]);

  const { data, loading, error, fetchMore } = useQuery(OrganizationsDocument, {
    variables: { first: PAGE_SIZE, filter: toGraphQLFilter(filter) },
    notifyOnNetworkStatusChange: false,
  });
  const connection = data?.organizations;

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

  // Regions only make sense within the chosen countries.
  const onCountries = (countries: string[]) => {
    update('country', countries);
    const kept = filter.regions.filter((region) =>
      countries.some((country) => region.startsWith(`${country}-`)),
    );
    if (kept.length !== filter.regions.length) update('region', kept);
  };

  return (
    <Page title={t('directory.title')}>
      <form
        role="search"
        aria-label={t('directory.searchLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
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
              data={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
              value={filter.kinds}
              onChange={(values) => update('kind', values)}
              clearable
            />
            <MultiSelect
              label={t('fields.size')}
              data={ORGANIZATION_SIZES.map((value) => ({ value, label: t(`sizes.${value}`) }))}
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
                  <Anchor component={Link} to={`/organizations/${node.id}`} fw={600} size="lg">
                    {node.name}
                  </Anchor>
                  <OrganizationFacts organization={{ ...node, website: null }} />
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
