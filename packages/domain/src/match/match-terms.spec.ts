import { matchTerms } from './match-terms';

const words = (text: string): string[] => [...matchTerms(text).words];

describe('matchTerms', () => {
  it('folds, singularises English plurals and keeps first-use order', () => {
    expect(words('Fuel Cells and Batteries for Électric vehicles')).toEqual([
      'fuel',
      'cell',
      'battery',
      'electric',
      'vehicle',
    ]);
  });

  it('drops English and Korean stop words, also with a particle attached', () => {
    expect(words('New technology development: a system solution with sensors')).toEqual(['sensor']);
    expect(words('수소 기술 개발 및 기술을 위한 시스템의 연구개발')).toEqual(['수소']);
  });

  it('drops words shorter than two characters and one- or two-digit numbers', () => {
    expect(words('a 열 x 3 12 5G 18650 cells')).toEqual(['5g', '18650', 'cell']);
  });

  it('sets Hangul runs apart from Latin ones and counts each term once, particles off', () => {
    const terms = matchTerms('수소연료전지 stack 수소연료전지를 stack');
    expect([...terms.words]).toEqual(['수소연료전지', 'stack']);
    expect(terms.hangul).toEqual(['수소연료전지']);
  });

  it('takes particles off only where no noun could end so', () => {
    // 시험 is a generic word (every field tests): gone with or without its particle.
    expect([...matchTerms('시험과 인증 시험을 센서의 분리막에서').words]).toEqual([
      '인증',
      '센서',
      '분리막',
    ]);
    // Nouns that end like a particle keep their ending.
    expect([...matchTerms('디스플레이 해상도 효과 전기로 전문가').words]).toEqual([
      '디스플레이',
      '해상도',
      '효과',
      '전기로',
      '전문가',
    ]);
    // A verb form is its noun: 개발하는 → 개발, a stop word.
    expect([...matchTerms('촉매를 개발하는 분리막').words]).toEqual(['촉매', '분리막']);
  });

  it('knows the runs of two syllables or more inside each Hangul term, longest first', () => {
    const terms = matchTerms('연료전지');
    expect(terms.hangulParts).toEqual([['연료전', '료전지', '연료', '료전', '전지']]);
    expect(terms.insideHangul.has('연료')).toBe(true);
    expect(terms.insideHangul.has('연료전지')).toBe(false);
  });

  it('does not split a long unbroken Hangul run into every possible part', () => {
    const terms = matchTerms('가'.repeat(2000));
    expect(terms.hangulParts[0]?.length).toBeLessThan(2000 * 8);
  });

  it('knows the sound keys of its loanwords and English words, each meeting the other script', () => {
    const terms = matchTerms('압력센서 안전 coatings');
    // The whole word's key, and that of the loanword it ends with.
    expect([...terms.sounds]).toEqual(['ko:APLVKSVNSV', 'ko:SANSV', 'en:KOTIQ']);
    expect(terms.soundsOf.get('압력센서')).toEqual(['en:APLVKSVNSV', 'en:SANSV']);
    // 안전 is Sino-Korean: no key. "coatings" is "coat" as a term, heard as "coating".
    expect(terms.soundsOf.has('안전')).toBe(false);
    expect(terms.soundsOf.get('coat')).toEqual(['ko:KOTIQ']);
  });

  it('has no terms for empty or punctuation-only text', () => {
    expect(matchTerms('').words.size).toBe(0);
    expect(matchTerms(' — !! ').words.size).toBe(0);
  });
});
