import { TextInput, type TextInputProps } from '@mantine/core';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type Bound = 'value' | 'onChange' | 'onBlur' | 'name' | 'defaultValue' | 'type';
type Instant = string | Date | null | undefined;

interface DateTimeFieldProps<T extends FieldValues, TValues> extends Omit<TextInputProps, Bound> {
  control: Control<T, unknown, TValues>;
  /** A field holding an instant: an ISO 8601 string with its offset (or a Date), or null. */
  name: FieldPathByValue<T, Instant>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as the browser's date-time input shows it, in the user's time zone. */
export function toLocalInput(value: Instant): string {
  if (!value) return '';
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  );
}

/** "2026-12-31T18:00" in the user's zone → the instant, as ISO 8601 (UTC). */
export function fromLocalInput(text: string): string | null {
  if (!text) return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The browser's zone, named under the field so that nobody guesses whose 18:00 it is. */
const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A date and time picked in the browser's own control (keyboard-usable, localised by the
 * browser) and kept in the form as an instant with its offset, as the domain asks.
 */
export function DateTimeField<T extends FieldValues, TValues>({
  control,
  name,
  description,
  ...props
}: DateTimeFieldProps<T, TValues>) {
  const { t } = useTranslation();
  const { field } = useController({ control, name });
  return (
    <TextInput
      {...props}
      type="datetime-local"
      name={field.name}
      value={toLocalInput(field.value as Instant)}
      onChange={(event) => field.onChange(fromLocalInput(event.currentTarget.value))}
      onBlur={field.onBlur}
      description={
        <>
          {description ? <>{description} </> : null}
          {t('common:dateTime.zone', { zone: timeZone() })}
        </>
      }
    />
  );
}
