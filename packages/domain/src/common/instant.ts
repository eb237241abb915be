import { z } from 'zod';

/**
 * RFC 3339 date-times with an explicit offset (`Z` or `±hh:mm`), the only form in which an
 * instant can be given: a bare date or a local time means different instants in Daegu and
 * in Stuttgart.
 */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const INSTANT_MESSAGE =
  'Enter a date and time with its time zone, like 2026-12-31T18:00:00+09:00 or 2026-12-31T09:00:00Z.';

/**
 * The instant an RFC 3339 date-time names, or null when the text is not one: a missing
 * offset, a day the month does not have (2027-02-30), a year outside 0001–9999, an hour
 * past 23, trailing text. Leap seconds (`:60`) are refused: JavaScript dates cannot hold them.
 */
export function parseInstant(text: string): Date | null {
  const match = RFC3339.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (!zulu) {
    const offsetHours = Number(oh);
    const offsetMins = Number(om);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const instant = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  instant.setUTCFullYear(year);
  return new Date(instant.getTime() - offsetMinutes * 60_000);
}

/**
 * An instant in a domain schema: a Date (from the API's DateTime scalar or the database) or
 * RFC 3339 text with an offset (from a form), checked by `parseInstant`.
 */
export const instantSchema = (message: string) =>
  z.union(
    [
      z.date(),
      z.string().transform((text, ctx): Date => {
        const instant = parseInstant(text);
        if (instant) return instant;
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }),
    ],
    { message },
  );
