import { screen } from '@testing-library/react';
import { UnreadNotificationCountDocument } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { NotificationBell } from './NotificationBell';

describe('NotificationBell', () => {
  it('is a link to the inbox whose accessible name carries the unread count', async () => {
    renderPage(<NotificationBell />, {
      mocks: [alwaysAnswer(UnreadNotificationCountDocument, {}, { unreadNotificationCount: 3 })],
    });
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
  });

  it('says only "Notifications" when nothing is unread, in Korean too', async () => {
    renderPage(<NotificationBell />, {
      mocks: [alwaysAnswer(UnreadNotificationCountDocument, {}, { unreadNotificationCount: 0 })],
      language: 'ko',
    });
    expect(await screen.findByRole('link', { name: '알림' })).toBeInTheDocument();
  });

  it('names the shown count as a word of its own in Korean (what a voice user sees, they can say)', async () => {
    renderPage(<NotificationBell />, {
      mocks: [alwaysAnswer(UnreadNotificationCountDocument, {}, { unreadNotificationCount: 2 })],
      language: 'ko',
    });
    const bell = await screen.findByRole('link', { name: '알림, 읽지 않음: 2' });
    expect(bell).toHaveTextContent('2');
  });
});
