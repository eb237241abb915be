import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
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
  /**
   * Asks for a reason (shown to the affected party) before confirming; the reason must
   * pass `validateReason` (a domain rule) to enable the confirm button.
   */
  reason?: { label: string; validate: (value: string) => string | null };
  onConfirm: (reason: string) => Promise<unknown> | void;
}

/** A destructive action behind a dialog, with an optional reason. */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  message,
  confirmLabel,
  color = 'red',
  variant = 'light',
  reason,
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
      <Button size="xs" color={color} variant={variant} onClick={open} aria-label={accessibleLabel}>
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={title ?? accessibleLabel ?? label}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <Stack>
          {message ? <Text>{message}</Text> : null}
          {reason ? (
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
