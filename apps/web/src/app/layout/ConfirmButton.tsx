import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** Visible text of the button. */
  label: string;
  /** Accessible name when the visible label alone is ambiguous (e.g. "Remove" in a list). */
  accessibleLabel?: string;
  /** Title of the dialog; by default the accessible name of the button. */
  title?: string;
  message?: string;
  confirmLabel?: string;
  color?: string;
  variant?: 'light' | 'filled' | 'outline' | 'subtle' | 'default';
  size?: 'xs' | 'sm';
  /** Not available now (say why next to it). */
  disabled?: boolean;
  /** What the dialog shows under the message, e.g. the terms being agreed to. */
  children?: ReactNode;
  /**
   * Asks for a reason (shown to the affected party) before confirming; the reason must
   * pass `validate` (a domain rule) to enable the confirm button. With `choices`, the
   * reason is one of them (radio buttons) instead of free text.
   */
  reason?: {
    label: string;
    validate: (value: string) => string | null;
    choices?: readonly { value: string; label: string }[];
  };
  onConfirm: (reason: string) => Promise<unknown> | void;
}

/** A destructive or binding action behind a dialog, with an optional reason. */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  message,
  confirmLabel,
  color = 'red',
  variant = 'light',
  size = 'xs',
  disabled = false,
  reason,
  children,
  onConfirm,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = reason ? reason.validate(text) : null;

  const confirm = async () => {
    setTouched(true);
    if (problem) return;
    setBusy(true);
    try {
      await onConfirm(text.trim());
      close();
      setText('');
      setTouched(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size={size}
        color={color}
        variant={variant}
        onClick={open}
        disabled={disabled}
        aria-label={accessibleLabel}
      >
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={title ?? accessibleLabel ?? label}
        size={children ? 'lg' : 'md'}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <Stack>
          {message ? <Text>{message}</Text> : null}
          {children}
          {reason?.choices ? (
            <Radio.Group
              label={reason.label}
              required
              value={text}
              onChange={(value) => {
                setText(value);
                setTouched(true);
              }}
              error={touched && problem ? problem : undefined}
            >
              <Stack gap="xs" mt="xs">
                {reason.choices.map((choice) => (
                  <Radio key={choice.value} value={choice.value} label={choice.label} />
                ))}
              </Stack>
            </Radio.Group>
          ) : reason ? (
            <Textarea
              label={reason.label}
              required
              autosize
              minRows={3}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              onBlur={() => setTouched(true)}
              error={touched && problem ? problem : undefined}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button color={color} loading={busy} onClick={() => void confirm()}>
              {confirmLabel ?? label}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
