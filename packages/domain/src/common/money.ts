import { z } from 'zod';
import { badInput, errorKey } from '../errors/domain-error';
import { currencyMinorUnits, isMoneyCurrency } from '../reference/currencies';

/** A currency in which an amount can be stated: active ISO 4217, with minor units (not XAU, XXX). */
export const currencyCodeSchema = z
  .string({ message: 'Choose a currency.' })
  .refine((code): boolean => isMoneyCurrency(code), {
    message: 'Choose a currency from ISO 4217, like KRW, EUR or USD.',
  });

/**
 * Amounts are whole numbers in the currency's minor unit (won for KRW, cents for EUR), so
 * no rounding ever happens between the form, the API and the database.
 */
export const minorAmountSchema = (label: string) =>
  z
    .number({ message: `${label} is an amount of money.` })
    .int(`${label} is a whole number in the currency's smallest unit (1,500.50 EUR is 150050).`)
    .min(0, `${label} cannot be negative.`);

/**
 * "1500.5" EUR → 150050; "50000000" KRW → 50000000. Plain digits with an optional decimal
 * point: no grouping separators, because "1,500" and "1.500" mean different things in
 * different locales. Exact (string arithmetic), never through floating point.
 */
export function toMinorUnits(amount: string, currency: string, field = 'amount'): number {
  const digits = currencyMinorUnits(currency);
  if (digits === undefined)
    throw badInput(
      'currency',
      'Choose a currency from ISO 4217, like KRW, EUR or USD.',
      errorKey('money.currency'),
    );
  const match = /^(\d+)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match)
    throw badInput(
      field,
      'Enter the amount with digits and at most one decimal point, like 1500.50.',
      errorKey('money.amountFormat'),
    );
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.replace(/0+$/, '').length > digits)
    throw digits === 0
      ? badInput(field, `${currency} amounts have no decimals.`, errorKey('money.noDecimals'), {
          currency,
        })
      : badInput(
          field,
          `${currency} amounts have at most ${digits} decimals.`,
          errorKey('money.tooManyDecimals'),
          { currency, digits },
        );
  const minor = Number(whole + fraction.padEnd(digits, '0').slice(0, digits));
  if (!Number.isSafeInteger(minor))
    throw badInput(field, 'This amount is too large.', errorKey('money.tooLarge'));
  return minor;
}

/** 150050 EUR → "1500.50"; 50000000 KRW → "50000000": a plain decimal for Intl.NumberFormat. */
export function fromMinorUnits(minor: number, currency: string): string {
  const digits = currencyMinorUnits(currency);
  if (digits === undefined || !Number.isSafeInteger(minor))
    throw badInput(
      'currency',
      `${currency} cannot state the amount ${minor}.`,
      errorKey('money.unstatable'),
      { currency },
    );
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? sign + text : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
