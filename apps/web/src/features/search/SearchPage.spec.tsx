import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  SaveSearchDocument,
  SearchClusterChoicesDocument,
  SearchClusterNameDocument,
  SearchDocument,
  type SearchHitFieldsFragment,
  type SearchQuery,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { SEARCH_PAGE_SIZE, SearchPage } from './SearchPage';

const NEED_ID = '7e3a1c5b-2d4f-4a6b-8c9d-0e1f2a3b4c5d';
const DAEGU = '3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const GUMI = '4a2b3c4d-5e6f-4a7b-8c9d-1e2f3a4b5c6d';

const aCluster = (id: string, nameEn: string, nameKo: string) => ({
  __typename: 'Cluster' as const,
  id,
  nameEn,
  nameKo,
});
const clusterChoices = alwaysAnswer(
  SearchClusterChoicesDocument,
  { query: null },
  {
    clusters: {
      __typename: 'ClusterConnection',
      edges: [
        {
          __typename: 'ClusterEdge',
          node: aCluster(DAEGU, 'Daegu Mini-cluster', '대구 미니클러스터'),
        },
        {
          __typename: 'ClusterEdge',
          node: aCluster(GUMI, 'Gumi Display Cluster', '구미 디스플레이 클러스터'),
        },
      ],
    },
  },
);

const facet = (value: string, count: number) => ({
  __typename: 'FacetCount' as const,
  value,
  count,
});

function aHit(overrides: Partial<SearchHitFieldsFragment> = {}): SearchHitFieldsFragment {
  return {
    __typename: 'SearchHit',
    id: NEED_ID,
    kind: 'NEED',
    title: '수소 연료전지 스택 냉각',
    status: 'OPEN',
    capabilityKind: null,
    country: 'KR',
    region: 'KR-27',
    deadline: '2099-12-31T09:00:00.000Z',
    listedAt: '2026-01-10T00:00:00.000Z',
    trlMin: 4,
    trlMax: 7,
    technologyAreas: ['EF05'],
    organizationName: 'Seongseo Precision',
    snippet: {
      __typename: 'SearchSnippet',
      field: 'publicSummary',
      text: '차량용 수소 연료전지의 열 관리',
      highlights: [{ __typename: 'TextRange', start: 4, end: 6 }],
    },
    ...overrides,
  };
}

/** A search's answer: with the total and the facets, or (browsing) without them. */
function aResult(hits: SearchHitFieldsFragment[], withCounts = true): SearchQuery {
  const result: SearchQuery = {
    search: {
      __typename: 'SearchResult',
      totalCount: 12,
      similarSpellings: false,
      pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c1' },
      edges: hits.map((node) => ({ __typename: 'SearchHitEdge', cursor: `c:${node.id}`, node })),
      facets: {
        __typename: 'SearchFacets',
        kinds: [facet('NEED', 7), facet('CAPABILITY', 5)],
        capabilityKinds: [facet('EQUIPMENT', 3)],
        technologyAreas: [facet('EF', 9)],
        countries: [facet('KR', 11)],
        statuses: [facet('OPEN', 7), facet('PUBLISHED', 5)],
      },
    },
  };
  if (!withCounts) {
    delete result.search.totalCount;
    delete result.search.facets;
  }
  return result;
}

/** Words or a filter: the page asks for the total and the facets. */
const searchAnswer = (filter: Record<string, unknown>, hits = [aHit()]): MockLink.MockedResponse =>
  alwaysAnswer(
    SearchDocument,
    { filter: { ...filter, first: SEARCH_PAGE_SIZE }, withCounts: true },
    aResult(hits),
  );

/** No words, no filter: the page browses the newest, and asks for no counts. */
const browseAnswer = (hits = [aHit()]): MockLink.MockedResponse =>
  alwaysAnswer(
    SearchDocument,
    { filter: { first: SEARCH_PAGE_SIZE }, withCounts: false },
    aResult(hits, false),
  );

describe('SearchPage', () => {
  it('browses the newest first without asking for counts when there are no words and no filter', async () => {
    const browse = jest.fn(() => ({ data: aResult([aHit()], false) }));
    renderPage(<SearchPage />, {
      path: '/search',
      url: '/search',
      mocks: [
        viewerMock(null),
        {
          // Only these variables are answered: asking for counts would fail the page.
          request: {
            query: SearchDocument,
            variables: { filter: { first: SEARCH_PAGE_SIZE }, withCounts: false },
          },
          result: browse,
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { name: 'Newest needs, capabilities and organizations' }),
    ).toBeInTheDocument();
    const results = screen.getByRole('region', { name: 'Results' });
    expect(
      await within(results).findByRole('heading', { name: '수소 연료전지 스택 냉각' }),
    ).toBeInTheDocument();
    expect(browse).toHaveBeenCalled();
    expect(within(results).getByRole('status')).toHaveTextContent(/^$/);
    // No counts anywhere: a hint where the facets go, plain options beside the filters.
    const facets = screen.getByRole('region', { name: 'Results by' });
    expect(facets).toHaveTextContent(
      'Type words or choose a filter to see how many results each technology area and country has.',
    );
    expect(within(facets).queryByRole('group')).not.toBeInTheDocument();
    const kinds = screen.getByRole('group', { name: 'What to find' });
    expect(within(kinds).getByRole('checkbox', { name: 'Technology need' })).not.toBeChecked();
  });

  it('asks for counts once words are typed, in Korean', async () => {
    const user = userEvent.setup();
    renderPage(<SearchPage />, {
      path: '/search',
      url: '/search',
      language: 'ko',
      mocks: [viewerMock(null), browseAnswer(), searchAnswer({ query: '수소' })],
    });

    expect(
      await screen.findByRole('heading', { name: '최신 기술수요·보유역량·기관' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '검색어를 입력하거나 조건을 고르면 기술 분야별·국가별 결과 수를 볼 수 있습니다.',
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '검색어' }), '수소');
    // After the typing pauses (300 ms) and the page renders again: slow under jsdom.
    expect(await screen.findByText('검색 결과 12건', {}, { timeout: 5000 })).toHaveAttribute(
      'role',
      'status',
    );
    expect(
      screen.queryByRole('heading', { name: '최신 기술수요·보유역량·기관' }),
    ).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: '국가' })).getByRole('button', {
        name: '대한민국 (11)',
      }),
    ).toBeInTheDocument();
  });

  it('shows the facet counts beside the filters and announces the result count', async () => {
    renderPage(<SearchPage />, {
      path: '/search',
      url: '/search?kind=NEED',
      mocks: [viewerMock(null), searchAnswer({ kinds: ['NEED'] })],
    });

    expect(await screen.findByRole('status')).toHaveTextContent('12 results');
    const kinds = screen.getByRole('group', { name: 'What to find' });
    expect(within(kinds).getByRole('checkbox', { name: 'Technology need (7)' })).toBeChecked();
    expect(within(kinds).getByRole('checkbox', { name: 'Organization (0)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Equipment (3)' })).toBeInTheDocument();
    const areas = screen.getByRole('group', { name: 'Technology area' });
    expect(within(areas).getByRole('button', { name: /^\D+ \(9\)$/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(
      within(screen.getByRole('group', { name: 'Country' })).getByRole('button', {
        name: 'South Korea (11)',
      }),
    ).toBeInTheDocument();
  });

  it('renders the highlighted part of a snippet as <mark>, in Korean, with a link to the need', async () => {
    renderPage(<SearchPage />, {
      path: '/search',
      url: '/search?q=%EC%88%98%EC%86%8C',
      language: 'ko',
      mocks: [viewerMock(null), searchAnswer({ query: '수소' })],
    });

    const results = await screen.findByRole('list');
    const item = within(results).getByRole('listitem');
    expect(
      within(item).getByRole('heading', { name: '수소 연료전지 스택 냉각' }),
    ).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: '수소 연료전지 스택 냉각' })).toHaveAttribute(
      'href',
      `/needs/${NEED_ID}`,
    );
    expect(within(item).getByText('기술수요')).toBeInTheDocument();
    const marks = item.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent(/^수소$/);
    expect(marks[0]?.parentElement).toHaveTextContent('차량용 수소 연료전지의 열 관리');
    expect(screen.getByRole('status')).toHaveTextContent('검색 결과 12건');
  });

  it('puts the results before the filters, in reading order', async () => {
    renderPage(<SearchPage />, {
      path: '/search',
      url: '/search?kind=NEED',
      mocks: [viewerMock(null), searchAnswer({ kinds: ['NEED'] }), clusterChoices],
    });
    const results = screen.getByRole('region', { name: 'Results' });
    await within(results).findByRole('heading', { name: '수소 연료전지 스택 냉각' });
    const filters = screen.getByRole('search', { name: 'Filters' });
    const facets = screen.getByRole('region', { name: 'Results by' });
    for (const after of [filters, facets])
      expect(
        results.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    // The words come first, and a link leads past the results to the filters.
    expect(
      screen.getByRole('searchbox', { name: 'Words' }).compareDocumentPosition(results) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(results).getByRole('link', { name: 'Go to filters' })).toHaveAttribute(
      'href',
      '#search-filters',
    );
  });

  it('filters by cluster (chosen by name) and by a range of deadline days, and keeps both in the URL', async () => {
    const user = userEvent.setup();
    const from = new Date(2027, 0, 1).toISOString();
    const dayAfterTo = new Date(2027, 2, 1).toISOString();
    const byCluster = jest.fn(() => ({ data: aResult([aHit()]) }));
    const byDeadline = jest.fn(() => ({ data: aResult([aHit()]) }));
    const { router } = renderPage(<SearchPage />, {
      path: '/search',
      url: '/search?q=hydrogen',
      mocks: [
        viewerMock(null),
        clusterChoices,
        searchAnswer({ query: 'hydrogen' }),
        {
          request: {
            query: SearchDocument,
            variables: {
              filter: { query: 'hydrogen', clusterIds: [DAEGU], first: SEARCH_PAGE_SIZE },
              withCounts: true,
            },
          },
          result: byCluster,
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: {
            query: SearchDocument,
            variables: {
              filter: {
                query: 'hydrogen',
                clusterIds: [DAEGU],
                deadlineAfter: from,
                deadlineBefore: dayAfterTo,
                first: SEARCH_PAGE_SIZE,
              },
              withCounts: true,
            },
          },
          result: byDeadline,
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });

    const clusters = await screen.findByRole('textbox', { name: 'Clusters' });
    await user.click(clusters);
    await user.click(await screen.findByRole('option', { name: 'Daegu Mini-cluster' }));
    await waitFor(() => expect(byCluster).toHaveBeenCalled());
    expect(router.state.location.search).toBe(`?q=hydrogen&cluster=${DAEGU}`);

    fireEvent.change(screen.getByLabelText('Deadline from'), { target: { value: '2027-01-01' } });
    fireEvent.change(screen.getByLabelText('Deadline until'), { target: { value: '2027-02-28' } });
    await waitFor(() => expect(byDeadline).toHaveBeenCalled());
    expect(new URLSearchParams(router.state.location.search).get('deadlineTo')).toBe('2027-02-28');
  });

  it('names a cluster known only by its id in the URL, and points out a deadline range upside down', async () => {
    renderPage(<SearchPage />, {
      path: '/search',
      url: `/search?cluster=${GUMI}&deadlineFrom=2027-03-01&deadlineTo=2027-01-31`,
      language: 'ko',
      mocks: [
        viewerMock(null),
        alwaysAnswer(
          SearchClusterChoicesDocument,
          { query: null },
          {
            clusters: { __typename: 'ClusterConnection', edges: [] },
          },
        ),
        alwaysAnswer(
          SearchClusterNameDocument,
          { id: GUMI },
          {
            cluster: aCluster(GUMI, 'Gumi Display Cluster', '구미 디스플레이 클러스터'),
          },
        ),
      ],
    });
    expect(await screen.findByText('구미 디스플레이 클러스터')).toBeInTheDocument();
    const to = screen.getByLabelText('마감일 끝');
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
  });

  it('saves the search with the filters on screen, a name and an alert', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({
      data: {
        saveSearch: {
          __typename: 'SavedSearch' as const,
          id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
          name: 'Hydrogen needs',
          alert: 'DAILY' as const,
          createdAt: '2026-02-01T00:00:00.000Z',
          resultsSeenAt: '2026-02-01T00:00:00.000Z',
          criteria: {
            __typename: 'SearchCriteria' as const,
            query: 'hydrogen',
            kinds: ['NEED' as const],
            capabilityKinds: null,
            technologyAreas: null,
            sectors: null,
            trlMin: 3,
            trlMax: null,
            countries: null,
            regions: null,
            collaborationTypes: null,
            statuses: null,
          },
        },
      },
    }));
    const filter = { query: 'hydrogen', kinds: ['NEED'], trlMin: 3 };
    renderPage(<SearchPage />, {
      path: '/search',
      url: '/search?q=hydrogen&kind=NEED&trlMin=3',
      mocks: [
        viewerMock(aViewer()),
        searchAnswer(filter),
        {
          request: {
            query: SaveSearchDocument,
            variables: { input: { name: 'Hydrogen needs', alert: 'DAILY', filter } },
          },
          result: save,
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Save this search' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this search' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Hydrogen needs');
    await user.click(within(dialog).getByRole('radio', { name: 'Daily' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('refuses to save a search without a name, by the domain rule', async () => {
    const user = userEvent.setup();
    renderPage(<SearchPage />, {
      path: '/search',
      url: '/search',
      mocks: [viewerMock(aViewer()), browseAnswer()],
    });

    await user.click(await screen.findByRole('button', { name: 'Save this search' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this search' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Name the saved search/)).toBeInTheDocument();
  });
});
