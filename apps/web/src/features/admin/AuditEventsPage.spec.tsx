import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuditEventsDocument, type AuditEventsQuery } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { AuditEventsPage } from './AuditEventsPage';

type Node = AuditEventsQuery['auditEvents']['edges'][number]['node'];

const NEED_ID = '5b1c8f0e-0000-4000-8000-000000000001';
const ORG_ID = '5b1c8f0e-0000-4000-8000-000000000002';
const MINJI = '5b1c8f0e-0000-4000-8000-000000000003';

const event = (id: string, overrides: Partial<Node>): Node => ({
  __typename: 'AuditEvent',
  id,
  action: 'need.published',
  objectType: 'TechnologyNeed',
  objectId: NEED_ID,
  objectName: '스마트 공정 설계',
  organizationId: ORG_ID,
  clusterId: null,
  before: { status: 'DRAFT' },
  after: { status: 'OPEN' },
  createdAt: '2026-12-01T09:30:00.000Z',
  actor: { __typename: 'User', id: MINJI, displayName: '박민지' },
  ...overrides,
});

const page = (nodes: Node[]): AuditEventsQuery => ({
  auditEvents: {
    __typename: 'AuditEventConnection',
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: 'AuditEventEdge', cursor: node.id, node })),
  },
});

const published = event('e1', {});
const renamed = event('e2', {
  action: 'organization.updated',
  objectType: 'Organization',
  objectId: ORG_ID,
  objectName: '한빛모션',
  actor: {
    __typename: 'User',
    id: '5b1c8f0e-0000-4000-8000-000000000004',
    displayName: 'Jisoo Lee',
  },
});

const mocks = [
  alwaysAnswer(
    AuditEventsDocument,
    { first: 50, filter: {}, language: 'ko' },
    page([published, renamed]),
  ),
  alwaysAnswer(
    AuditEventsDocument,
    { first: 50, filter: { actorId: MINJI }, language: 'ko' },
    page([published]),
  ),
  alwaysAnswer(
    AuditEventsDocument,
    { first: 50, filter: { actorId: MINJI, objectType: 'Organization' }, language: 'ko' },
    page([]),
  ),
];

describe('AuditEventsPage', () => {
  it('shows readable actions, names with links, and narrows by person and kind of object', async () => {
    const user = userEvent.setup();
    renderPage(<AuditEventsPage />, { mocks, language: 'ko', path: '/admin/audit' });

    const first = await screen.findByRole('row', { name: /스마트 공정 설계/ });
    expect(within(first).getByText('기술수요 게시')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: '스마트 공정 설계' })).toHaveAttribute(
      'href',
      `/needs/${NEED_ID}`,
    );
    expect(within(first).getByText('기술수요')).toBeInTheDocument();
    expect(within(first).getByText('박민지')).toBeInTheDocument();
    const second = screen.getByRole('row', { name: /한빛모션/ });
    expect(within(second).getByText('기관 정보 수정')).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: '한빛모션' })).toHaveAttribute(
      'href',
      `/organizations/${ORG_ID}`,
    );
    expect(screen.queryByText('need.published')).not.toBeInTheDocument();

    await user.click(within(first).getByRole('button', { name: '박민지 님의 기록만 보기' }));
    expect(await screen.findByText('수행자: 박민지')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /한빛모션/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'CSV 내려받기' })).toHaveAttribute(
      'href',
      `/exports/audit-events.csv?actorId=${MINJI}&language=ko`,
    );

    await user.click(screen.getByRole('textbox', { name: '대상 유형' }));
    await user.click(await screen.findByRole('option', { name: '기관' }));
    expect(await screen.findByText('아직 기록이 없습니다.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CSV 내려받기' }).getAttribute('href')).toContain(
      'objectType=Organization',
    );

    await user.click(screen.getByRole('button', { name: '수행자 필터 지우기' }));
    await waitFor(() => expect(screen.queryByText('수행자: 박민지')).not.toBeInTheDocument());
  });
});
