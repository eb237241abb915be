import { COUNTRIES, NACE_CODES, TECHNOLOGY_TAXONOMY } from '.';
import { codeMatchRank, rankByCode } from './code-search';
import { CURRENCIES } from './currencies';

const currencyOption = (currency: { code: string; en: string }) => ({
  code: currency.code,
  label: `${currency.code} · ${currency.en}`,
});
const codes = (items: readonly { code: string }[]) => items.map((item) => item.code);

describe('rankByCode', () => {
  it('offers the currency whose code was typed first: EUR before CHE · WIR Euro', () => {
    const ranked = rankByCode(CURRENCIES, 'EUR', currencyOption);
    expect(codes(ranked)[0]).toBe('EUR');
    expect(codes(ranked)).toContain('CHE');
    expect(codes(rankByCode(CURRENCIES, 'eur', currencyOption))[0]).toBe('EUR');
    expect(codes(rankByCode(CURRENCIES, 'krw', currencyOption))).toEqual(['KRW']);
  });

  it('puts codes that begin with the text before names that contain it', () => {
    // US: USD, USN (codes) before the names with a word "us…" and those that merely contain it.
    const ranked = codes(rankByCode(CURRENCIES, 'US', currencyOption));
    expect(ranked.slice(0, 2)).toEqual(['USD', 'USN']);
    expect(ranked.indexOf('AUD')).toBeGreaterThan(ranked.indexOf('USN'));
  });

  it('finds by a word of the name, in either language, ignoring case and accents', () => {
    const won = rankByCode(CURRENCIES, '원', (c) => ({
      code: c.code,
      label: `${c.code} · ${c.ko}`,
    }));
    expect(codes(won)).toEqual(expect.arrayContaining(['KRW', 'KPW']));
    expect(codeMatchRank({ code: 'CI', label: 'Côte d’Ivoire' }, 'cote')).toBe(2);
    expect(codeMatchRank({ code: 'EUR', label: 'EUR · Euro' }, 'yen')).toBeNull();
  });

  it('ranks a country by its code before countries whose name begins with it (DE: Germany, then Denmark)', () => {
    const ranked = rankByCode(COUNTRIES, 'de', (c) => ({ code: c.code, label: c.en }));
    expect(ranked[0]!.en).toBe('Germany');
    expect(ranked.map((c) => c.en)).toContain('Denmark');
  });

  it('ranks sectors and technology areas by code the same way', () => {
    const sector = rankByCode(NACE_CODES, 'C', (n) => ({
      code: n.code,
      label: `${n.code} · ${n.en}`,
    }));
    expect(sector[0]!.code).toBe('C');
    const area = rankByCode(TECHNOLOGY_TAXONOMY, 'ef05', (a) => ({
      code: a.code,
      label: `${a.code} · ${a.en}`,
    }));
    expect(area[0]!.code).toBe('EF05');
  });

  it('keeps list order for empty text and within a rank', () => {
    expect(codes(rankByCode(CURRENCIES, '  ', currencyOption))).toEqual(codes(CURRENCIES));
  });
});
