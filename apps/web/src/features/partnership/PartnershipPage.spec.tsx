import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AcceptClusterPartnershipDocument,
  ClusterPartnershipDocument,
  EndClusterPartnershipDocument,
  WithdrawClusterPartnershipDocument,
  type ClusterPartnershipAction,
  type ClusterPartnershipQuery,
  type ClusterPartnershipStatus,
} from '../../generated/graphql';
import type { MockLink } from '@apollo/client/testing';
import { alwaysAnswer } from '../../test/always-answer';
import { CALL_ID, aJointCall } from '../call/call-fixtures';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { PartnershipPage } from './PartnershipPage';

const ID = '5b0e3a1c-7d2f-4e6a-9c8b-1a2b3c4d5e6f';
const DAEGU = {
  __typename: 'Cluster' as const,
  id: 'c0000000-0000-4000-8000-000000000001',
  nameEn: 'Daegu Mobility',
  nameKo: '대구 모빌리티',
  country: 'KR',
};
const BW = {
  __typename: 'Cluster' as const,
  id: 'c0000000-0000-4000-8000-000000000002',
  nameEn: 'BW Automotive',
  nameKo: '바덴뷔르템베르크 자동차',
  country: 'DE',
};

type Partnership = ClusterPartnershipQuery['clusterPartnership'];

const partnership = (
  status: ClusterPartnershipStatus,
  viewerActions: ClusterPartnershipAction[],
): Partnership => ({
  __typename: 'ClusterPartnership',
  id: ID,
  kind: 'INTERNATIONAL',
  status,
  note: 'Fuel-cell parts together.',
  reason: null,
  proposedAt: '2026-10-01T09:00:00.000Z',
  answeredAt: status === 'PROPOSED' ? null : '2026-10-05T09:00:00.000Z',
  endedAt: null,
  viewerActions,
  proposerCluster: DAEGU,
  recipientCluster: BW,
  endedByCluster: null,
  jointCalls: status === 'ACTIVE' ? [aJointCall()] : [],
  members: [
    {
      __typename: 'ClusterMembership',
      id: 'm1',
      decidedAt: '2025-01-01T00:00:00.000Z',
      appliedAt: '2025-01-01T00:00:00.000Z',
      cluster: { __typename: 'Cluster', id: DAEGU.id },
      organization: {
        __typename: 'Organization',
        id: 'o1',
        name: 'Gear Works',
        kind: 'FIRM',
        country: 'KR',
        region: 'KR-27',
      },
    },
    {
      __typename: 'ClusterMembership',
      id: 'm2',
      decidedAt: '2025-01-01T00:00:00.000Z',
      appliedAt: '2025-01-01T00:00:00.000Z',
      cluster: { __typename: 'Cluster', id: BW.id },
      organization: {
        __typename: 'Organization',
        id: 'o2',
        name: 'Schwaben Leichtbau',
        kind: 'FIRM',
        country: 'DE',
        region: 'DE-BW',
      },
    },
  ],
  collaborations: [
    {
      __typename: 'CrossClusterCollaboration',
      id: 'co1',
      title: 'Stack coating pilot',
      startedOn: '2026-03-01',
      organizationA: { __typename: 'Organization', id: 'o1', name: 'Gear Works' },
      organizationB: { __typename: 'Organization', id: 'o2', name: 'Schwaben Leichtbau' },
    },
  ],
});

const renderWith = (
  current: Partnership,
  language: 'en' | 'ko' = 'en',
  extra: MockLink.MockedResponse[] = [],
) =>
  renderPage(<PartnershipPage />, {
    path: '/partnerships/:id',
    url: `/partnerships/${ID}`,
    language,
    mocks: [
      viewerMock(aViewer()),
      alwaysAnswer(ClusterPartnershipDocument, { id: ID }, { clusterPartnership: current }),
      ...extra,
    ],
  });

describe('PartnershipPage', () => {
  it('lists both clusters’ members and the collaborations across them, with a joint-calls section', async () => {
    renderWith(partnership('ACTIVE', []));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Daegu Mobility · BW Automotive' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Members of both clusters (2)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Schwaben Leichtbau' })).toBeInTheDocument();
    expect(screen.getByText('Stack coating pilot')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Joint calls' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Korea–Germany joint call 2027' })).toHaveAttribute(
      'href',
      `/calls/${CALL_ID}`,
    );
    // No action for someone who may take none.
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the recipient the accept and decline buttons, in Korean, and accepts', async () => {
    const user = userEvent.setup();
    const accept = jest.fn(() => ({
      data: { acceptClusterPartnership: partnership('ACTIVE', ['END']) },
    }));
    renderWith(partnership('PROPOSED', ['ACCEPT', 'DECLINE']), 'ko', [
      {
        request: {
          query: AcceptClusterPartnershipDocument,
          variables: { input: { partnershipId: ID } },
        },
        result: accept,
      },
    ]);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '대구 모빌리티 · 바덴뷔르템베르크 자동차',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('국제')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '거절' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '협력(파트너십) 수락' }));
    await waitFor(() => expect(accept).toHaveBeenCalledTimes(1));
  });

  it('ends an active partnership only with a reason the domain accepts', async () => {
    const user = userEvent.setup();
    const end = jest.fn(() => ({
      data: { endClusterPartnership: { ...partnership('ENDED', []), reason: 'Programme closed' } },
    }));
    renderWith(partnership('ACTIVE', ['END']), 'en', [
      {
        request: {
          query: EndClusterPartnershipDocument,
          variables: { input: { partnershipId: ID, reason: 'Programme closed' } },
        },
        result: end,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'End the partnership' }));
    const dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
    await user.type(reason, 'no');
    await user.click(within(dialog).getByRole('button', { name: 'End the partnership' }));
    expect(
      await within(dialog).findByText('Give a reason of at least 3 characters.'),
    ).toBeInTheDocument();
    expect(end).not.toHaveBeenCalled();
    await user.clear(reason);
    await user.type(reason, 'Programme closed');
    await user.click(within(dialog).getByRole('button', { name: 'End the partnership' }));
    await waitFor(() => expect(end).toHaveBeenCalledTimes(1));
  });

  it('lets the proposer withdraw an unanswered proposal, a reason being optional', async () => {
    const user = userEvent.setup();
    const withdraw = jest.fn(() => ({
      data: { withdrawClusterPartnership: partnership('WITHDRAWN', []) },
    }));
    renderWith(partnership('PROPOSED', ['WITHDRAW']), 'en', [
      {
        request: {
          query: WithdrawClusterPartnershipDocument,
          variables: { input: { partnershipId: ID, reason: null } },
        },
        result: withdraw,
      },
    ]);
    expect(screen.queryByRole('button', { name: 'Accept the partnership' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Withdraw the proposal' }));
    const dialog = await screen.findByRole('dialog');
    // A reason too short is refused by the domain's rule; an empty one is fine.
    const reason = within(dialog).getByRole('textbox', { name: /^Reason \(optional\)/ });
    await user.type(reason, 'no');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw the proposal' }));
    expect(
      await within(dialog).findByText('Give a reason of at least 3 characters.'),
    ).toBeInTheDocument();
    await user.clear(reason);
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw the proposal' }));
    await waitFor(() => expect(withdraw).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('The proposal was withdrawn.')).toBeInTheDocument();
  });
});
