import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BookmarkMatchDocument,
  ClearMatchFeedbackDocument,
  DismissMatchDocument,
  MatchesForNeedDocument,
  MatchesRefreshedDocument,
  type CapabilityMatchFieldsFragment,
  type MatchesForNeedQuery,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { CapabilityMatchList } from './CapabilityMatchList';

const NEED_ID = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const CAPABILITY_ID = '8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d';
const INSTITUTE_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
const TITLE = 'PEM fuel cell stack testing';

function aMatch(
  overrides: Partial<CapabilityMatchFieldsFragment> = {},
): CapabilityMatchFieldsFragment {
  return {
    __typename: 'CapabilityMatch',
    score: 0.8734,
    learned: true,
    bookmarked: false,
    components: [
      { name: 'technology' as const, weight: 0.3, value: 1, contribution: 0.3, learned: false },
      { name: 'text' as const, weight: 0.2, value: 0.62, contribution: 0.124, learned: false },
      { name: 'trl' as const, weight: 0.15, value: 0.8, contribution: 0.12, learned: true },
    ].map((component) => ({ __typename: 'MatchComponent' as const, ...component })),
    reasons: [
      {
        code: 'SHARED_TECHNOLOGY' as const,
        component: 'technology' as const,
        text: 'Shares 1 technology area: Hydrogen and fuel cells',
        learned: false,
      },
      {
        code: 'LEARNED_TRL' as const,
        component: 'trl' as const,
        text: "Readiness you marked 'too early' before ranks lower",
        learned: true,
      },
    ].map((reason) => ({ __typename: 'MatchReason' as const, ...reason })),
    capability: {
      __typename: 'Capability',
      id: CAPABILITY_ID,
      title: TITLE,
      kind: 'FACILITY',
      trl: 6,
      organization: {
        __typename: 'Organization',
        id: INSTITUTE_ID,
        name: 'Fraunhofer IPA',
        kind: 'RESEARCH_INSTITUTE',
      },
    },
    ...overrides,
  };
}

function page(
  nodes: CapabilityMatchFieldsFragment[],
  refresh: { refreshedAt: string | null; refreshPending: boolean } = {
    refreshedAt: '2026-02-01T10:00:00.000Z',
    refreshPending: false,
  },
): MatchesForNeedQuery {
  return {
    matchesForNeed: {
      __typename: 'CapabilityMatchConnection',
      ...refresh,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node, index) => ({
        __typename: 'CapabilityMatchEdge',
        cursor: `cursor-${index}`,
        node,
      })),
    },
  };
}

const matches = (data: MatchesForNeedQuery, language: 'en' | 'ko' = 'en') =>
  alwaysAnswer(MatchesForNeedDocument, { needId: NEED_ID, language }, data);

const PAIR = { needId: NEED_ID, capabilityId: CAPABILITY_ID, side: 'NEED_OWNER' as const };

function renderList(
  mocks: MockLink.MockedResponse[],
  { canAct = false, language = 'en' }: { canAct?: boolean; language?: 'en' | 'ko' } = {},
) {
  return renderPage(<CapabilityMatchList needId={NEED_ID} canAct={canAct} />, {
    mocks,
    language,
  });
}

describe('CapabilityMatchList, a match card', () => {
  it('shows the title as a link, the score as a percentage and the reasons as chips, learned ones marked', async () => {
    renderList([matches(page([aMatch()]))]);

    const link = await screen.findByRole('link', { name: TITLE });
    expect(link).toHaveAttribute('href', `/capabilities/${CAPABILITY_ID}`);
    expect(screen.getByText('87% match')).toBeInTheDocument();
    expect(screen.getByText('Facility · Offered by Fraunhofer IPA · TRL 6')).toBeInTheDocument();

    const chips = within(screen.getByRole('list', { name: `Why “${TITLE}” matches` })).getAllByRole(
      'listitem',
    );
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Shares 1 technology area: Hydrogen and fuel cells',
      "✦ Readiness you marked 'too early' before ranks lower · learned from your dismissals",
    ]);
    expect(chips[0]).not.toHaveAttribute('data-learned');
    expect(chips[1]).toHaveAttribute('data-learned', 'true');
    expect(screen.getByText('Ranked with what your dismissals taught')).toBeInTheDocument();
    // Not the owner: nothing to bookmark or dismiss.
    expect(screen.queryByRole('button', { name: /^Bookmark/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Dismiss/ })).toBeNull();
  });

  it('opens and closes the score breakdown: weight, fit and contribution of each part', async () => {
    const user = userEvent.setup();
    renderList([matches(page([aMatch()]))]);

    const toggle = await screen.findByRole('button', {
      name: `Show score breakdown of “${TITLE}”`,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(`Hide score breakdown of “${TITLE}”`);
    const table = screen.getByRole('table', { name: /How the score of “PEM fuel cell/ });
    const controlled = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(controlled).toContainElement(table);
    const technology = within(table).getByRole('row', { name: /^Technology areas/ });
    expect(
      within(technology)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['30%', '100%', '30%']);
    expect(
      within(table).getByRole('progressbar', { name: 'Fit of Words in common' }),
    ).toHaveAttribute('aria-valuenow', '62');
    expect(within(table).getByRole('row', { name: /^Readiness \(TRL\)/ })).toHaveTextContent(
      'adjusted by your dismissals',
    );
    expect(within(table).getByRole('row', { name: /^Score/ })).toHaveTextContent('87%');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('asks for a note with "Other" and does not dismiss without one; then hides the card and offers Undo', async () => {
    const user = userEvent.setup();
    const dismiss = jest.fn(() => ({
      data: {
        dismissMatch: {
          __typename: 'MatchFeedback' as const,
          ...PAIR,
          action: 'DISMISS',
          reason: 'OTHER' as const,
        },
      },
    }));
    const clear = jest.fn(() => ({ data: { clearMatchFeedback: true } }));
    renderList(
      [
        matches(page([aMatch()])),
        {
          request: {
            query: DismissMatchDocument,
            variables: {
              input: { ...PAIR, reason: 'OTHER', note: 'We only test stacks below 5 kW.' },
            },
          },
          result: dismiss,
        },
        {
          request: { query: ClearMatchFeedbackDocument, variables: { input: PAIR } },
          result: clear,
        },
      ],
      { canAct: true },
    );

    await user.click(await screen.findByRole('button', { name: `Dismiss “${TITLE}”` }));
    const form = screen.getByRole('form', { name: `Why “${TITLE}” does not fit` });
    expect(within(form).queryByRole('textbox', { name: /Note/ })).toBeNull();

    // No reason at all.
    await user.click(within(form).getByRole('button', { name: 'Dismiss match' }));
    expect(await within(form).findByText('Choose why the match does not fit.')).toBeInTheDocument();

    // "Other" without a note: the domain's rule, live, and nothing is sent.
    await user.click(within(form).getByRole('radio', { name: 'Other' }));
    const note = within(form).getByRole('textbox', { name: /^Note/ });
    await user.click(within(form).getByRole('button', { name: 'Dismiss match' }));
    expect(
      await within(form).findByText(
        'Say in a few words why the match does not fit: a note is needed with “Other”.',
      ),
    ).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(dismiss).not.toHaveBeenCalled();

    await user.type(note, 'We only test stacks below 5 kW.');
    await waitFor(() => expect(note).not.toHaveAttribute('aria-invalid', 'true'));
    await user.click(within(form).getByRole('button', { name: 'Dismiss match' }));
    await waitFor(() => expect(dismiss).toHaveBeenCalledTimes(1));

    // The card is gone; the way back has the focus.
    await waitFor(() => expect(screen.queryByRole('link', { name: TITLE })).toBeNull());
    expect(
      screen.getByText(`“${TITLE}” was dismissed: it is no longer suggested.`),
    ).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: `Undo: show “${TITLE}” again` });
    await waitFor(() => expect(undo).toHaveFocus());

    await user.click(undo);
    await waitFor(() => expect(clear).toHaveBeenCalledTimes(1));
    const link = await screen.findByRole('link', { name: TITLE });
    await waitFor(() => expect(link).toHaveFocus());
    expect(screen.queryByText(/was dismissed/)).toBeNull();
  });

  it('bookmarks a match and takes the bookmark back', async () => {
    const user = userEvent.setup();
    const bookmark = jest.fn(() => ({
      data: {
        bookmarkMatch: { __typename: 'MatchFeedback' as const, ...PAIR, action: 'BOOKMARK' },
      },
    }));
    const clear = jest.fn(() => ({ data: { clearMatchFeedback: true } }));
    renderList(
      [
        matches(page([aMatch()])),
        { request: { query: BookmarkMatchDocument, variables: { input: PAIR } }, result: bookmark },
        {
          request: { query: ClearMatchFeedbackDocument, variables: { input: PAIR } },
          result: clear,
        },
      ],
      { canAct: true },
    );

    const toggle = await screen.findByRole('button', { name: `Bookmark “${TITLE}”` });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(bookmark).toHaveBeenCalledTimes(1);
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'false'));
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('says "Updating matches…" and reads the list again as soon as the API says the refresh is done', async () => {
    const first = {
      request: { query: MatchesForNeedDocument, variables: { needId: NEED_ID, language: 'en' } },
      result: { data: page([], { refreshedAt: null, refreshPending: true }) },
    };
    const refreshed = {
      request: { query: MatchesRefreshedDocument, variables: { needId: NEED_ID } },
      result: {
        data: {
          matchesRefreshed: {
            __typename: 'MatchesRefreshed' as const,
            listingKind: 'NEED' as const,
            listingId: NEED_ID,
          },
        },
      },
      delay: 100,
    };
    renderList([first, refreshed, matches(page([aMatch()]))]);

    expect(await screen.findByText('Updating matches…')).toBeInTheDocument();
    // Well before the first poll (3 s) would have asked.
    expect(await screen.findByRole('link', { name: TITLE }, { timeout: 1500 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Updating matches…')).toBeNull());
  });

  it('says "Updating matches…" and polls while the first refresh is on its way when no socket answers', async () => {
    const first = {
      request: { query: MatchesForNeedDocument, variables: { needId: NEED_ID, language: 'en' } },
      result: { data: page([], { refreshedAt: null, refreshPending: true }) },
    };
    const settled = matches(page([aMatch()]));
    renderList([first, settled]);

    expect(await screen.findByText('Updating matches…')).toBeInTheDocument();
    expect(
      screen.queryByText('No capability is relevant enough to show for this need.'),
    ).toBeNull();
    // The next poll (every 3 s) brings the matches, and the notice goes.
    expect(await screen.findByRole('link', { name: TITLE }, { timeout: 6000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Updating matches…')).toBeNull());
  });

  it('asks for the reasons in Korean when the UI is Korean', async () => {
    renderList([matches(page([aMatch({ learned: false })]), 'ko')], { language: 'ko' });
    expect(await screen.findByText('적합도 87%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `“${TITLE}” 점수 구성 보기` })).toBeInTheDocument();
  });

  it('says so when nothing matches, and why: the relevance floor', async () => {
    renderList([matches(page([]))]);
    expect(
      await screen.findByText('No capability is relevant enough to show for this need.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/barely meet the need are left out/)).toBeInTheDocument();
    expect(screen.queryByText('Updating matches…')).toBeNull();
    // Only the need's owner is told what to change.
    expect(screen.queryByRole('list', { name: 'What you can do' })).toBeNull();
  });

  it('tells the owner what would widen the search, in English and Korean', async () => {
    renderList([matches(page([]))], { canAct: true });
    const suggestions = await screen.findByRole('list', { name: 'What you can do' });
    expect(
      within(suggestions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Broaden the technology areas'),
      expect.stringContaining('partner clusters'),
      expect.stringContaining('Post it publicly'),
    ]);
    expect(screen.getByRole('link', { name: 'Edit the need' })).toHaveAttribute(
      'href',
      `/needs/${NEED_ID}/edit`,
    );
  });

  it('says it in Korean too', async () => {
    renderList([matches(page([]), 'ko')], { canAct: true, language: 'ko' });
    const suggestions = await screen.findByRole('list', { name: '이렇게 해 보세요' });
    expect(within(suggestions).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/관련성이 높은 보유역량이 아직 없습니다/)).toBeInTheDocument();
  });
});
