import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  VerifyEmailDocument,
} from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { viewerMock } from '../../test/viewer-mock';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { VerifyEmailPage } from './VerifyEmailPage';

const TOKEN = 'sv_0123456789abcdefghijklmnopqrstuvwxyz';
const refusal = (key: string) => ({
  errors: [
    new GraphQLError('refused', {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.token', key },
    }),
  ],
});
const checkItem = (check: string) =>
  document.querySelector(`[data-check="${check}"]`) as HTMLElement;

describe('VerifyEmailPage', () => {
  it('confirms the address with the token of the link, once', async () => {
    const verify = jest.fn(() => ({
      data: { verifyEmail: { __typename: 'User' as const, id: 'u1', emailVerified: true } },
    }));
    renderPage(<VerifyEmailPage />, {
      mocks: [
        {
          request: { query: VerifyEmailDocument, variables: { input: { token: TOKEN } } },
          result: verify,
        },
      ],
      path: '/account/verify-email',
      url: `/account/verify-email?token=${TOKEN}`,
    });
    expect(await screen.findByText('Address confirmed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your invitations' })).toHaveAttribute(
      'href',
      '/invitations',
    );
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('says in Korean that a used link was already used', async () => {
    renderPage(<VerifyEmailPage />, {
      mocks: [
        {
          request: { query: VerifyEmailDocument, variables: { input: { token: TOKEN } } },
          result: refusal('account.verifyLinkUsed'),
        },
      ],
      path: '/account/verify-email',
      url: `/account/verify-email?token=${TOKEN}`,
      language: 'ko',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('이미 사용한 확인 링크입니다.');
    expect(screen.getByRole('heading', { level: 1, name: '이메일 주소 확인' })).toBeInTheDocument();
  });
});

describe('ForgotPasswordPage', () => {
  it('asks for a link and answers the same whoever the address belongs to', async () => {
    const user = userEvent.setup();
    const request = jest.fn(() => ({ data: { requestPasswordReset: true } }));
    renderPage(<ForgotPasswordPage />, {
      mocks: [
        viewerMock(null),
        {
          request: {
            query: RequestPasswordResetDocument,
            variables: { input: { email: 'minji@example.com' } },
          },
          result: request,
        },
      ],
      path: '/account/forgot-password',
    });
    await user.type(await screen.findByLabelText(/^E-mail/), 'minji@example.com');
    await user.click(screen.getByRole('button', { name: 'E-mail me a reset link' }));
    expect(
      await screen.findByText(
        'If an account uses minji@example.com, we sent a link to it. It works once, for 30 minutes.',
      ),
    ).toBeInTheDocument();
    expect(request).toHaveBeenCalledTimes(1);
  });
});

describe('ResetPasswordPage', () => {
  const url = `/account/reset-password?token=${TOKEN.replace('sv_', 'sr_')}`;

  it('checks the new password as on sign-up, then sets it with the token of the link', async () => {
    const user = userEvent.setup();
    const reset = jest.fn(() => ({ data: { resetPassword: true } }));
    renderPage(<ResetPasswordPage />, {
      mocks: [
        {
          request: {
            query: ResetPasswordDocument,
            variables: {
              input: {
                token: TOKEN.replace('sv_', 'sr_'),
                newPassword: 'correct horse battery staple',
              },
            },
          },
          result: reset,
        },
      ],
      path: '/account/reset-password',
      url,
    });
    const password = await screen.findByLabelText(/^New password/, {}, { timeout: 10000 });
    await user.type(password, 'short1');
    expect(checkItem('length')).toHaveAttribute('data-ok', 'false');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(reset).not.toHaveBeenCalled();

    await user.clear(password);
    await user.type(password, 'correct horse battery staple');
    expect(checkItem('strong')).toHaveAttribute('data-ok', 'true');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('explains an expired link in Korean above the form', async () => {
    const user = userEvent.setup();
    renderPage(<ResetPasswordPage />, {
      mocks: [
        {
          request: { query: ResetPasswordDocument, variables: () => true },
          result: refusal('account.resetLinkExpired'),
        },
      ],
      path: '/account/reset-password',
      url,
      language: 'ko',
    });
    await user.type(
      await screen.findByLabelText(/^새 비밀번호/, { selector: 'input' }, { timeout: 10000 }),
      'correct horse battery staple',
    );
    await user.click(screen.getByRole('button', { name: '새 비밀번호 저장' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '재설정 링크가 만료되었습니다. 새 링크를 요청하세요.',
    );
  });

  it('says so when the link lost its token', async () => {
    const user = userEvent.setup();
    renderPage(<ResetPasswordPage />, {
      path: '/account/reset-password',
      url: '/account/reset-password',
    });
    await user.type(
      await screen.findByLabelText(/^New password/, {}, { timeout: 10000 }),
      'correct horse battery staple',
    );
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is incomplete.');
  });
});
