import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { Language } from '@spillover/domain';
import { createCache } from '../app/apollo';
import { createI18n } from '../app/i18n/i18n';
import { theme } from '../app/theme';

interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  language?: Language;
  /** Route pattern of the element, e.g. "/organizations/:id". */
  path?: string;
  /** The URL to start at. */
  url?: string;
  /** Other routes the page may navigate to. */
  routes?: RouteObject[];
}

/** Renders a page with the app's providers, mocked GraphQL and an in-memory router. */
export function renderPage(
  element: ReactElement,
  { mocks = [], language = 'en', path = '/', url, routes = [] }: RenderOptions = {},
) {
  const i18n = createI18n({ lng: language });
  const router = createMemoryRouter(
    [{ path, element }, ...routes, { path: '*', element: <p>elsewhere</p> }],
    {
      initialEntries: [url ?? path],
    },
  );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <MockedProvider mocks={mocks} cache={createCache()} showWarnings={false}>
          <RouterProvider router={router} />
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n, router };
}
