import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { currencyMinorUnits, fromMinorUnits, isDomainError, toMinorUnits } from '@spillover/domain';
import { useEffect, useRef, useState } from 'react';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type Bound = 'value' | 'onChange' | 'onBlur' | 'name' | 'defaultValue';

interface MoneyFieldProps<T extends FieldValues, TValues> extends Omit<TextInputProps, Bound> {
  control: Control<T, unknown, TValues>;
  /** A field holding the amount in the currency's minor units (won, cents), or null. */
  name: FieldPathByValue<T, number | null | undefined>;
  /** The ISO 4217 currency of the amount; the field waits for one. */
  currency: string | null | undefined;
}

const initialText = (minor: unknown, currency: string | null | undefined): string =>
  typeof minor === 'number' && currency && Number.isSafeInteger(minor)
    ? fromMinorUnits(minor, currency)
    : '';

/**
 * An amount typed as people write it ("1500.50") and kept in the form in minor units
 * (150050), converted by the domain, exactly. Text the domain cannot convert (a letter, a
 * third decimal for EUR) keeps the field invalid (NaN) and says why here; the amount is
 * converted again when the currency changes.
 */
export function MoneyField<T extends FieldValues, TValues>({
  control,
  name,
  currency,
  error,
  disabled,
  ...props
}: MoneyFieldProps<T, TValues>) {
  const { t } = useTranslation();
  const { field } = useController({ control, name });
  const [text, setText] = useState(() => initialText(field.value, currency));
  const [problem, setProblem] = useState<string | null>(null);

  const convert = (next: string, code: string | null | undefined): number | null => {
    setProblem(null);
    if (next.trim() === '') return null;
    // Without a currency the amount cannot be read; the domain asks for the currency.
    if (!code) return (field.value as number | null | undefined) ?? Number.NaN;
    try {
      return toMinorUnits(next, code, name);
    } catch (caught) {
      if (!isDomainError(caught)) throw caught;
      const digits = currencyMinorUnits(code) ?? 0;
      setProblem(
        t(digits === 0 ? 'common:money.invalidWhole' : 'common:money.invalid', {
          defaultValue: caught.message,
          currency: code,
          digits,
        }),
      );
      return Number.NaN;
    }
  };

  // Only a change of currency re-reads the text; typing converts in onChange.
  const shownCurrency = useRef(currency);
  useEffect(() => {
    if (shownCurrency.current === currency) return;
    shownCurrency.current = currency;
    if (currency && text.trim() !== '') field.onChange(convert(text, currency));
  }, [currency]);

  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      name={field.name}
      value={text}
      disabled={disabled || (!currency && text === '')}
      placeholder={currency ? undefined : t('common:money.chooseCurrencyFirst')}
      rightSection={
        currency ? (
          <Text size="xs" c="dimmed" aria-hidden>
            {currency}
          </Text>
        ) : null
      }
      rightSectionWidth={48}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        field.onChange(convert(next, currency));
      }}
      onBlur={field.onBlur}
      error={problem ?? error}
    />
  );
}
