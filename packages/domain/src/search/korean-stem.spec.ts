import { koreanStem } from './korean-stem';

describe('koreanStem', () => {
  it('takes off a particle the noun cannot end in', () => {
    expect(koreanStem('연료전지를')).toBe('연료전지');
    expect(koreanStem('시험과')).toBe('시험');
    expect(koreanStem('대학에서')).toBe('대학');
    expect(koreanStem('분리판의')).toBe('분리판');
  });

  it('keeps endings that nouns have too, and words too short to lose one', () => {
    expect(koreanStem('디스플레이')).toBe('디스플레이');
    expect(koreanStem('해상도')).toBe('해상도');
    expect(koreanStem('전기로')).toBe('전기로');
    expect(koreanStem('물을')).toBe('물을');
  });

  it('names the noun of a verb made with 하-', () => {
    expect(koreanStem('개발하는')).toBe('개발');
  });
});
