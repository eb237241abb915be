import { screen } from '@testing-library/react';
import { UnreadMessageCountDocument } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { MessagesLink } from './MessagesLink';

describe('MessagesLink', () => {
  it('links to the conversations with the unread count in its name', async () => {
    renderPage(<MessagesLink />, {
      mocks: [alwaysAnswer(UnreadMessageCountDocument, {}, { unreadMessageCount: 4 })],
    });
    expect(await screen.findByRole('link', { name: 'Messages, 4 unread' })).toHaveAttribute(
      'href',
      '/conversations',
    );
  });

  it('says only "메시지" in Korean when nothing is unread', async () => {
    renderPage(<MessagesLink />, {
      mocks: [alwaysAnswer(UnreadMessageCountDocument, {}, { unreadMessageCount: 0 })],
      language: 'ko',
    });
    expect(await screen.findByRole('link', { name: '메시지' })).toBeInTheDocument();
  });
});
