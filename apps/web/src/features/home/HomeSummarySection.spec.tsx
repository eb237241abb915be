import { screen, within } from '@testing-library/react';
import { HomeSummaryDocument, type HomeSummaryQuery } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { aViewer } from '../../test/viewer-mock';
import { HomeSummarySection } from './HomeSummarySection';

const summary = (overrides: Partial<HomeSummaryQuery['homeSummary']> = {}): HomeSummaryQuery => ({
  homeSummary: {
    __typename: 'HomeSummary',
    since: '2026-11-29T09:00:00.000Z',
    generatedAt: '2026-12-06T09:00:00.000Z',
    newMatches: {
      __typename: 'HomeNewMatches',
      count: 3,
      top: [
        {
          __typename: 'HomeMatch',
          side: 'NEED_OWNER',
          score: 0.82,
          need: { __typename: 'TechnologyNeed', id: 'n1', title: 'Stack cooling' },
          capability: { __typename: 'Capability', id: 'c1', title: 'Thermal analysis' },
        },
      ],
    },
    ownDeadlinesThisWeek: [
      {
        __typename: 'TechnologyNeed',
        id: 'n1',
        title: 'Stack cooling',
        responseDeadline: '2026-12-09T09:00:00.000Z',
      },
    ],
    answerableClosingThisWeek: [],
    pendingDecisions: { __typename: 'HomePendingDecisions', count: 0, oldest: [] },
    unreadMessages: 2,
    interestsAwaitingAnswer: { __typename: 'HomeInterestsAwaiting', count: 0, latest: [] },
    interestAnswersSince: 0,
    adminOverview: null,
    ...overrides,
  },
});

const member = {
  ...aViewer(),
  memberships: [
    {
      __typename: 'Membership' as const,
      id: 'm1',
      role: 'ORG_MEMBER' as const,
      organization: {
        __typename: 'Organization' as const,
        id: 'o1',
        name: 'Masan Hydrogen',
        kind: 'FIRM' as const,
      },
    },
  ],
};

describe('HomeSummarySection', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('shows a member the new matches, this week’s deadlines and unread messages, and no manager or admin part', async () => {
    renderPage(<HomeSummarySection viewer={member} isAdmin={false} />, {
      mocks: [alwaysAnswer(HomeSummaryDocument, { since: null }, summary())],
    });
    const region = await screen.findByRole('region', { name: 'What needs you now' });
    const matches = await within(region).findByRole('heading', { name: /3 new matches since/ });
    expect(matches).toBeInTheDocument();
    expect(
      within(region).getByRole('link', { name: 'Stack cooling ↔ Thermal analysis' }),
    ).toHaveAttribute('href', '/needs/n1');
    expect(
      within(region).getByRole('link', { name: /Your need “Stack cooling” closes/ }),
    ).toHaveAttribute('href', '/needs/n1');
    expect(within(region).getByRole('heading', { name: '2 unread messages' })).toBeInTheDocument();
    expect(
      within(region).queryByRole('heading', { name: /applications? to decide/ }),
    ).not.toBeInTheDocument();
    expect(within(region).queryByRole('heading', { name: 'Platform' })).not.toBeInTheDocument();
  });

  it('shows a cluster manager the applications to decide, in Korean', async () => {
    const manager = {
      ...aViewer({ preferredLanguage: 'ko' }),
      managedClusters: [
        {
          __typename: 'Cluster' as const,
          id: 'k1',
          nameEn: 'Daegu Cluster',
          nameKo: '대구 클러스터',
        },
      ],
    };
    const decisions = {
      __typename: 'HomePendingDecisions' as const,
      count: 1,
      oldest: [
        {
          __typename: 'ClusterMembership' as const,
          id: 'cm1',
          appliedAt: '2026-12-01T00:00:00.000Z',
          organization: {
            __typename: 'Organization' as const,
            id: 'o2',
            name: '(주)성서정밀',
            kind: 'FIRM' as const,
          },
          cluster: {
            __typename: 'Cluster' as const,
            id: 'k1',
            nameEn: 'Daegu Cluster',
            nameKo: '대구 클러스터',
          },
        },
      ],
    };
    renderPage(<HomeSummarySection viewer={manager} isAdmin={false} />, {
      language: 'ko',
      mocks: [
        alwaysAnswer(
          HomeSummaryDocument,
          { since: null },
          summary({ pendingDecisions: decisions }),
        ),
      ],
    });
    const region = await screen.findByRole('region', { name: '지금 확인할 일' });
    await within(region).findByRole('heading', { name: '결정할 가입 신청 1건' });
    expect(
      within(region).getByRole('link', { name: /\(주\)성서정밀, 대구 클러스터 가입 신청/ }),
    ).toHaveAttribute('href', '/clusters/k1');
    expect(within(region).queryByRole('heading', { name: /새 매칭/ })).not.toBeInTheDocument();
  });

  it('lists the interests waiting for the owner’s answer with links to their listings, and the answers a sender received, in English and Korean', async () => {
    const waiting = {
      __typename: 'HomeInterestsAwaiting' as const,
      count: 2,
      latest: [
        {
          __typename: 'Interest' as const,
          id: 'i1',
          status: 'SHORTLISTED' as const,
          createdAt: '2026-12-02T00:00:00.000Z',
          senderOrganization: {
            __typename: 'Organization' as const,
            id: 'o3',
            name: 'Kyungpook Lab',
            kind: 'UNIVERSITY' as const,
          },
          need: { __typename: 'TechnologyNeed' as const, id: 'n1', title: 'Stack cooling' },
          capability: null,
        },
        {
          __typename: 'Interest' as const,
          id: 'i2',
          status: 'SUBMITTED' as const,
          createdAt: '2026-12-03T00:00:00.000Z',
          senderOrganization: {
            __typename: 'Organization' as const,
            id: 'o4',
            name: 'Hanbit Motion',
            kind: 'FIRM' as const,
          },
          need: null,
          capability: { __typename: 'Capability' as const, id: 'c1', title: 'Thermal analysis' },
        },
      ],
    };
    const data = summary({ interestsAwaitingAnswer: waiting, interestAnswersSince: 1 });
    const { unmount } = renderPage(<HomeSummarySection viewer={member} isAdmin={false} />, {
      mocks: [alwaysAnswer(HomeSummaryDocument, { since: null }, data)],
    });
    const region = await screen.findByRole('region', { name: 'What needs you now' });
    await within(region).findByRole('heading', { name: '2 interests wait for your answer' });
    expect(
      within(region).getByRole('link', { name: /Kyungpook Lab on “Stack cooling”.*shortlisted/ }),
    ).toHaveAttribute('href', '/needs/n1');
    expect(
      within(region).getByRole('link', { name: /Hanbit Motion on “Thermal analysis”/ }),
    ).toHaveAttribute('href', '/capabilities/c1');
    expect(
      within(region).getByRole('link', {
        name: '1 answer to your interests since your last visit',
      }),
    ).toHaveAttribute('href', '/interests');
    unmount();

    renderPage(<HomeSummarySection viewer={member} isAdmin={false} />, {
      language: 'ko',
      mocks: [alwaysAnswer(HomeSummaryDocument, { since: null }, data)],
    });
    const ko = await screen.findByRole('region', { name: '지금 확인할 일' });
    await within(ko).findByRole('heading', { name: '답변을 기다리는 관심표명 2건' });
    expect(within(ko).getByRole('link', { name: /후보 선정/ })).toHaveAttribute(
      'href',
      '/needs/n1',
    );
  });
});
