import { matchTerms } from './match-terms';

const words = (text: string): string[] => [...matchTerms(text).words];

describe('matchTerms', () => {
  it('folds, singularises English plurals and keeps first-use order', () => {
    expect(words('Ceramic Membranes and Batteries for Électric buses')).toEqual([
      'ceramic',
      'membrane',
      'battery',
      'électric'.normalize('NFD').replace(/\p{M}/gu, ''),
      'buse',
    ]);
  });

  it('takes a glossary term of several English words as one term, its words as its parts', () => {
    const terms = matchTerms('Fuel cells and batteries for electric vehicles; a cell test');
    expect([...terms.words]).toEqual(['fuel cell', 'battery', 'electric vehicle', 'cell']);
    expect(terms.termParts.get('fuel cell')).toEqual(['fuel', 'cell']);
    expect(terms.insideTerms.has('vehicle')).toBe(true);
    expect(terms.conceptsOf.get('fuel cell')).toEqual(['fuel-cell']);
  });

  it('takes the subject particle off, and 로/-용 where the rest is a known noun', () => {
    // 분리판이 is 분리판: one term, not two.
    expect(words('분리판 코팅, 분리판이 부식')).toEqual(['분리판', '코팅', '부식']);
    // 온도가, 출력이: the subject particle after a vowel / a final consonant.
    expect(words('온도가 출력이')).toEqual(['온도', '출력']);
    // 트럭용: 트럭 is in the glossary; 재활용 (recycling) keeps its 용.
    expect(words('트럭용 재활용')).toEqual(['트럭', '재활용']);
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

  it('has no terms for empty or punctuation-only text', () => {
    expect(matchTerms('').words.size).toBe(0);
    expect(matchTerms(' — !! ').words.size).toBe(0);
  });
});
