import { parseInstant } from './instant';
import { responseDeadlineSchema } from '../need/need';

describe('parseInstant', () => {
  it.each([
    ['2026-12-31T18:00:00+09:00', '2026-12-31T09:00:00.000Z'],
    ['2026-12-31T09:00:00Z', '2026-12-31T09:00:00.000Z'],
    ['2026-12-31T09:00:00.123456z', '2026-12-31T09:00:00.123Z'],
    ['2028-02-29T00:00:00-05:30', '2028-02-29T05:30:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
  ])('accepts %s', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['a bare date', '2027-01-01'],
    ['a local time without offset', '2027-01-01T09:00:00'],
    ['a day February does not have', '2027-02-30T00:00:00Z'],
    ['February 29 of a common year', '2027-02-29T00:00:00Z'],
    ['April 31', '2027-04-31T00:00:00Z'],
    ['month 13', '2027-13-01T00:00:00Z'],
    ['hour 24', '2027-01-01T24:00:00Z'],
    ['a leap second', '2027-01-01T23:59:60Z'],
    ['year 0', '0000-01-01T00:00:00Z'],
    ['a five-digit year', '+10000-01-01T00:00:00Z'],
    ['trailing text', '2027-01-01T00:00:00Zjunk'],
    ['an offset without colon', '2027-01-01T00:00:00+0900'],
    ['an offset past 23 hours', '2027-01-01T00:00:00+24:00'],
    ['a number as text', '1700000000'],
    ['a space instead of T', '2027-01-01 00:00:00Z'],
  ])('refuses %s', (_label, text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it('is the rule of the domain schemas too', () => {
    expect(responseDeadlineSchema.safeParse('2027-02-30T00:00:00Z').success).toBe(false);
    expect(responseDeadlineSchema.safeParse('2027-01-01').success).toBe(false);
    expect(responseDeadlineSchema.parse('2027-01-31T00:00:00+09:00').toISOString()).toBe(
      '2027-01-30T15:00:00.000Z',
    );
  });
});
