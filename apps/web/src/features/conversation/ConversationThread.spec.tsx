import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  ConversationBySubjectDocument,
  type ConversationBySubjectQuery,
  UnreadMessageCountDocument,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { ConversationThread } from './ConversationThread';

const SUBJECT = { kind: 'INTEREST' as const, id: '7d1c3a8e-1111-4a57-9a43-6f3b8e1c2d10' };
const FIRM = {
  __typename: 'ConversationOrganization' as const,
  id: 'f0000000-0000-4000-8000-000000000001',
  name: 'Hanbit Motion',
};
const LAB = {
  __typename: 'ConversationOrganization' as const,
  id: 'f0000000-0000-4000-8000-000000000002',
  name: 'KNU Materials Lab',
};

const message = (id: string, body: string, mine: boolean, unread: boolean) => ({
  cursor: id,
  __typename: 'ConversationMessageEdge' as const,
  node: {
    __typename: 'ConversationMessage' as const,
    id: `a0000000-0000-4000-8000-00000000000${id}`,
    body,
    authorName: mine ? 'Me' : 'Dr. Kim',
    organizationId: mine ? FIRM.id : LAB.id,
    organizationName: mine ? FIRM.name : LAB.name,
    createdAt: '2026-12-01T09:00:00.000Z',
    mine,
    unread,
  },
});

function conversation(viewerOrganizationId: string | null): ConversationBySubjectQuery {
  return {
    conversationBySubject: {
      __typename: 'Conversation',
      id: 'c0000000-0000-4000-8000-000000000001',
      title: 'Battery housing',
      subjectKind: 'INTEREST',
      subjectId: SUBJECT.id,
      viewerOrganizationId,
      unreadCount: 1,
      viewerReported: false,
      organizations: [FIRM, LAB],
      messages: {
        __typename: 'ConversationMessageConnection',
        edges: [
          message('1', 'We can help.', true, false),
          message('2', 'See https://example.org/spec', false, true),
        ],
        pageInfo: {
          __typename: 'ConversationMessagePageInfo',
          hasPreviousPage: false,
          startCursor: '1',
        },
      },
    },
  };
}

const mocks = (viewerOrganizationId: string | null) => [
  alwaysAnswer(
    ConversationBySubjectDocument,
    { subject: SUBJECT, last: 30 },
    conversation(viewerOrganizationId),
  ),
  alwaysAnswer(UnreadMessageCountDocument, {}, { unreadMessageCount: 0 }),
];

describe('ConversationThread', () => {
  it('shows the messages with a divider where unread ones begin, and the composer', async () => {
    renderPage(<ConversationThread subject={SUBJECT} />, { mocks: mocks(FIRM.id) });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Conversation with KNU Materials Lab' }),
    ).toBeInTheDocument();
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(log).toHaveTextContent('We can help.');
    expect(log).toHaveTextContent('New messages');
    expect(screen.getByRole('link', { name: 'https://example.org/spec' })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    );
    expect(screen.getByRole('textbox', { name: 'Your message' })).toBeInTheDocument();
  });

  it('refuses an empty message live with the domain rule, in Korean', async () => {
    renderPage(<ConversationThread subject={SUBJECT} />, { mocks: mocks(FIRM.id), language: 'ko' });
    const box = await screen.findByRole('textbox', { name: '메시지 입력' });
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: '보내기' }));
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('메시지를 입력한 뒤 보내세요.')).toBeInTheDocument();
  });

  it('is read-only for a moderator, who is told the read is recorded', async () => {
    renderPage(<ConversationThread subject={SUBJECT} />, { mocks: mocks(null) });
    expect(
      await screen.findByText(/reading this reported conversation as a platform moderator/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Report conversation' })).toBeNull();
  });
});
