import type { MultiSelectProps, SelectProps } from '@mantine/core';
import type { ComponentType } from 'react';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import {
  CountrySelect,
  CurrencySelect,
  RegionSelect,
  SectorMultiSelect,
  TechnologyMultiSelect,
  TrlSelect,
} from '../reference/CodeSelects';

type Bound = 'data' | 'value' | 'onChange' | 'onBlur' | 'name';

/** A form field of type V, by its control and name. */
interface FieldOf<T extends FieldValues, TValues, V> {
  control: Control<T, unknown, TValues>;
  name: FieldPathByValue<T, V>;
}

/** The form's country; '' while none is chosen. */
export function CountryField<T extends FieldValues, TValues>({
  control,
  name,
  ...props
}: FieldOf<T, TValues, string> & Omit<SelectProps, Bound>) {
  const { field } = useController({ control, name });
  return (
    <CountrySelect
      {...props}
      value={(field.value as string) || null}
      onChange={(value) => field.onChange(value ?? '')}
      onBlur={field.onBlur}
      name={field.name}
    />
  );
}

/** The form's region, among those of `country`; null while none is chosen. */
export function RegionField<T extends FieldValues, TValues>({
  control,
  name,
  ...props
}: FieldOf<T, TValues, string | null | undefined> &
  Omit<SelectProps, Bound> & { country: string | null | undefined }) {
  const { field } = useController({ control, name });
  return (
    <RegionSelect
      {...props}
      value={(field.value as string | null | undefined) ?? null}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      name={field.name}
    />
  );
}

/** Binds a multi-select of codes to a form field holding the chosen codes (none: empty or null). */
function codesField(Codes: ComponentType<Omit<MultiSelectProps, 'data'>>) {
  return function CodesField<T extends FieldValues, TValues>({
    control,
    name,
    ...props
  }: FieldOf<T, TValues, string[] | null | undefined> & Omit<MultiSelectProps, Bound>) {
    const { field } = useController({ control, name });
    return (
      <Codes
        {...props}
        value={(field.value as string[] | null | undefined) ?? []}
        onChange={field.onChange}
        onBlur={field.onBlur}
        name={field.name}
      />
    );
  };
}

/** The form's NACE sector codes. */
export const SectorsField = codesField(SectorMultiSelect);

/** The form's technology area codes. */
export const TechnologiesField = codesField(TechnologyMultiSelect);

/** The form's technology readiness level (1–9); null while none is chosen. */
export function TrlField<T extends FieldValues, TValues>({
  control,
  name,
  ...props
}: FieldOf<T, TValues, number | null | undefined> & Omit<SelectProps, Bound>) {
  const { field } = useController({ control, name });
  const level = field.value as number | null | undefined;
  return (
    <TrlSelect
      {...props}
      value={level == null ? null : String(level)}
      onChange={(value) => field.onChange(value ? Number(value) : null)}
      onBlur={field.onBlur}
      name={field.name}
    />
  );
}

/** The form's ISO 4217 currency; null while none is chosen. */
export function CurrencyField<T extends FieldValues, TValues>({
  control,
  name,
  ...props
}: FieldOf<T, TValues, string | null | undefined> & Omit<SelectProps, Bound>) {
  const { field } = useController({ control, name });
  return (
    <CurrencySelect
      {...props}
      value={(field.value as string | null | undefined) ?? null}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      name={field.name}
    />
  );
}
