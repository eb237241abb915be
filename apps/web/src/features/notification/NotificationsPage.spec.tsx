import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationInboxDocument,
  UnreadNotificationCountDocument,
  type NotificationInboxQuery,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { INBOX_PAGE, NotificationsPage } from './NotificationsPage';

const ID1 = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';

const inbox: NotificationInboxQuery = {
  unreadNotificationCount: 1,
  notifications: {
    __typename: 'NotificationConnection',
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [
      {
        __typename: 'NotificationEdge',
        node: {
          __typename: 'Notification',
          id: ID1,
          type: 'need.ndaAccepted',
          path: '/needs/n1',
          readAt: null,
          createdAt: '2026-12-06T09:00:00.000Z',
          params: [
            { __typename: 'NotificationParam', name: 'organization', value: 'Ulsan Membranes' },
            { __typename: 'NotificationParam', name: 'need', value: 'Stack cooling' },
          ],
        },
      },
      {
        __typename: 'NotificationEdge',
        node: {
          __typename: 'Notification',
          id: ID2,
          type: 'search.newResults',
          path: '/search/saved',
          readAt: '2026-12-05T10:00:00.000Z',
          createdAt: '2026-12-05T09:00:00.000Z',
          params: [
            { __typename: 'NotificationParam', name: 'search', value: 'Electrolysers' },
            { __typename: 'NotificationParam', name: 'count', value: '2' },
          ],
        },
      },
    ],
  },
};

const mocks = () => {
  const markRead = jest.fn(() => ({
    data: {
      markNotificationRead: {
        __typename: 'Notification' as const,
        id: ID1,
        readAt: '2026-12-06T10:00:00.000Z',
      },
    },
  }));
  const markAll = jest.fn(() => ({ data: { markAllNotificationsRead: 1 } }));
  return {
    markRead,
    markAll,
    list: [
      alwaysAnswer(NotificationInboxDocument, { first: INBOX_PAGE, unreadOnly: false }, inbox),
      alwaysAnswer(UnreadNotificationCountDocument, {}, { unreadNotificationCount: 1 }),
      {
        request: { query: MarkNotificationReadDocument, variables: { id: ID1 } },
        result: markRead,
      },
      { request: { query: MarkAllNotificationsReadDocument, variables: {} }, result: markAll },
    ],
  };
};

describe('NotificationsPage', () => {
  it('lists notifications in the words of their e-mails, each linking to its page', async () => {
    const { list } = mocks();
    renderPage(<NotificationsPage />, { mocks: list, path: '/notifications' });
    const nda = await screen.findByRole('link', {
      name: 'Ulsan Membranes accepted the NDA of Stack cooling',
    });
    expect(nda).toHaveAttribute('href', '/needs/n1');
    expect(
      screen.getByRole('link', { name: 'New results for your saved search Electrolysers' }),
    ).toHaveAttribute('href', '/search/saved');
    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
  });

  it('marks one read and all read', async () => {
    const user = userEvent.setup();
    const { list, markRead, markAll } = mocks();
    renderPage(<NotificationsPage />, { mocks: list, path: '/notifications' });
    const item = (
      await screen.findByRole('link', { name: 'Ulsan Membranes accepted the NDA of Stack cooling' })
    ).closest('li')!;
    await user.click(within(item).getByRole('button', { name: /Mark read/ }));
    await waitFor(() => expect(markRead).toHaveBeenCalled());
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(markAll).toHaveBeenCalled());
  });

  it('speaks Korean', async () => {
    const { list } = mocks();
    renderPage(<NotificationsPage />, { mocks: list, path: '/notifications', language: 'ko' });
    expect(
      await screen.findByRole('link', { name: '저장한 검색 Electrolysers의 새 결과' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '모두 읽음으로 표시' })).toBeInTheDocument();
  });
});
