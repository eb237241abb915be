import { PasswordInput, TextInput } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

type Fixed = 'label' | 'type' | 'autoComplete' | 'required';

/** The e-mail address an account signs in with. */
export function EmailInput(props: Omit<ComponentProps<typeof TextInput>, Fixed>) {
  const { t } = useTranslation('account');
  return (
    <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...props} />
  );
}

/** A required password that states aria-invalid either way, as TextInput does. */
export function PasswordField(props: Omit<ComponentProps<typeof PasswordInput>, 'required'>) {
  return <PasswordInput required {...props} aria-invalid={Boolean(props.error)} />;
}
