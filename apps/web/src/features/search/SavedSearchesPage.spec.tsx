import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MarkSavedSearchSeenDocument,
  SavedSearchesDocument,
  type SavedSearchesQuery,
} from '../../generated/graphql';
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
      collaborationTypes: null,
      statuses: null,
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
});
