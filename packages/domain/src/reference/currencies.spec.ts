import { COUNTRIES } from './countries';
import { CURRENCIES, CURRENCY_SOURCE, currencyLabel, currencyMinorUnits, findCurrency, isCurrencyCode, isMoneyCurrency } from './currencies';

describe('currencies (ISO 4217 List One)', () => {
  it('lists the 178 active codes once each, in alphabetical order', () => {
    const codes = CURRENCIES.map((currency) => currency.code);
    expect(codes).toHaveLength(178);
    expect(new Set(codes).size).toBe(178);
    expect(codes).toEqual([...codes].sort());
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('labels every currency in English and Korean', () => {
    for (const currency of CURRENCIES) {
      expect(currency.en.trim()).not.toBe('');
      expect(currency.ko).toMatch(/[\uAC00-\uD7A3]/);
      expect(currency.ko).not.toBe(currency.en);
    }
    expect(currencyLabel('KRW', 'ko')).toBe('대한민국 원');
    expect(currencyLabel('EUR', 'en')).toBe('Euro');
    expect(currencyLabel('XYZ', 'en')).toBeUndefined();
    expect(CURRENCY_SOURCE).toMatch(/ISO 4217/);
  });

  it('states ISO minor units, not display habits', () => {
    expect(currencyMinorUnits('KRW')).toBe(0);
    expect(currencyMinorUnits('JPY')).toBe(0);
    expect(currencyMinorUnits('EUR')).toBe(2);
    expect(currencyMinorUnits('USD')).toBe(2);
    expect(currencyMinorUnits('IDR')).toBe(2);
    expect(currencyMinorUnits('KWD')).toBe(3);
    expect(currencyMinorUnits('CLF')).toBe(4);
    expect(currencyMinorUnits('XAU')).toBeUndefined();
    expect(currencyMinorUnits('XYZ')).toBeUndefined();
    for (const currency of CURRENCIES) expect([0, 2, 3, 4, null]).toContain(currency.minorUnits);
  });

  it('has the recent changes: XCG, ZWG, XAD in; ANG, BGN, CUC, HRK, SLL, ZWL out', () => {
    for (const code of ['XCG', 'ZWG', 'XAD', 'SLE', 'VED', 'VES', 'MRU', 'STN']) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['ANG', 'BGN', 'CUC', 'HRK', 'SLL', 'ZWL', 'VEF', 'MRO', 'LTL', 'DEM']) expect(isCurrencyCode(code)).toBe(false);
  });

  it('tells codes that can state an amount from units that cannot', () => {
    expect(isMoneyCurrency('KRW')).toBe(true);
    expect(isMoneyCurrency('CHE')).toBe(true);
    for (const code of ['XAU', 'XAG', 'XDR', 'XTS', 'XXX']) {
      expect(isCurrencyCode(code)).toBe(true);
      expect(isMoneyCurrency(code)).toBe(false);
    }
    expect(findCurrency('USN')?.fund).toBe(true);
    expect(findCurrency('USD')?.fund).toBeUndefined();
  });

  it('rejects lower-case, unknown and non-string codes', () => {
    for (const code of ['krw', 'KR', 'KRWW', '', 'XYZ', undefined, null, 410]) {
      expect(isCurrencyCode(code)).toBe(false);
      expect(isMoneyCurrency(code)).toBe(false);
    }
  });

  it('covers the currencies of the countries the clusters work with', () => {
    const countries = new Set(COUNTRIES.map((country) => country.code));
    expect(countries.has('KR')).toBe(true);
    for (const code of ['KRW', 'EUR', 'USD', 'JPY', 'CNY', 'GBP', 'SEK', 'DKK', 'CHF', 'VND', 'INR', 'SGD']) expect(isMoneyCurrency(code)).toBe(true);
  });
});
