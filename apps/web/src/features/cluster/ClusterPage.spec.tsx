import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AdmitClusterMemberDocument,
  ClusterApplicationsDocument,
  ClusterDecisionsDocument,
  ClusterDocument,
  RejectClusterMemberDocument,
  type ClusterMembershipFieldsFragment,
  type ClusterQuery,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { ClusterPage } from './ClusterPage';

const CLUSTER_ID = '3d0f6f8e-2b7a-4f55-9a59-2f3f5e0d9c10';
const APPLICATION_ID = '9a7c2d41-5e1b-4c8f-b1f3-7e2d4c6a8b90';

const application = (
  status: ClusterMembershipFieldsFragment['status'],
): ClusterMembershipFieldsFragment => ({
  __typename: 'ClusterMembership',
  id: APPLICATION_ID,
  status,
  message: 'We make gearboxes.',
  reason: null,
  appliedAt: '2025-03-01T09:00:00.000Z',
  decidedAt: null,
  organization: {
    __typename: 'Organization',
    id: 'c1d2e3f4-0000-4000-8000-000000000001',
    name: 'Gear Works',
    kind: 'FIRM',
    country: 'KR',
    region: 'KR-27',
  },
});

const clusterMock = alwaysAnswer(
  ClusterDocument,
  { id: CLUSTER_ID },
  {
    cluster: {
      __typename: 'Cluster',
      id: CLUSTER_ID,
      nameEn: 'Daegu Mobility Cluster',
      nameKo: '대구 모빌리티 클러스터',
      country: 'KR',
      region: 'KR-27',
      focusSectors: ['29'],
      description: '',
      memberCount: 0,
      createdAt: '2025-01-01T00:00:00.000Z',
      viewerIsManager: true,
      organization: {
        __typename: 'Organization',
        id: 'c1d2e3f4-0000-4000-8000-000000000002',
        name: 'Daegu Technopark',
      },
      managers: [],
      members: [],
    },
  },
);

const applicationsMock = alwaysAnswer(
  ClusterApplicationsDocument,
  { id: CLUSTER_ID },
  { cluster: { __typename: 'Cluster', id: CLUSTER_ID, pending: [application('PENDING')] } },
);

/** The page as a manager sees it, with `decision` answering the manager's mutation. */
const renderForManager = (decision: MockLink.MockedResponse) =>
  renderPage(<ClusterPage />, {
    path: '/clusters/:id',
    url: `/clusters/${CLUSTER_ID}`,
    mocks: [viewerMock(aViewer()), clusterMock, applicationsMock, decision],
  });

describe('ClusterPage for a cluster manager', () => {
  it('rejects a pending application only with a reason the domain accepts', async () => {
    const user = userEvent.setup();
    const reject = jest.fn(() => ({
      data: { rejectClusterMember: { ...application('REJECTED'), reason: 'Outside our region' } },
    }));
    renderForManager({
      request: {
        query: RejectClusterMemberDocument,
        variables: { input: { membershipId: APPLICATION_ID, reason: 'Outside our region' } },
      },
      result: reject,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Daegu Mobility Cluster' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Reject Gear Works' }));
    const dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });

    await user.type(reason, 'no');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(
      await within(dialog).findByText('Give a reason of at least 3 characters.'),
    ).toBeInTheDocument();
    expect(reject).not.toHaveBeenCalled();

    await user.clear(reason);
    await user.type(reason, 'Outside our region');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(reject).toHaveBeenCalledTimes(1));
  });

  it('admits a pending application', async () => {
    const user = userEvent.setup();
    const admit = jest.fn(() => ({ data: { admitClusterMember: application('ACTIVE') } }));
    renderForManager({
      request: {
        query: AdmitClusterMemberDocument,
        variables: { input: { membershipId: APPLICATION_ID } },
      },
      result: admit,
    });
    await user.click(await screen.findByRole('button', { name: 'Admit Gear Works' }));
    await waitFor(() => expect(admit).toHaveBeenCalledTimes(1));
  });
});

const CLUSTER_ORG = {
  __typename: 'Organization' as const,
  id: 'c1d2e3f4-0000-4000-8000-000000000002',
  name: 'Daegu Technopark',
  kind: 'PUBLIC_AGENCY' as const,
};
const FIRM = {
  __typename: 'Organization' as const,
  id: 'c1d2e3f4-0000-4000-8000-000000000001',
  name: 'Gear Works',
  kind: 'FIRM' as const,
};

/** The cluster as someone who may or may not manage it sees it. */
const clusterAs = (viewerIsManager: boolean) =>
  alwaysAnswer(
    ClusterDocument,
    { id: CLUSTER_ID },
    {
      cluster: {
        ...(clusterMock.result as { data: ClusterQuery }).data.cluster,
        viewerIsManager,
      },
    },
  );

/** A viewer who administers both the cluster's own organization and a firm. */
const adminOfBoth = () =>
  viewerMock({
    ...aViewer(),
    memberships: [
      { __typename: 'Membership', id: 'm-1', role: 'ORG_ADMIN', organization: CLUSTER_ORG },
      { __typename: 'Membership', id: 'm-2', role: 'ORG_ADMIN', organization: FIRM },
    ],
  });

const noApplications = alwaysAnswer(
  ClusterApplicationsDocument,
  { id: CLUSTER_ID },
  { cluster: { __typename: 'Cluster', id: CLUSTER_ID, pending: [] } },
);
const decisions = (rejected: ClusterMembershipFieldsFragment[] = []) =>
  alwaysAnswer(
    ClusterDecisionsDocument,
    { id: CLUSTER_ID },
    { cluster: { __typename: 'Cluster', id: CLUSTER_ID, rejected, removed: [] } },
  );

const renderAs = (mocks: MockLink.MockedResponse[], language: 'en' | 'ko' = 'en') =>
  renderPage(<ClusterPage />, {
    path: '/clusters/:id',
    url: `/clusters/${CLUSTER_ID}`,
    mocks,
    language,
  });

describe('ClusterPage: applying to join', () => {
  it('offers only the organizations that could apply: never the cluster’s own organization', async () => {
    const user = userEvent.setup();
    renderAs([adminOfBoth(), clusterAs(false), noApplications, decisions()]);
    expect(await screen.findByRole('heading', { name: 'Apply to join' })).toBeInTheDocument();
    const select = screen.getByRole('textbox', { name: /^Organization/ });
    // The one organization that may apply is chosen already; the cluster's own is not among them.
    expect(select).toHaveValue('Gear Works');
    await user.click(select);
    expect(await screen.findByRole('option', { name: 'Gear Works' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Daegu Technopark' })).toBeNull();
  });

  it('offers nothing to a manager of the cluster, who decides on its applications', async () => {
    renderAs([adminOfBoth(), clusterAs(true), noApplications, decisions()]);
    expect(await screen.findByText('You manage this cluster')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Apply to join' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Apply to join' })).toBeNull();
  });
});

describe('ClusterPage: a rejected application', () => {
  const rejected: ClusterMembershipFieldsFragment = {
    ...application('REJECTED'),
    reason: 'Not located in the industrial complex.',
    decidedAt: '2025-03-10T09:00:00.000Z',
  };

  it.each([
    [
      'en',
      'Application rejected',
      'Reason given by the cluster manager: Not located in the industrial complex.',
    ],
    ['ko', '가입 거절', '클러스터 운영자가 남긴 사유: Not located in the industrial complex.'],
  ] as const)(
    'shows the applicant’s members the manager’s reason (%s)',
    async (language, status, reason) => {
      renderAs([adminOfBoth(), clusterAs(false), noApplications, decisions([rejected])], language);
      const own = await screen.findByRole('heading', {
        name: language === 'en' ? 'Your organizations in this cluster' : '이 클러스터의 내 기관',
      });
      const section = own.parentElement!;
      expect(await within(section).findByText(status)).toBeInTheDocument();
      expect(section).toHaveTextContent(reason);
    },
  );
});
