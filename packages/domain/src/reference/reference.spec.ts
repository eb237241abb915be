import {
  COUNTRIES,
  NACE_CODES,
  REFERENCE_SOURCES,
  REGIONS,
  TECHNOLOGY_AREAS,
  TECHNOLOGY_TAXONOMY,
  countryLabel,
  findCountry,
  hasRegions,
  isCountryCode,
  isNaceCode,
  isRegionCode,
  isTechnologyCode,
  naceDivisionsOf,
  naceLabel,
  naceSectionOf,
  referenceData,
  referenceLabel,
  regionBelongsTo,
  regionLabel,
  regionsOf,
  technologyAreaOf,
  technologyChildren,
  technologyLabel,
  technologyParent,
} from './index';

const codesOf = (items: readonly { code: string }[]): string[] => items.map((item) => item.code);

function expectLabelled(items: readonly { code: string; en: string; ko: string }[]): void {
  for (const item of items) {
    expect(item.en.trim()).not.toBe('');
    expect(item.ko.trim()).not.toBe('');
    // A Korean label carries Hangul (or at least is not the English label copied over).
    expect(item.ko).not.toBe(item.en);
  }
}

describe('countries (ISO 3166-1)', () => {
  it('lists all 249 assigned alpha-2 codes once each', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(codesOf(COUNTRIES)).size).toBe(249);
    expect(new Set(COUNTRIES.map((c) => c.alpha3)).size).toBe(249);
  });

  it('uses two upper-case letters for alpha-2 and three for alpha-3', () => {
    for (const country of COUNTRIES) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('labels every country in English and Korean', () => {
    expectLabelled(COUNTRIES);
  });

  it('knows the countries the clusters work with', () => {
    expect(findCountry('KR')).toEqual({
      code: 'KR',
      alpha3: 'KOR',
      en: 'South Korea',
      ko: '대한민국',
    });
    expect(findCountry('DE')?.alpha3).toBe('DEU');
    expect(countryLabel('FI', 'ko')).toBe('핀란드');
    expect(countryLabel('VN', 'en')).toBe('Vietnam');
  });

  it('rejects unknown, lower-case and non-string codes', () => {
    expect(isCountryCode('KR')).toBe(true);
    expect(isCountryCode('kr')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('KOR')).toBe(false);
    expect(isCountryCode('')).toBe(false);
    expect(isCountryCode(undefined)).toBe(false);
    expect(isCountryCode(42)).toBe(false);
    expect(countryLabel('XX', 'en')).toBeUndefined();
  });
});

describe('regions (ISO 3166-2)', () => {
  it('lists each region once', () => {
    expect(new Set(codesOf(REGIONS)).size).toBe(REGIONS.length);
  });

  it('has exactly the 17 current Korean provinces and metropolitan cities', () => {
    const korean = codesOf(regionsOf('KR'));
    expect(korean).toHaveLength(17);
    for (const code of [
      'KR-11',
      'KR-26',
      'KR-27',
      'KR-41',
      'KR-47',
      'KR-48',
      'KR-50',
      'KR-51',
      'KR-52',
    ]) {
      expect(korean).toContain(code);
    }
    // Replaced by KR-51 (2023) and KR-52 (2024).
    expect(isRegionCode('KR-42')).toBe(false);
    expect(isRegionCode('KR-45')).toBe(false);
    expect(regionLabel('KR-27', 'ko')).toBe('대구광역시');
    expect(regionLabel('KR-27', 'en')).toBe('Daegu');
    expect(regionLabel('KR-51', 'ko')).toBe('강원특별자치도');
    expect(regionLabel('KR-52', 'ko')).toBe('전북특별자치도');
  });

  it('is complete for every country it covers', () => {
    const expected: Record<string, number> = {
      KR: 17,
      AT: 9,
      BE: 3,
      DE: 16,
      DK: 5,
      ES: 19,
      FI: 19,
      FR: 18,
      IT: 20,
      JP: 47,
      NL: 12,
      SE: 21,
      US: 51,
    };
    for (const [country, count] of Object.entries(expected)) {
      expect([country, regionsOf(country).length]).toEqual([country, count]);
    }
    const covered = new Set(REGIONS.map((r) => r.country));
    expect([...covered].sort()).toEqual(Object.keys(expected).sort());
  });

  it('ties every region to an existing country whose code prefixes it', () => {
    for (const region of REGIONS) {
      expect(isCountryCode(region.country)).toBe(true);
      expect(region.code.startsWith(`${region.country}-`)).toBe(true);
      expect(region.code).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
      expect(regionBelongsTo(region.code, region.country)).toBe(true);
    }
  });

  it('labels every region in English and Korean', () => {
    expectLabelled(REGIONS);
  });

  it('answers which country a region belongs to', () => {
    expect(regionBelongsTo('KR-27', 'KR')).toBe(true);
    expect(regionBelongsTo('KR-27', 'DE')).toBe(false);
    expect(regionBelongsTo('DE-BY', 'DE')).toBe(true);
    expect(regionBelongsTo('kr-27', 'KR')).toBe(false);
    expect(regionBelongsTo('KR-99', 'KR')).toBe(false);
  });

  it('returns no regions for a country without a list, or an unknown one', () => {
    expect(regionsOf('VN')).toEqual([]);
    expect(regionsOf('kr')).toEqual([]);
    expect(hasRegions('KR')).toBe(true);
    expect(hasRegions('VN')).toBe(false);
    expect(isRegionCode('kr-27')).toBe(false);
    expect(isRegionCode(null)).toBe(false);
  });
});

describe('sectors (NACE Rev.2)', () => {
  const sections = NACE_CODES.filter((n) => n.level === 'SECTION');
  const divisions = NACE_CODES.filter((n) => n.level === 'DIVISION');

  it('has the 21 sections A–U and the 88 divisions, each once', () => {
    expect(codesOf(sections)).toEqual('ABCDEFGHIJKLMNOPQRSTU'.split(''));
    expect(divisions).toHaveLength(88);
    expect(new Set(codesOf(NACE_CODES)).size).toBe(21 + 88);
    for (const division of divisions) expect(division.code).toMatch(/^\d{2}$/);
  });

  it('leaves out the numbers NACE does not use', () => {
    for (const unused of ['04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) {
      expect(isNaceCode(unused)).toBe(false);
    }
  });

  it('puts every division in an existing section', () => {
    const sectionCodes = new Set(codesOf(sections));
    for (const division of divisions) {
      expect(division.level === 'DIVISION' && sectionCodes.has(division.section)).toBe(true);
    }
    const perSection = sections.map((s) => naceDivisionsOf(s.code).length);
    expect(perSection).toEqual([3, 5, 24, 1, 4, 3, 3, 5, 2, 6, 3, 1, 7, 6, 1, 1, 3, 4, 3, 2, 1]);
  });

  it('knows the section of a division', () => {
    expect(naceSectionOf('29')).toBe('C');
    expect(naceSectionOf('62')).toBe('J');
    expect(naceSectionOf('72')).toBe('M');
    expect(naceSectionOf('01')).toBe('A');
    expect(naceSectionOf('99')).toBe('U');
    expect(naceSectionOf('C')).toBe('C');
    expect(naceSectionOf('29.1')).toBeUndefined();
    expect(naceSectionOf('c')).toBeUndefined();
  });

  it('labels every code in English and Korean', () => {
    expectLabelled(NACE_CODES);
    expect(naceLabel('C', 'ko')).toBe('제조업');
    expect(naceLabel('29', 'ko')).toBe('자동차 및 트레일러 제조업');
    expect(naceLabel('72', 'en')).toBe('Scientific research and development');
  });

  it('rejects unknown and malformed codes', () => {
    expect(isNaceCode('C')).toBe(true);
    expect(isNaceCode('29')).toBe(true);
    expect(isNaceCode('c')).toBe(false);
    expect(isNaceCode('V')).toBe(false);
    expect(isNaceCode('9')).toBe(false);
    expect(isNaceCode('29.10')).toBe(false);
    expect(isNaceCode(29)).toBe(false);
  });
});

describe('technology taxonomy', () => {
  const areas = TECHNOLOGY_TAXONOMY.filter((t) => t.level === 'AREA');
  const fields = TECHNOLOGY_TAXONOMY.filter((t) => t.level === 'FIELD');

  it('has unique codes, at least 15 areas and 120 fields', () => {
    expect(new Set(codesOf(TECHNOLOGY_TAXONOMY)).size).toBe(TECHNOLOGY_TAXONOMY.length);
    expect(areas.length).toBeGreaterThanOrEqual(15);
    expect(fields.length).toBeGreaterThanOrEqual(120);
    expect(codesOf(TECHNOLOGY_AREAS)).toEqual(codesOf(areas));
  });

  it('codes areas with two letters and fields with their area plus two digits', () => {
    for (const area of areas) {
      expect(area.code).toMatch(/^[A-Z]{2}$/);
      expect('parent' in area).toBe(false);
    }
    for (const field of fields) {
      const parent = 'parent' in field ? field.parent : undefined;
      expect(parent).toBeDefined();
      expect(field.code).toMatch(new RegExp(`^${parent}\\d{2}$`));
    }
  });

  it('hangs every field under an area', () => {
    for (const field of fields) {
      expect(technologyParent(field.code)?.level).toBe('AREA');
    }
    for (const area of areas) {
      expect(technologyParent(area.code)).toBeUndefined();
      expect(technologyChildren(area.code).length).toBeGreaterThan(0);
    }
  });

  it('labels every node in English and Korean', () => {
    expectLabelled(TECHNOLOGY_TAXONOMY);
  });

  it('has the fields an industrial-cluster platform needs', () => {
    const needed = {
      EF05: '수소·연료전지',
      EF06: '이차전지/에너지저장',
      EA09: '자동차',
      EA17: '자동차부품/시스템',
      EB10: '경량소재',
      EA04: '로봇',
      EA14: '스마트제조/공장자동화',
      EE10: '인공지능',
      ED04: '반도체소자',
      ED07: '디스플레이',
      LC06: '의료기기',
      EC07: '섬유',
      LA11: '산업바이오/바이오공정',
      EE08: '소프트웨어',
      EF01: '에너지효율',
    };
    for (const [code, ko] of Object.entries(needed)) {
      expect([code, technologyLabel(code, 'ko')]).toEqual([code, ko]);
    }
    expect(technologyChildren('EH').length).toBeGreaterThan(0);
  });

  it('walks between areas and fields', () => {
    const energy = codesOf(technologyChildren('EF'));
    expect(energy).toContain('EF05');
    expect(energy).toContain('EF06');
    expect(energy.every((code) => code.startsWith('EF'))).toBe(true);
    expect(technologyParent('EF05')?.code).toBe('EF');
    expect(technologyAreaOf('EF05')).toBe('EF');
    expect(technologyAreaOf('EF')).toBe('EF');
    expect(technologyChildren('EF05')).toEqual([]);
  });

  it('rejects unknown, lower-case and malformed codes', () => {
    expect(isTechnologyCode('EF05')).toBe(true);
    expect(isTechnologyCode('EF')).toBe(true);
    expect(isTechnologyCode('ef05')).toBe(false);
    expect(isTechnologyCode('EF5')).toBe(false);
    expect(isTechnologyCode('EF99')).toBe(false);
    expect(isTechnologyCode('ZZ')).toBe(false);
    expect(isTechnologyCode(undefined)).toBe(false);
    expect(technologyChildren('ZZ')).toEqual([]);
    expect(technologyParent('ZZ01')).toBeUndefined();
    expect(technologyAreaOf('ef05')).toBeUndefined();
  });
});

describe('referenceData', () => {
  it('groups the four lists and names a source for each', () => {
    expect(referenceData.countries).toBe(COUNTRIES);
    expect(referenceData.regions).toBe(REGIONS);
    expect(referenceData.nace).toBe(NACE_CODES);
    expect(referenceData.technology).toBe(TECHNOLOGY_TAXONOMY);
    expect(Object.keys(REFERENCE_SOURCES).sort()).toEqual(Object.keys(referenceData).sort());
  });

  it('labels a code of any list in either language', () => {
    expect(referenceLabel('countries', 'KR', 'ko')).toBe('대한민국');
    expect(referenceLabel('regions', 'KR-27', 'en')).toBe('Daegu');
    expect(referenceLabel('nace', '62', 'en')).toBe(
      'Computer programming, consultancy and related activities',
    );
    expect(referenceLabel('technology', 'EF05', 'en')).toBe('Hydrogen and fuel cells');
    expect(referenceLabel('technology', 'nope', 'en')).toBeUndefined();
  });
});
