import { NumberInput, type NumberInputProps, TextInput, type TextInputProps } from '@mantine/core';
import { localInZone, zonedInstant } from '@spillover/domain';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

type Bound = 'value' | 'onChange' | 'onBlur' | 'name' | 'defaultValue';

interface BoundProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
}

/** A whole number kept as a number, or null when emptied (the domain reads null as "no rule"). */
export function WholeNumberField<T extends FieldValues, V>({
  control,
  name,
  ...props
}: BoundProps<T, V> & Omit<NumberInputProps, Bound>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <NumberInput
      {...props}
      name={field.name}
      allowDecimal={false}
      value={(field.value as number | null | undefined) ?? ''}
      onChange={(value) => field.onChange(value === '' ? null : Number(value))}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}

/**
 * A date and time typed in the call's own time zone (not the browser's: 18:00 in Seoul is
 * the deadline for applicants in Stuttgart too), kept as RFC 3339 text with that zone's offset.
 */
export function ZonedDateTimeField<T extends FieldValues, V>({
  control,
  name,
  timeZone,
  ...props
}: BoundProps<T, V> & { timeZone: string } & Omit<TextInputProps, Bound | 'type'>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextInput
      {...props}
      type="datetime-local"
      name={field.name}
      value={localInZone(field.value as string | null | undefined, timeZone)}
      onChange={(event) => field.onChange(zonedInstant(event.currentTarget.value, timeZone))}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}
