import { useFormat } from '../../app/format';

/** Formats instants in the call's own time zone (the deadline is 18:00 in Seoul for everyone), zone named. */
export function useCallTime() {
  const { locale } = useFormat();
  return (value: string | null | undefined, timeZone: string | null | undefined): string => {
    if (!value) return '';
    try {
      return new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: timeZone ?? 'UTC',
      }).format(new Date(value));
    } catch {
      return new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }).format(new Date(value));
    }
  };
}
