import { PasswordInput, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ComponentProps, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Fixed = 'label' | 'type' | 'autoComplete' | 'required';

/** The e-mail address an account signs in with. */
export function EmailInput(props: Omit<ComponentProps<typeof TextInput>, Fixed>) {
  const { t } = useTranslation('account');
  return (
    <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...props} />
  );
}

type PasswordFieldProps = Omit<
  ComponentProps<typeof PasswordInput>,
  'required' | 'visible' | 'onVisibilityChange' | 'visibilityToggleButtonProps'
>;

/**
 * A required password that states aria-invalid either way, as TextInput does. Its show/hide
 * toggle is a named button in the Tab order (Mantine takes it out of the order and hides it
 * from screen readers unless told otherwise), pressed with Space or Enter.
 */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation('account');
  const [visible, { toggle }] = useDisclosure(false);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Mantine toggles on Space only; a button is pressed with Enter too.
    if (event.key === 'Enter') {
      event.preventDefault();
      toggle();
    }
  };
  return (
    <PasswordInput
      required
      {...props}
      visible={visible}
      onVisibilityChange={toggle}
      visibilityToggleButtonProps={{
        tabIndex: 0,
        'aria-label': t('fields.showPassword'),
        onKeyDown,
      }}
      aria-invalid={Boolean(props.error)}
    />
  );
}
