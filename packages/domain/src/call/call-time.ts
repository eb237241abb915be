import { TZDate, tzOffset } from '@date-fns/tz';
import { z } from 'zod';
import { INSTANT_MESSAGE, parseInstant } from '../common/instant';

/** Whether the text names a time zone of the IANA database (Asia/Seoul, Europe/Berlin, UTC). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  return !Number.isNaN(tzOffset(zone, new Date(0)));
}

export const timeZoneSchema = z
  .string({ message: 'Choose the time zone of the call, like Asia/Seoul.' })
  .trim()
  .refine(isTimeZone, {
    message: 'Choose a time zone from the IANA list, like Asia/Seoul or Europe/Berlin.',
  });

const OFFSET = /(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** The offset in minutes a date-time text states, or null when it states none. */
function statedOffset(text: string): number | null {
  const match = OFFSET.exec(text);
  if (!match) return null;
  if (match[1]) return 0;
  return (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
}

const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * A call's opening or closing instant: a Date, or RFC 3339 text WITH an offset (a date
 * without one is refused: "the 31st, 18:00" is a different instant in Daegu and Stuttgart).
 */
export const callInstantSchema = (label: string) =>
  z
    .union([z.date(), z.string()], { message: `${label}: ${INSTANT_MESSAGE}` })
    .transform((value, ctx): Date => {
      if (value instanceof Date) return value;
      const instant = parseInstant(value);
      if (instant) return instant;
      ctx.addIssue({ code: 'custom', message: `${label}: ${INSTANT_MESSAGE}` });
      return z.NEVER;
    });

/**
 * When a text instant states an offset (not Z) that its call's time zone does not have at
 * that instant, the manager probably meant another time: "18:00+01:00" in Asia/Seoul.
 * Returns the message, or null when they agree (or Z / a Date, which name the instant only).
 */
export function offsetMismatch(text: unknown, timeZone: string): string | null {
  if (typeof text !== 'string' || !isTimeZone(timeZone)) return null;
  const stated = statedOffset(text.trim());
  const instant = parseInstant(text.trim());
  if (stated === null || instant === null || /[Zz]$/.test(text.trim())) return null;
  const actual = tzOffset(timeZone, instant);
  return actual === stated
    ? null
    : `The offset ${formatOffset(stated)} is not the offset of ${timeZone} at that time (${formatOffset(actual)}).`;
}

/** The wall-clock time of an instant in a time zone, like 2026-12-31 18:00 (+09:00), for messages. */
export function wallClock(instant: Date, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} (${formatOffset(tzOffset(zone, instant))})`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall-clock time typed for a call ("2027-02-26T18:00", as a datetime-local input gives it)
 * as the instant it names in the call's time zone, written with that zone's offset
 * ("2027-02-26T18:00:00+09:00"); null when either is not valid.
 */
export function zonedInstant(local: string, timeZone: string): string | null {
  const match = LOCAL.exec(local);
  if (!match || !isTimeZone(timeZone)) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, timeZone);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.toISOString().slice(0, 19)}${formatOffset(tzOffset(timeZone, date))}`;
}

/** An instant as the wall-clock time of the call's zone, for a datetime-local input ("" when absent). */
export function localInZone(instant: Date | string | null | undefined, timeZone: string): string {
  if (!instant || !isTimeZone(timeZone)) return '';
  const date = new TZDate(new Date(instant).getTime(), timeZone);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
