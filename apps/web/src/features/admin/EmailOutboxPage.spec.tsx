import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmailOutboxDocument, type EmailOutboxQuery } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { EmailOutboxPage } from './EmailOutboxPage';

const outbox: EmailOutboxQuery = {
  emailOutbox: [
    {
      __typename: 'EmailMessage',
      id: 'm1',
      type: 'account.verifyEmail',
      toAddress: 'seoyeon@example.org',
      language: 'ko',
      subject: '이메일 주소를 확인해 주세요',
      textBody:
        '이서연님, 안녕하세요.\n\n내 주소 확인하기: http://localhost:4000/account/verify?token=abc',
      status: 'KEPT',
      createdAt: '2026-12-01T09:30:00.000Z',
      sentAt: null,
    },
  ],
};

describe('EmailOutboxPage', () => {
  it('lists the kept e-mails with recipient, language, status and the plain text', async () => {
    const user = userEvent.setup();
    renderPage(<EmailOutboxPage />, {
      mocks: [alwaysAnswer(EmailOutboxDocument, { first: 50 }, outbox)],
      language: 'ko',
      path: '/admin/outbox',
    });

    const message = await screen.findByRole('article', { name: '이메일 주소를 확인해 주세요' });
    expect(
      within(message).getByText(/받는 사람 seoyeon@example.org \(한국어\)/),
    ).toBeInTheDocument();
    expect(within(message).getByText('보관됨')).toBeInTheDocument();
    await user.click(within(message).getByText('본문 보기'));
    expect(within(message).getByText(/account\/verify\?token=abc/)).toBeVisible();
  });

  it('says so when there is nothing yet, in English', async () => {
    renderPage(<EmailOutboxPage />, {
      mocks: [alwaysAnswer(EmailOutboxDocument, { first: 50 }, { emailOutbox: [] })],
      path: '/admin/outbox',
    });
    expect(await screen.findByText('No e-mails yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'E-mail outbox' })).toBeInTheDocument();
  });
});
