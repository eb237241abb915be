import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LogInDocument } from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { viewerMock } from '../../test/viewer-mock';
import { SignInPage } from './SignInPage';

describe('SignInPage', () => {
  it('puts a BAD_USER_INPUT refusal on the field the server names', async () => {
    const user = userEvent.setup();
    renderPage(<SignInPage />, {
      path: '/sign-in',
      mocks: [
        viewerMock(null),
        {
          request: {
            query: LogInDocument,
            variables: { input: { email: 'minji@example.com', password: 'a long password' } },
          },
          result: {
            errors: [
              {
                message: 'No account uses this e-mail address.',
                // A schema refusal names its check; the web shows the check's message.
                extensions: { code: 'BAD_USER_INPUT', field: 'input.email', issue: 'custom' },
              },
            ],
          },
        },
      ],
    });

    await user.type(await screen.findByLabelText(/^E-mail/), 'Minji@Example.com ');
    await user.type(screen.getByLabelText(/^Password/), 'a long password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^E-mail/)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByText('No account uses this e-mail address.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces a refusal without a field in an alert', async () => {
    const user = userEvent.setup();
    renderPage(<SignInPage />, {
      path: '/sign-in',
      mocks: [
        viewerMock(null),
        {
          request: { query: LogInDocument, variables: () => true },
          result: {
            errors: [
              { message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } },
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByLabelText(/^E-mail/), 'minji@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'whatever it is');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 30 seconds.',
    );
  });
});
