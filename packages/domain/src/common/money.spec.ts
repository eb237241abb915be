import { DomainError } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { currencyCodeSchema, fromMinorUnits, minorAmountSchema, toMinorUnits } from './money';
import { TRL_LEVELS, trlSchema } from './trl';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : `other:${String(error)}`;
  }
  return 'none';
};

describe('money', () => {
  it('turns typed amounts into exact minor units', () => {
    expect(toMinorUnits('1500.5', 'EUR')).toBe(150050);
    expect(toMinorUnits('1500.50', 'EUR')).toBe(150050);
    expect(toMinorUnits('0.1', 'USD')).toBe(10);
    expect(toMinorUnits(' 50000000 ', 'KRW')).toBe(50000000);
    expect(toMinorUnits('50000000.00', 'KRW')).toBe(50000000);
    expect(toMinorUnits('1.234', 'KWD')).toBe(1234);
    expect(toMinorUnits('7.', 'USD')).toBe(700);
  });

  it('refuses amounts it cannot state exactly, naming the field', () => {
    expect(refusal(() => toMinorUnits('1,500', 'EUR', 'budgetMin'))).toBe(
      'BAD_USER_INPUT:budgetMin',
    );
    expect(refusal(() => toMinorUnits('-5', 'EUR'))).toBe('BAD_USER_INPUT:amount');
    expect(refusal(() => toMinorUnits('100.5', 'KRW'))).toBe('BAD_USER_INPUT:amount');
    expect(refusal(() => toMinorUnits('1.001', 'USD'))).toBe('BAD_USER_INPUT:amount');
    expect(refusal(() => toMinorUnits('1e6', 'USD'))).toBe('BAD_USER_INPUT:amount');
    expect(refusal(() => toMinorUnits('99999999999999999', 'USD'))).toBe('BAD_USER_INPUT:amount');
    expect(refusal(() => toMinorUnits('1', 'XAU'))).toBe('BAD_USER_INPUT:currency');
  });

  it('writes minor units back as a plain decimal', () => {
    expect(fromMinorUnits(150050, 'EUR')).toBe('1500.50');
    expect(fromMinorUnits(5, 'USD')).toBe('0.05');
    expect(fromMinorUnits(0, 'USD')).toBe('0.00');
    expect(fromMinorUnits(50000000, 'KRW')).toBe('50000000');
    expect(fromMinorUnits(1234, 'BHD')).toBe('1.234');
    expect(fromMinorUnits(-150, 'EUR')).toBe('-1.50');
    expect(refusal(() => fromMinorUnits(1.5, 'EUR'))).toBe('BAD_USER_INPUT:currency');
    for (const minor of [0, 1, 99, 100, 123456789])
      expect(toMinorUnits(fromMinorUnits(minor, 'JOD'), 'JOD')).toBe(minor);
  });

  it('validates currencies and amounts with messages for the field', () => {
    expect(parseInput(currencyCodeSchema, 'KRW')).toBe('KRW');
    expect(refusal(() => parseInput(currencyCodeSchema, 'XXX'))).toBe('BAD_USER_INPUT:input');
    expect(() => parseInput(minorAmountSchema('The maximum budget'), -1)).toThrow(
      'The maximum budget cannot be negative.',
    );
    expect(() => parseInput(minorAmountSchema('The maximum budget'), 0.5)).toThrow(/whole number/);
  });
});

describe('TRL', () => {
  it('has nine levels labelled in English and Korean', () => {
    expect(TRL_LEVELS.map((level) => level.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const level of TRL_LEVELS) expect(level.ko).toMatch(/[\uAC00-\uD7A3]/);
  });

  it('accepts whole levels 1–9 only', () => {
    for (const level of [1, 5, 9]) expect(parseInput(trlSchema, level)).toBe(level);
    for (const level of [0, 10, 4.5, '5', null])
      expect(refusal(() => parseInput(trlSchema, level))).toBe('BAD_USER_INPUT:input');
  });
});
