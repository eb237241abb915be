import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n/i18n';

const LOCALES = { en: 'en-GB', ko: 'ko-KR' } as const;

/** Formats dates in the UI language with Intl, so both languages read naturally. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[currentLanguage(i18n)];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  return {
    locale,
    date: (value: string | null | undefined) => (value ? date.format(new Date(value)) : ''),
    dateTime: (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : ''),
    number: (value: number) => number.format(value),
  };
}
