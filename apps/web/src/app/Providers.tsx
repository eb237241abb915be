import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

interface ProvidersProps {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}

/** Mantine with the app's theme, plus names for the controls Mantine draws itself. */
function LocalizedMantineProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common:actions.close');
  // A notification's close button is an icon: without a name, screen readers say "button".
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}

/** Everything a page needs around it; tests use the same providers with a mocked client. */
export function Providers({ client, i18n, children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantineProvider>
        <Notifications position="top-right" />
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </LocalizedMantineProvider>
    </I18nextProvider>
  );
}
