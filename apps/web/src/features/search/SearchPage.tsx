import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { LoadMore } from '../../app/lists/LoadMore';
import { SearchForm } from '../../app/lists/SearchForm';
import { useLoadMore } from '../../app/lists/use-load-more';
import { useReference } from '../../app/reference/reference-options';
import { useViewer } from '../../app/viewer';
import { SearchDocument } from '../../generated/graphql';
import { FacetButtons } from './FacetButtons';
import { SaveSearchButton } from './SaveSearchButton';
import { SearchFilters, useFilterProblems } from './SearchFilters';
import { SearchHitCard } from './SearchHitCard';
import { searchesFor, toCriteria } from './search-params';
import { useSearchFilter } from './use-search-filter';

export const SEARCH_PAGE_SIZE = 20;

/** Where the filters start (a link from the results jumps there). */
const FILTERS_ID = 'search-filters';

/**
 * One search over needs, capabilities and organizations, with counts by facet. With no words
 * and no filter it browses the newest items, and asks for no counts: those would count and
 * facet everything there is.
 */
export function SearchPage() {
  const { t } = useTranslation('search');
  const { viewer } = useViewer();
  const location = useLocation();
  const reference = useReference();
  const { filter, update, clear } = useSearchFilter();
  const [text, setText] = useState(filter.query);
  const [debounced] = useDebouncedValue(text, 300);

  useEffect(() => {
    if (debounced !== filter.query) update('query', debounced);
  }, [debounced]);

  const criteria = useMemo(() => toCriteria(filter), [filter]);
  const problems = useFilterProblems(filter);
  const valid = Object.keys(problems).length === 0;
  const withCounts = searchesFor(criteria);

  const { data, previousData, loading, error, fetchMore } = useQuery(SearchDocument, {
    variables: { filter: { ...criteria, first: SEARCH_PAGE_SIZE }, withCounts },
    // A range upside down is pointed out at the field, not sent to be refused.
    skip: !valid,
  });
  // While new filters load, the last results and counts stay on screen.
  const result = (data ?? previousData)?.search;
  // Browsing shows no counts, not even the last search's while the newest load.
  const facets = withCounts ? result?.facets : undefined;
  const totalCount = withCounts ? result?.totalCount : undefined;
  const next = useLoadMore(result?.pageInfo, (after) =>
    fetchMore({
      variables: { filter: { ...criteria, first: SEARCH_PAGE_SIZE, after }, withCounts },
    }),
  );

  const toggle = (key: 'technologyAreas' | 'countries', value: string) => {
    const current = filter[key];
    update(
      key,
      current.includes(value) ? current.filter((item) => item !== value) : [...current, value],
    );
  };

  return (
    <Page
      title={t('page.title')}
      actions={
        viewer ? (
          <Group>
            <Anchor component={Link} to="/search/saved">
              {t('saved.title')}
            </Anchor>
            <SaveSearchButton criteria={criteria} />
          </Group>
        ) : (
          <Anchor
            component={Link}
            to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
          >
            {t('save.signIn')}
          </Anchor>
        )
      }
    >
      <Text c="dimmed">{t('page.intro')}</Text>
      <SearchForm label={t('page.formLabel')}>
        <TextInput
          label={t('page.query')}
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          placeholder={t('page.queryPlaceholder')}
        />
      </SearchForm>
      {/* Results first (in reading order and on screen); filters and counts beside them. */}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack component="section" aria-label={t('page.resultsLabel')}>
            {withCounts ? null : (
              <Title order={2} size="h4">
                {t('page.newest')}
              </Title>
            )}
            <Group justify="space-between" wrap="wrap">
              <Text role="status" aria-live="polite">
                {totalCount === undefined ? '' : t('page.count', { count: totalCount })}
              </Text>
              <Anchor href={`#${FILTERS_ID}`} size="sm">
                {t('page.toFilters')}
              </Anchor>
            </Group>
            <QueryState loading={loading && !result} error={error}>
              {result ? (
                <>
                  {result.similarSpellings ? <Text>{t('page.similarSpellings')}</Text> : null}
                  {result.edges.length === 0 ? <Text c="dimmed">{t('page.empty')}</Text> : null}
                  <Stack
                    component="ul"
                    gap="sm"
                    style={{ listStyle: 'none', padding: 0, margin: 0 }}
                  >
                    {result.edges.map(({ node }) => (
                      <SearchHitCard key={`${node.kind}:${node.id}`} hit={node} />
                    ))}
                  </Stack>
                  <LoadMore next={next} />
                </>
              ) : null}
            </QueryState>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Stack gap="lg" id={FILTERS_ID} tabIndex={-1}>
            {facets || !withCounts ? (
              <Stack component="section" aria-labelledby="facets-heading" gap="md">
                <Title order={2} size="h4" id="facets-heading">
                  {t('facets.title')}
                </Title>
                {facets ? (
                  <>
                    <FacetButtons
                      label={t('facets.technologyAreas')}
                      counts={facets.technologyAreas}
                      labelOf={reference.technologyLabel}
                      selected={filter.technologyAreas}
                      onToggle={(value) => toggle('technologyAreas', value)}
                    />
                    <FacetButtons
                      label={t('facets.countries')}
                      counts={facets.countries}
                      labelOf={reference.countryLabel}
                      selected={filter.countries}
                      onToggle={(value) => toggle('countries', value)}
                    />
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('facets.browseHint')}
                  </Text>
                )}
              </Stack>
            ) : null}
            <SearchForm label={t('page.filtersLabel')}>
              <Stack gap="md">
                <Title order={2} size="h4">
                  {t('page.filters')}
                </Title>
                <SearchFilters
                  filter={filter}
                  facets={facets}
                  update={update}
                  problems={problems}
                />
                <Group>
                  <Button
                    variant="subtle"
                    onClick={() => {
                      setText('');
                      clear();
                    }}
                  >
                    {t('page.clear')}
                  </Button>
                </Group>
              </Stack>
            </SearchForm>
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
