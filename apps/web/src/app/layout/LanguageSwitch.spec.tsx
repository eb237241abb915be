import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateProfileDocument } from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { aViewer, USER_ID, viewerMock } from '../../test/viewer-mock';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { Layout } from './Layout';

describe('language switch', () => {
  it('re-renders the interface in Korean, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderPage(<Layout />, { mocks: [viewerMock(null)] });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Organizations');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '한국어' }));

    expect(await screen.findByRole('navigation', { name: '주 메뉴' })).toHaveTextContent('기관');
    expect(screen.getByRole('link', { name: '로그인' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('ko');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ko');

    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it("saves the choice as the signed-in user's preferred language", async () => {
    const user = userEvent.setup();
    const updateProfile = jest.fn(() => ({
      data: {
        updateProfile: {
          __typename: 'User' as const,
          id: USER_ID,
          displayName: 'Min-ji Kim',
          preferredLanguage: 'ko' as const,
        },
      },
    }));
    renderPage(<Layout />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: {
            query: UpdateProfileDocument,
            variables: { input: { preferredLanguage: 'ko' } },
          },
          result: updateProfile,
        },
      ],
    });

    await screen.findByRole('button', { name: 'Account menu of Min-ji Kim' });
    await user.click(screen.getByRole('button', { name: '한국어' }));
    await waitFor(() => expect(updateProfile).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('button', { name: 'Min-ji Kim 님의 계정 메뉴' })).toBeInTheDocument();
  });
});
