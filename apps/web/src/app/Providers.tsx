import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { theme } from './theme';

interface ProvidersProps {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}

/** Everything a page needs around it; tests use the same providers with a mocked client. */
export function Providers({ client, i18n, children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <Notifications position="top-right" />
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
