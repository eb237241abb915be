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

    const password = await screen.findByLabelText(/^Password/, {}, { timeout: 10000 });
    expect(checkItem('length')).toHaveAttribute('data-ok', 'false');
    expect(checkItem('strong')).toHaveAttribute('data-ok', 'false');

    await user.type(password, 'minjipark2026');
    expect(checkItem('length')).toHaveAttribute('data-ok', 'true');
    expect(checkItem('notPersonal')).toHaveAttribute('data-ok', 'true');

    // The user's own name inside the password breaks the "not personal" check.
    await user.type(screen.getByLabelText(/^Display name/), 'Minji Park');
    expect(checkItem('notPersonal')).toHaveAttribute('data-ok', 'false');
    await user.clear(screen.getByLabelText(/^Display name/));
    expect(checkItem('notPersonal')).toHaveAttribute('data-ok', 'true');

    await user.clear(password);
    await user.type(password, 'correct horse battery staple');
    expect(checkItem('strong')).toHaveAttribute('data-ok', 'true');

    await user.clear(password);
    expect(checkItem('length')).toHaveAttribute('data-ok', 'false');
    expect(within(checkItem('length')).getByText('At least 12 characters')).toBeInTheDocument();
  });

  it('reaches the show-password toggle with Tab, and Enter and Space press it', async () => {
    const user = userEvent.setup();
    renderPage(<SignUpPage />, { mocks: [viewerMock(null)], path: '/sign-up' });
    const password = await screen.findByLabelText(/^Password/, {}, { timeout: 10000 });
    await user.click(password);
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{Enter}');
    expect(password).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(password).toHaveAttribute('type', 'password');
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

    await user.type(
      await screen.findByLabelText(/^Display name/, {}, { timeout: 10000 }),
      'Min-ji Kim',
    );
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
    expect(await screen.findByText('12자 이상', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '비밀번호 표시' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '회원가입' })).toBeInTheDocument();
  });
});
