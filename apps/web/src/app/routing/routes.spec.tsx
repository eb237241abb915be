import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { createCache } from '../apollo';
import { createI18n } from '../i18n/i18n';
import { theme } from '../theme';
import { routes } from './routes';

const ID = '0b6c1a52-64a4-4c1e-8d7e-6d2b7d0f9a11';

function renderAt(url: string, signedIn: boolean) {
  const viewer = signedIn ? aViewer({ roles: ['ADMIN'] }) : null;
  render(
    <I18nextProvider i18n={createI18n({ lng: 'en' })}>
      <MantineProvider theme={theme} env="test">
        <MockedProvider mocks={[viewerMock(viewer)]} cache={createCache()} showWarnings={false}>
          <RouterProvider router={createMemoryRouter(routes, { initialEntries: [url] })} />
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}

// Every page has the landmarks, exactly one h1 and a document title, signed in or not.
describe.each([
  ['/', false],
  ['/sign-in', false],
  ['/sign-up', false],
  ['/organizations', false],
  [`/organizations/${ID}`, false],
  ['/clusters', false],
  [`/clusters/${ID}`, false],
  [`/partnerships/${ID}`, false],
  [`/needs/${ID}`, false],
  [`/capabilities/${ID}`, false],
  ['/nowhere', false],
  ['/', true],
  ['/my/organizations', true],
  ['/organizations/new', true],
  ['/needs/new', true],
  [`/needs/${ID}/edit`, true],
  ['/capabilities/new', true],
  [`/capabilities/${ID}/edit`, true],
  ['/consortium-invitations', true],
  ['/account/password', true],
  ['/account/tokens', true],
  ['/admin', true],
  ['/admin/clusters/new', true],
  [`/admin/clusters/${ID}/managers`, true],
  ['/admin/audit', true],
  ['/admin/outbox', true],
  ['/calls', true],
  ['/calls/new', true],
  [`/calls/${ID}`, true],
  [`/calls/${ID}/edit`, true],
  [`/applications/${ID}`, true],
  ['/invitations', true],
  ['/account/forgot-password', false],
  ['/account/reset-password?token=sr_abc', false],
])('%s (signed in: %s)', (url, signedIn) => {
  it('renders one h1 inside main, with header and navigation', async () => {
    renderAt(url, signedIn);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1));
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/· Spillover$/));
  });
});

it('sends signed-out visitors of a private page to sign in', async () => {
  renderAt('/account/tokens', false);
  expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
});
