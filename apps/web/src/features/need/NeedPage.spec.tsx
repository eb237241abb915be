import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  AcceptNdaDocument,
  CloseTechnologyNeedDocument,
  MatchesForNeedDocument,
  TechnologyNeedDocument,
  type NeedDetailFragment,
  type ViewerFieldsFragment,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { NeedPage } from './NeedPage';

const NEED_ID = '7e3a1c5b-2d4f-4a6b-8c9d-0e1f2a3b4c5d';
const FIRM_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e';
const KNU_ID = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

const TERMS = {
  __typename: 'NdaTerms' as const,
  text: 'The receiving organization keeps the details confidential for five years.',
  version: 'v1',
};
const SECRET = 'Caliper drawings: 6061-T6, wall 3.2 mm, target mass 1.1 kg.';

function aNeed(overrides: Partial<NeedDetailFragment> = {}): NeedDetailFragment {
  return {
    __typename: 'TechnologyNeed',
    id: NEED_ID,
    title: 'Lighter brake calipers',
    status: 'OPEN',
    closeReason: null,
    visibility: 'PUBLIC',
    responseDeadline: '2099-12-31T09:00:00.000Z',
    updatedAt: '2026-01-10T00:00:00.000Z',
    publicSummary: 'Aluminium calipers 30% lighter than cast iron.',
    desiredOutcome: 'A validated prototype.',
    technologyAreas: ['EA17'],
    sectors: ['29'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: 50000000,
    budgetMax: 120000000,
    currency: 'KRW',
    collaborationTypes: ['RESEARCH_COOPERATION'],
    internationalPartnersWelcome: false,
    publishedAt: '2026-01-10T00:00:00.000Z',
    closedAt: null,
    createdAt: '2026-01-09T00:00:00.000Z',
    confidentialDetails: null,
    viewerConfidentialAccess: 'NDA_REQUIRED',
    viewerCanEdit: false,
    viewerCanPublish: false,
    viewerCanChangeAudience: false,
    ndaTerms: TERMS,
    ndaAcceptances: [],
    invitedOrganizations: [],
    organization: {
      __typename: 'Organization',
      id: FIRM_ID,
      name: 'Seongseo Precision',
      kind: 'FIRM',
    },
    ...overrides,
  };
}

/** The ORG_ADMIN of a university that does not own the need. */
const universityAdmin = (): ViewerFieldsFragment => ({
  ...aViewer({ displayName: 'Ji-min Yoon' }),
  memberships: [
    {
      __typename: 'Membership',
      id: 'b0c1d2e3-f4a5-4b6c-8d7e-8f9a0b1c2d3e',
      role: 'ORG_ADMIN',
      organization: { __typename: 'Organization', id: KNU_ID, name: 'KNU', kind: 'UNIVERSITY' },
    },
  ],
});

const needAnswer = (need: NeedDetailFragment): MockLink.MockedResponse => ({
  request: { query: TechnologyNeedDocument, variables: { id: NEED_ID } },
  result: { data: { technologyNeed: need } },
});

/** The need's matches (tested in features/match): none yet, refreshed already. */
const noMatches = (language: 'en' | 'ko') =>
  alwaysAnswer(
    MatchesForNeedDocument,
    { needId: NEED_ID, language },
    {
      matchesForNeed: {
        __typename: 'CapabilityMatchConnection',
        refreshedAt: '2026-01-10T00:05:00.000Z',
        refreshPending: false,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  );

const renderNeed = (
  viewer: ViewerFieldsFragment | null,
  mocks: MockLink.MockedResponse[],
  language: 'en' | 'ko' = 'en',
) =>
  renderPage(<NeedPage />, {
    path: '/needs/:id',
    url: `/needs/${NEED_ID}`,
    mocks: [viewerMock(viewer), noMatches(language), ...mocks],
    language,
  });

const confidential = () => screen.getByRole('region', { name: /Confidential details|기밀 상세/ });

describe('NeedPage, confidential details', () => {
  it('shows the NDA terms and the accept action for NDA_REQUIRED, then the details once accepted', async () => {
    const user = userEvent.setup();
    const accept = jest.fn(() => ({
      data: {
        acceptNda: {
          __typename: 'NdaAcceptance' as const,
          id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
          version: 'v1',
          acceptedAt: '2026-02-01T10:00:00.000Z',
          organization: {
            __typename: 'Organization' as const,
            id: KNU_ID,
            name: 'KNU',
            kind: 'UNIVERSITY' as const,
          },
        },
      },
    }));
    renderNeed(universityAdmin(), [
      needAnswer(aNeed()),
      {
        request: {
          query: AcceptNdaDocument,
          variables: { input: { needId: NEED_ID, organizationId: KNU_ID, version: 'v1' } },
        },
        result: accept,
      },
      // Asked again after accepting: now the details come.
      needAnswer(aNeed({ viewerConfidentialAccess: 'ACCEPTED', confidentialDetails: SECRET })),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lighter brake calipers' }),
    ).toBeInTheDocument();
    // The public part, with Intl money and the TRL stages.
    expect(screen.getByText('Aluminium calipers 30% lighter than cast iron.')).toBeInTheDocument();
    expect(screen.getByText('₩50,000,000 – ₩120,000,000')).toBeInTheDocument();
    expect(
      screen.getByText('TRL 7 · System prototype demonstration in operational environment'),
    ).toBeInTheDocument();

    const section = confidential();
    expect(within(section).getByText('Version v1')).toBeInTheDocument();
    expect(within(section).getByText(TERMS.text)).toBeInTheDocument();
    expect(within(section).queryByText(SECRET)).toBeNull();

    await user.click(await within(section).findByRole('button', { name: 'Accept NDA for KNU' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the NDA for KNU' });
    expect(within(dialog).getByText(TERMS.text)).toBeInTheDocument();
    expect(accept).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Accept version v1' }));

    await waitFor(() => expect(accept).toHaveBeenCalledTimes(1));
    expect(await within(confidential()).findByText(SECRET)).toBeInTheDocument();
    expect(
      within(confidential()).getByText('Your organization accepted version v1 of the NDA terms.'),
    ).toBeInTheDocument();
    expect(within(confidential()).queryByRole('button', { name: /Accept NDA/ })).toBeNull();
  });

  it('shows the details and no accept action for ACCEPTED', async () => {
    renderNeed(universityAdmin(), [
      needAnswer(aNeed({ viewerConfidentialAccess: 'ACCEPTED', confidentialDetails: SECRET })),
    ]);
    expect(await screen.findByText(SECRET)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Accept NDA/ })).toBeNull();
  });

  it('asks a signed-out visitor to sign in, and offers no accept action', async () => {
    renderNeed(null, [needAnswer(aNeed())]);
    const signIn = await screen.findByRole('link', {
      name: 'Sign in as an administrator of your organization to accept the NDA.',
    });
    expect(signIn).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/needs/${NEED_ID}`)}`,
    );
    expect(screen.queryByRole('button', { name: /Accept NDA/ })).toBeNull();
  });

  it('gives the owner the NDA record: terms, new version, who accepted which version', async () => {
    renderNeed(aViewer(), [
      needAnswer(
        aNeed({
          viewerConfidentialAccess: 'OWNER',
          viewerCanEdit: true,
          viewerCanPublish: true,
          confidentialDetails: SECRET,
          ndaTerms: { ...TERMS, version: 'v2' },
          ndaAcceptances: [
            {
              __typename: 'NdaAcceptance',
              id: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a',
              version: 'v1',
              acceptedAt: '2026-01-20T08:30:00.000Z',
              organization: {
                __typename: 'Organization',
                id: KNU_ID,
                name: 'KNU',
                kind: 'UNIVERSITY',
              },
              acceptedBy: {
                __typename: 'User',
                id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
                displayName: 'Ji-min Yoon',
              },
            },
          ],
        }),
      ),
    ]);
    expect(await screen.findByText(SECRET)).toBeInTheDocument();
    const nda = screen.getByRole('region', { name: 'NDA terms' });
    const row = within(nda).getByRole('row', { name: /KNU/ });
    expect(row).toHaveTextContent('v1');
    expect(row).toHaveTextContent('Ji-min Yoon');
    expect(within(row).queryByText('current')).toBeNull();
    expect(within(nda).getByRole('textbox', { name: /^Version/ })).toHaveAccessibleDescription(
      /The current version is v2/,
    );
    expect(screen.getByRole('button', { name: 'Close need' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit need' })).toBeInTheDocument();
  });

  it('lets the owner close an open need only with one of the reasons the domain allows', async () => {
    const user = userEvent.setup();
    const owner = {
      viewerConfidentialAccess: 'OWNER' as const,
      viewerCanEdit: true,
      viewerCanPublish: true,
    };
    const close = jest.fn(() => ({
      data: {
        closeTechnologyNeed: aNeed({
          ...owner,
          status: 'CLOSED',
          closeReason: 'SOLVED',
          closedAt: '2026-03-01T00:00:00.000Z',
        }),
      },
    }));
    renderNeed(aViewer(), [
      needAnswer(aNeed(owner)),
      {
        request: {
          query: CloseTechnologyNeedDocument,
          variables: { id: NEED_ID, reason: 'SOLVED' },
        },
        result: close,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Close need' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close “Lighter brake calipers”' });
    // EXPIRED is the platform's: the owner chooses between solved and withdrawn.
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['SOLVED', 'WITHDRAWN']);
    await user.click(within(dialog).getByRole('button', { name: 'Close need' }));
    expect(await within(dialog).findByText('Choose why you close the need.')).toBeInTheDocument();
    expect(close).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('radio', { name: 'Solved' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close need' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Closed · Solved')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit need' })).toBeNull();
  });

  it('lists the matching capabilities of an open need, and partners in a second tab', async () => {
    renderNeed(universityAdmin(), [needAnswer(aNeed())]);
    const matches = await screen.findByRole('region', { name: 'Matches' });
    expect(
      within(matches).getByRole('tab', { name: 'Matching capabilities', selected: true }),
    ).toBeInTheDocument();
    expect(within(matches).getByRole('tab', { name: 'Partners' })).toBeInTheDocument();
    expect(
      await within(matches).findByText('No capability is relevant enough to show for this need.'),
    ).toBeInTheDocument();
  });

  it('says a draft is matched once published', async () => {
    renderNeed(aViewer(), [
      needAnswer(aNeed({ status: 'DRAFT', viewerCanEdit: true, publishedAt: null })),
    ]);
    const matches = await screen.findByRole('region', { name: 'Matches' });
    expect(
      within(matches).getByText('Matches appear once the need is published.'),
    ).toBeInTheDocument();
    expect(within(matches).queryByRole('tab')).toBeNull();
  });

  it('renders the gate in Korean', async () => {
    renderNeed(universityAdmin(), [needAnswer(aNeed())], 'ko');
    expect(await screen.findByRole('heading', { level: 2, name: '기밀 상세' })).toBeInTheDocument();
    expect(
      screen.getByText(
        '기밀 상세는 등록 기관의 비밀유지계약(NDA) v1 버전에 동의한 기관에만 공개됩니다.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'KNU 명의로 NDA 동의' })).toBeInTheDocument();
    expect(screen.getByText('모집 중')).toBeInTheDocument();
    expect(screen.getByText('현재 기술성숙도(TRL):')).toBeInTheDocument();
  });
});
