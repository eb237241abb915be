import { TECHNICAL_GLOSSARY, glossaryLabel } from './technical-glossary';

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
