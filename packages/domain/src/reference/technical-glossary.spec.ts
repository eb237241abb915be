import { TECHNICAL_GLOSSARY, glossaryLabel } from './technical-glossary';
import { matchTerms } from '../match/match-terms';

describe('TECHNICAL_GLOSSARY', () => {
  it('holds a few hundred concepts, each named in English and in Korean, ids unique', () => {
    expect(TECHNICAL_GLOSSARY.length).toBeGreaterThanOrEqual(300);
    const ids = TECHNICAL_GLOSSARY.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of TECHNICAL_GLOSSARY) {
      expect(concept.en.length).toBeGreaterThan(0);
      expect(concept.ko.some((term) => /[가-힣]/.test(term))).toBe(true);
    }
  });

  it('names a concept in the reader’s language', () => {
    expect(glossaryLabel('bipolar-plate', 'en')).toBe('bipolar plate');
    expect(glossaryLabel('bipolar-plate', 'ko')).toBe('분리판');
    expect(glossaryLabel('no-such-concept', 'en')).toBeUndefined();
  });
});

describe('material designations and Korean forms in the glossary', () => {
  const concepts = (text: string) => [...matchTerms(text).concepts];

  it('reads an alloy designation as its base material', () => {
    expect(concepts('Ti-6Al-4V brackets')).toContain('titanium');
    expect(concepts('AZ31B sheet')).toContain('magnesium');
    expect(concepts('A356 and ADC12 castings')).toContain('aluminium');
    expect(concepts('SUS316L 배관')).toContain('steel');
    expect(concepts('22MnB5 B-pillar')).toContain('high-strength-steel');
    expect(concepts('Inconel 718 turbine parts')).toContain('inconel');
  });

  it('knows the Korean names of a concept beside the English one', () => {
    expect(concepts('설비 고장 예지')).toContain('predictive-maintenance');
    expect(concepts('공작기계 주축')).toContain('spindle');
    expect(concepts('vacuum carburising of gears')).toContain('heat-treatment');
    expect(concepts('기어 침탄 열처리')).toContain('heat-treatment');
  });
});
