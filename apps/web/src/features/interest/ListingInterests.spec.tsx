import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ExpressInterestDocument,
  InterestSenderCapabilitiesDocument,
  InterestsForListingDocument,
  type InterestFieldsFragment,
  type InterestsForListingQuery,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { BOARD_PAGE } from './InterestBoard';
import { ListingInterests } from './ListingInterests';

const NEED_ID = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const OWNER_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
const SENDER_ID = '8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d';
const CAPABILITY_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const TITLE = 'Lighter aluminium knuckle';
const LISTING = {
  kind: 'NEED' as const,
  id: NEED_ID,
  title: TITLE,
  organizationId: OWNER_ID,
  status: 'OPEN',
  deadline: '2999-01-01T00:00:00.000Z',
};

const organization = (id: string, name: string) => ({
  __typename: 'Organization' as const,
  id,
  name,
  kind: 'FIRM' as const,
});

function anInterest(
  id: string,
  name: string,
  overrides: Partial<InterestFieldsFragment> = {},
): InterestFieldsFragment {
  return {
    __typename: 'Interest',
    id,
    listingKind: 'NEED',
    status: 'SUBMITTED',
    message: `${name} has built three such parts.`,
    proposedApproach: 'Six months of joint work.',
    declineReason: null,
    matchScore: null,
    fromMatch: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    decidedAt: null,
    viewerRole: 'OWNER_ADMIN',
    viewerActions: ['shortlist', 'decline'],
    matchReasons: [],
    senderOrganization: organization(`${id.slice(0, -2)}9${id.slice(-1)}`, name),
    ownerOrganization: organization(OWNER_ID, 'Seongseo Precision'),
    need: { __typename: 'TechnologyNeed', id: NEED_ID, title: TITLE },
    capability: null,
    linkedCapabilities: [],
    ...overrides,
  };
}

const connection = (
  nodes: InterestFieldsFragment[],
  more?: { totalCount: number; endCursor: string },
): InterestsForListingQuery => ({
  interestsForListing: {
    __typename: 'InterestConnection',
    totalCount: more?.totalCount ?? nodes.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: Boolean(more),
      endCursor: more?.endCursor ?? null,
    },
    edges: nodes.map((node) => ({ __typename: 'InterestEdge', node })),
  },
});

const memberOf = (id: string, name: string) =>
  viewerMock({
    ...aViewer(),
    memberships: [
      {
        __typename: 'Membership',
        id: 'm1',
        role: 'ORG_MEMBER',
        organization: organization(id, name),
      },
    ],
  });

const render = (mocks: MockLink.MockedResponse[]) =>
  renderPage(<ListingInterests listing={LISTING} />, { mocks });

describe('ListingInterests, for an organization that may answer', () => {
  it('checks the message live with the domain schema and sends the interest with the linked capability', async () => {
    const user = userEvent.setup();
    const sent = anInterest('7c9e6679-7425-40de-944b-e07fc1f90a01', 'Hanbit Motion', {
      viewerRole: 'SENDER_MEMBER',
      viewerActions: ['withdraw'],
    });
    let sentVariables: unknown = null;
    render([
      memberOf(SENDER_ID, 'Hanbit Motion'),
      alwaysAnswer(
        InterestsForListingDocument,
        { needId: NEED_ID, first: 20, language: 'en' },
        connection([]),
      ),
      alwaysAnswer(
        InterestSenderCapabilitiesDocument,
        { organizationId: SENDER_ID },
        {
          organization: {
            __typename: 'Organization',
            id: SENDER_ID,
            capabilities: {
              __typename: 'CapabilityConnection',
              edges: [
                {
                  __typename: 'CapabilityEdge',
                  node: {
                    __typename: 'Capability',
                    id: CAPABILITY_ID,
                    title: 'Casting simulation',
                    status: 'PUBLISHED',
                  },
                },
              ],
            },
          },
        },
      ),
      {
        request: {
          query: ExpressInterestDocument,
          variables: (variables) => {
            sentVariables = variables;
            return true;
          },
        },
        result: { data: { expressInterest: sent } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: `Express interest in “${TITLE}”` }));
    const form = screen.getByRole('form', { name: `Expression of interest in “${TITLE}”` });
    const message = within(form).getByRole('textbox', { name: /^Message to the owner/ });
    await user.type(message, 'Too short');
    await user.tab();
    expect(
      await within(form).findByText('Write a message of at least 10 characters.'),
    ).toBeInTheDocument();
    await user.type(message, ' — we built three.');
    expect(within(form).queryByText('Write a message of at least 10 characters.')).toBeNull();
    await user.type(
      within(form).getByRole('textbox', { name: /^Proposed approach/ }),
      'A six-month joint project on your line.',
    );
    await user.click(await within(form).findByRole('checkbox', { name: 'Casting simulation' }));
    await user.click(within(form).getByRole('button', { name: 'Send interest' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your interest was sent.');
    expect(sentVariables).toEqual({
      language: 'en',
      input: {
        organizationId: SENDER_ID,
        needId: NEED_ID,
        message: 'Too short — we built three.',
        proposedApproach: 'A six-month joint project on your line.',
        capabilityIds: [CAPABILITY_ID],
        match: null,
      },
    });
  });
});

describe('ListingInterests, the owner’s board', () => {
  it('lists every interest and compares two selected side by side, by keyboard', async () => {
    const user = userEvent.setup();
    const interests = [
      anInterest('7c9e6679-7425-40de-944b-e07fc1f90a01', 'Hanbit Motion', { matchScore: 0.82 }),
      anInterest('7c9e6679-7425-40de-944b-e07fc1f90a02', 'Kyungpook Lab'),
      anInterest('7c9e6679-7425-40de-944b-e07fc1f90a03', 'Fraunhofer IPA', {
        status: 'SHORTLISTED',
        viewerActions: ['accept', 'decline'],
      }),
    ];
    render([
      memberOf(OWNER_ID, 'Seongseo Precision'),
      alwaysAnswer(
        InterestsForListingDocument,
        { needId: NEED_ID, statuses: null, orderBy: 'DATE', first: BOARD_PAGE, language: 'en' },
        connection(interests),
      ),
    ]);

    expect(
      await screen.findByText(
        '3 interests · Select 2 or 3 interests to compare them side by side.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('82% match')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Shortlist the interest of Hanbit Motion' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Accept the interest of Fraunhofer IPA' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Side by side' })).toBeNull();

    screen.getByRole('checkbox', { name: 'Compare the interest of Hanbit Motion' }).focus();
    await user.keyboard(' ');
    screen.getByRole('checkbox', { name: 'Compare the interest of Fraunhofer IPA' }).focus();
    await user.keyboard(' ');
    const compare = screen.getByRole('region', { name: 'Side by side' });
    expect(
      within(compare)
        .getAllByRole('article')
        .map((card) => within(card).getByRole('heading').textContent),
    ).toEqual(['From Hanbit Motion', 'From Fraunhofer IPA']);
    await user.click(within(compare).getByRole('button', { name: 'Clear the selection' }));
    expect(screen.queryByRole('region', { name: 'Side by side' })).toBeNull();
  });

  it('reads the interests past the first page with "Load more", so the board holds them all', async () => {
    const user = userEvent.setup();
    const first = anInterest('7c9e6679-7425-40de-944b-e07fc1f90a01', 'Hanbit Motion');
    const later = anInterest('7c9e6679-7425-40de-944b-e07fc1f90a02', 'Kyungpook Lab');
    const variables = { needId: NEED_ID, statuses: null, orderBy: 'DATE', language: 'en' } as const;
    render([
      memberOf(OWNER_ID, 'Seongseo Precision'),
      alwaysAnswer(
        InterestsForListingDocument,
        { ...variables, first: BOARD_PAGE },
        connection([first], { totalCount: 2, endCursor: 'c1' }),
      ),
      alwaysAnswer(
        InterestsForListingDocument,
        { ...variables, first: BOARD_PAGE, after: 'c1' },
        connection([later]),
      ),
    ]);
    await screen.findByRole('heading', { name: 'From Hanbit Motion' });
    expect(screen.queryByRole('heading', { name: 'From Kyungpook Lab' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('heading', { name: 'From Kyungpook Lab' });
    expect(screen.getByRole('heading', { name: 'From Hanbit Motion' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
