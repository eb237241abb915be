import { currencyMinorUnits, fromMinorUnits } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n/i18n';

const LOCALES = { en: 'en-GB', ko: 'ko-KR' } as const;

/**
 * An amount in the currency's minor units as Intl formats it: the exact decimal from the
 * domain (never through floating point), with ISO's digits, and no ".00" on whole amounts.
 */
function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const digits = currencyMinorUnits(currency) ?? 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    trailingZeroDisplay: 'stripIfInteger',
  });
}

const decimal = (minor: number, currency: string) =>
  fromMinorUnits(minor, currency) as Intl.StringNumericLiteral;

/** Formats dates, numbers and money in the UI language with Intl, so both languages read naturally. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = LOCALES[currentLanguage(i18n)];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // A deadline is an instant: its zone is shown, since partners read it from other countries.
  // (dateStyle cannot be combined with timeZoneName: the parts are named one by one.)
  const instant = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const number = new Intl.NumberFormat(locale);
  return {
    locale,
    date: (value: string | null | undefined) => (value ? date.format(new Date(value)) : ''),
    dateTime: (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : ''),
    /** A moment with its time zone, e.g. a response deadline. */
    instant: (value: string | null | undefined) => (value ? instant.format(new Date(value)) : ''),
    number: (value: number) => number.format(value),
    /** An amount in minor units (won, cents) of an ISO 4217 currency. */
    money: (minor: number, currency: string) =>
      moneyFormat(locale, currency).format(decimal(minor, currency)),
    /** A budget range; either end may be open. Empty without a currency or an amount. */
    moneyRange: (
      min: number | null | undefined,
      max: number | null | undefined,
      currency: string | null | undefined,
    ): string => {
      if (!currency || (min == null && max == null)) return '';
      const format = moneyFormat(locale, currency);
      if (min != null && max != null)
        return min === max
          ? format.format(decimal(min, currency))
          : format.formatRange(decimal(min, currency), decimal(max, currency));
      if (min != null)
        return t('common:money.from', { amount: format.format(decimal(min, currency)) });
      return t('common:money.upTo', { amount: format.format(decimal(max ?? 0, currency)) });
    },
  };
}
