import './app/zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo';
import { createI18n } from './app/i18n/i18n';
import { Providers } from './app/Providers';
import { routes } from './app/routing/routes';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const router = createBrowserRouter(routes);

createRoot(root).render(
  <StrictMode>
    <Providers client={createApolloClient()} i18n={createI18n()}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
