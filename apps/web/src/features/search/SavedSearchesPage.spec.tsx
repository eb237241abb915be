import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MarkSavedSearchSeenDocument,
  SavedSearchesDocument,
  SearchClusterNameDocument,
  SetSavedSearchAlertDocument,
  type SavedSearchesQuery,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { SavedSearchesPage } from './SavedSearchesPage';

const ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

function aSaved(newResults: number): SavedSearchesQuery['savedSearches'][number] {
  return {
    __typename: 'SavedSearch',
    id: ID,
    name: '수소 기술수요',
    alert: 'WEEKLY',
    createdAt: '2026-02-01T00:00:00.000Z',
    resultsSeenAt: '2026-02-01T00:00:00.000Z',
    newResults: { __typename: 'SearchResult', totalCount: newResults },
    criteria: {
      __typename: 'SearchCriteria',
      query: '수소',
      kinds: ['NEED'],
      capabilityKinds: null,
      technologyAreas: null,
      sectors: null,
      trlMin: null,
      trlMax: null,
      countries: null,
      regions: null,
      clusterIds: null,
      collaborationTypes: null,
      statuses: null,
      deadlineAfter: null,
      deadlineBefore: null,
    },
  };
}

describe('SavedSearchesPage', () => {
  it('lists saved searches with their new results, links back to the search and marks them seen', async () => {
    const user = userEvent.setup();
    const { __typename: _ignored, newResults: _new, ...seenFields } = aSaved(0);
    const markSeen = jest.fn(() => ({
      data: { markSavedSearchSeen: { ...aSaved(0), ...seenFields } },
    }));
    renderPage(<SavedSearchesPage />, {
      path: '/search/saved',
      language: 'ko',
      mocks: [
        {
          request: { query: SavedSearchesDocument },
          result: { data: { savedSearches: [aSaved(3)] } },
        },
        {
          request: { query: MarkSavedSearchSeenDocument, variables: { id: ID } },
          result: markSeen,
        },
      ],
    });

    const item = await screen.findByRole('listitem');
    expect(within(item).getByRole('link', { name: '수소 기술수요' })).toHaveAttribute(
      'href',
      '/search?q=%EC%88%98%EC%86%8C&kind=NEED',
    );
    expect(within(item).getByText('새 결과 3건')).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: '“수소 기술수요” 확인함으로 표시' }));
    await waitFor(() => expect(markSeen).toHaveBeenCalledTimes(1));
    expect(await within(item).findByText('새 결과 없음')).toBeInTheDocument();
  });

  it('shows each saved search’s filters in words and names, in Korean', async () => {
    const cluster = '3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
    const saved = aSaved(0);
    saved.criteria = {
      ...saved.criteria,
      kinds: ['NEED', 'CAPABILITY'],
      technologyAreas: ['EF05'],
      trlMin: 3,
      trlMax: 7,
      countries: ['KR', 'DE'],
      clusterIds: [cluster],
      collaborationTypes: ['LICENSE'],
      statuses: ['OPEN'],
      deadlineAfter: new Date(2027, 0, 1).toISOString(),
      deadlineBefore: new Date(2027, 2, 1).toISOString(),
    };
    renderPage(<SavedSearchesPage />, {
      path: '/search/saved',
      language: 'ko',
      mocks: [
        alwaysAnswer(SavedSearchesDocument, {}, { savedSearches: [saved] }),
        alwaysAnswer(
          SearchClusterNameDocument,
          { id: cluster },
          {
            cluster: {
              __typename: 'Cluster',
              id: cluster,
              nameEn: 'Daegu Mini-cluster',
              nameKo: '대구 미니클러스터',
            },
          },
        ),
      ],
    });
    const filters = await screen.findByLabelText('“수소 기술수요” 검색 조건');
    const read = () =>
      Object.fromEntries(
        within(filters)
          .getAllByRole('term')
          .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
      );
    await waitFor(() => expect(read()['클러스터']).toBe('대구 미니클러스터'));
    expect(read()).toEqual({
      검색어: '수소',
      '검색 대상': '기술수요 또는 보유역량',
      '기술 분야': expect.stringMatching(/수소|연료전지/),
      TRL: '3–7',
      국가: '대한민국 또는 독일',
      클러스터: '대구 미니클러스터',
      '협력 유형': expect.any(String),
      상태: '모집 중',
      '응답 마감일': '2027. 1. 1. ~ 2027. 2. 28.',
    });
  });

  it('says so when a saved search has no filter at all', async () => {
    const saved = aSaved(0);
    saved.criteria = { ...saved.criteria, query: null, kinds: null };
    renderPage(<SavedSearchesPage />, {
      path: '/search/saved',
      mocks: [alwaysAnswer(SavedSearchesDocument, {}, { savedSearches: [saved] })],
    });
    expect(
      await screen.findByText('Everything, newest first (no words, no filter)'),
    ).toBeInTheDocument();
  });

  it('changes how often the user hears of new results', async () => {
    const user = userEvent.setup();
    const { __typename: _ignored, newResults: _new, ...fields } = aSaved(0);
    const setAlert = jest.fn(() => ({
      data: { setSavedSearchAlert: { ...aSaved(0), ...fields, alert: 'DAILY' as const } },
    }));
    renderPage(<SavedSearchesPage />, {
      path: '/search/saved',
      mocks: [
        alwaysAnswer(SavedSearchesDocument, {}, { savedSearches: [aSaved(2)] }),
        {
          request: { query: SetSavedSearchAlertDocument, variables: { id: ID, alert: 'DAILY' } },
          result: setAlert,
        },
      ],
    });
    const alert = await screen.findByRole('combobox', { name: 'Alerts for “수소 기술수요”' });
    expect(alert).toHaveValue('WEEKLY');
    await user.selectOptions(alert, 'Daily');
    await waitFor(() => expect(setAlert).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(alert).toHaveValue('DAILY'));
  });
});
