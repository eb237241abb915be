import { NumberInput, Text, type NumberInputProps } from '@mantine/core';
import { currencyMinorUnits, fromMinorUnits, isDomainError, toMinorUnits } from '@spillover/domain';
import type { z } from 'zod';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

type Bound = 'value' | 'onChange' | 'decimalScale' | 'allowNegative' | 'rightSection';

export interface MoneyInputProps extends Omit<NumberInputProps, Bound> {
  /** The amount in the currency's minor units (won, cents); null while the text is not one. */
  value: number | null;
  /** Called with the new amount in minor units, or null while the text is not an amount. */
  onChange: (minor: number | null) => void;
  /** The ISO 4217 currency the amount is in (the call's). */
  currency: string;
  /** The domain's schema for the amount (bounds, whole minor units): its message is shown. */
  schema?: z.ZodType<number>;
  /** The field's name in the API, for the domain's messages. */
  field: string;
}

/**
 * A money amount typed in the currency's major unit with its decimals (none for KRW, two for
 * EUR), grouped as the locale writes numbers, never negative; kept in minor units, converted
 * exactly by the domain from the typed digits (never through floating point). The domain's
 * schema (e.g. a budget's ceiling) checks the result as the API will.
 */
export function MoneyInput({
  value,
  onChange,
  currency,
  schema,
  field,
  error,
  ...props
}: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const digits = currencyMinorUnits(currency) ?? 0;
  const [text, setText] = useState(() => (value === null ? '' : fromMinorUnits(value, currency)));
  const [problem, setProblem] = useState<string | null>(null);
  // A new amount from outside (saved, reset) replaces the text unless it already says it.
  useEffect(() => {
    if (value === null) return;
    setText((current) => {
      try {
        return toMinorUnits(current || '0', currency, field) === value
          ? current
          : fromMinorUnits(value, currency);
      } catch {
        return fromMinorUnits(value, currency);
      }
    });
  }, [value, currency, field]);
  const separators = new Intl.NumberFormat(i18n.language).formatToParts(1000.5);
  const group = separators.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = separators.find((p) => p.type === 'decimal')?.value ?? '.';

  const read = (next: string): number | null => {
    try {
      const minor = toMinorUnits(next === '' ? '0' : next, currency, field);
      const checked = schema?.safeParse(minor);
      if (checked && !checked.success) {
        const issue = checked.error.issues[0];
        setProblem(
          issue?.code === 'too_big'
            ? t('common:money.atMost', {
                amount: format.money(Number(issue.maximum), currency),
              })
            : (issue?.message ?? null),
        );
        return null;
      }
      setProblem(null);
      return minor;
    } catch (caught) {
      if (!isDomainError(caught)) throw caught;
      setProblem(
        t(caught.key === 'money.tooLarge' ? 'common:money.tooLarge' : 'common:money.invalid', {
          defaultValue: caught.message,
          currency,
          digits,
        }),
      );
      return null;
    }
  };

  return (
    <NumberInput
      {...props}
      value={text}
      allowNegative={false}
      allowDecimal={digits > 0}
      decimalScale={digits}
      thousandSeparator={group}
      decimalSeparator={decimal}
      inputMode={digits > 0 ? 'decimal' : 'numeric'}
      hideControls
      autoComplete="off"
      rightSection={
        <Text size="xs" c="dimmed" aria-hidden>
          {currency}
        </Text>
      }
      rightSectionWidth={48}
      // The unformatted digits ("1500.5"), exactly as typed: the domain converts them.
      onValueChange={({ value: digitsTyped }) => {
        setText(digitsTyped);
        onChange(read(digitsTyped));
      }}
      error={problem ?? error}
    />
  );
}
