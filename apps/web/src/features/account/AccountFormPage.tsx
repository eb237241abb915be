import { Paper, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { Page } from '../../app/layout/Page';

interface AccountFormPageProps {
  /** Title of the page, and the accessible name of its form. */
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}

/** A page of one short account form (sign in, sign up, change password) in a card. */
export function AccountFormPage({ title, onSubmit, children }: AccountFormPageProps) {
  return (
    <Page title={title}>
      <Paper withBorder p="lg" maw={480}>
        <form onSubmit={onSubmit} noValidate aria-label={title}>
          <Stack>{children}</Stack>
        </form>
      </Paper>
    </Page>
  );
}
