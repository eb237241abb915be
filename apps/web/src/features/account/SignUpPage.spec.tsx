import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterDocument } from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { SignUpPage } from './SignUpPage';

const checkItem = (check: string) =>
  document.querySelector(`[data-check="${check}"]`) as HTMLElement;

describe('SignUpPage', () => {
  it('ticks each password check on and off as the user types', async () => {
    const user = userEvent.setup();
    renderPage(<SignUpPage />, { mocks: [viewerMock(null)], path: '/sign-up' });

    const password = await screen.findByLabelText(/^Password/);
    expect(checkItem('length')).toHaveAttribute('data-ok', 'false');
    expect(checkItem('variety')).toHaveAttribute('data-ok', 'false');

    await user.type(password, 'abcde');
    expect(checkItem('variety')).toHaveAttribute('data-ok', 'true');
    expect(checkItem('length')).toHaveAttribute('data-ok', 'false');

    await user.type(password, 'fghijklm');
    expect(checkItem('length')).toHaveAttribute('data-ok', 'true');

    // The e-mail name inside the password breaks the "not personal" check.
    await user.type(screen.getByLabelText(/^E-mail/), 'abcdefgh@example.com');
    expect(checkItem('notPersonal')).toHaveAttribute('data-ok', 'false');
    await user.clear(screen.getByLabelText(/^E-mail/));
    expect(checkItem('notPersonal')).toHaveAttribute('data-ok', 'true');

    await user.clear(password);
    expect(checkItem('length')).toHaveAttribute('data-ok', 'false');
    expect(
      within(checkItem('length')).getByText('At least 12 characters'),
    ).toBeInTheDocument();
  });

  it('blocks submit while the password fails a check, and says why on the field', async () => {
    const user = userEvent.setup();
    const register = jest.fn(() => ({ data: { register: aViewer() } }));
    renderPage(<SignUpPage />, {
      mocks: [
        viewerMock(null),
        { request: { query: RegisterDocument, variables: () => true }, result: register },
      ],
      path: '/sign-up',
    });

    await user.type(await screen.findByLabelText(/^Display name/), 'Min-ji Kim');
    await user.type(screen.getByLabelText(/^E-mail/), 'minji@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'short1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^Password/)).toHaveAttribute('aria-invalid', 'true'),
    );
    // The checklist states the requirement; the field says what to do.
    expect(screen.getByText('Use at least 12 characters.')).toBeInTheDocument();
    expect(within(checkItem('length')).getByText('At least 12 characters')).toBeInTheDocument();
    expect(register).not.toHaveBeenCalled();
  });

  it('shows the checklist in Korean', async () => {
    renderPage(<SignUpPage />, { mocks: [viewerMock(null)], path: '/sign-up', language: 'ko' });
    expect(await screen.findByText('12자 이상')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '회원가입' })).toBeInTheDocument();
  });
});
