import { typoWords } from './search-sql';

describe('typoWords', () => {
  it('takes Latin words of four or more letters, not numbers', () => {
    expect(typoWords('hydrogne fuel 5G cell 2024')).toEqual({
      latin: ['hydrogne', 'fuel', 'cell'],
      hangul: [],
    });
  });

  it('takes Korean words as nouns of three or more syllables, once each', () => {
    // 연로전지를 is looked up as 연로전지; 수소를 is the two-syllable 수소, too short to tell.
    expect(typoWords('연로전지를 연로전지 수소를 분리판')).toEqual({
      latin: [],
      hangul: ['연로전지', '분리판'],
    });
  });

  it('takes at most six words', () => {
    const { latin, hangul } = typoWords('alpha bravo charlie delta 연료전지 foxtrot golf hotel');
    expect([...latin, ...hangul]).toHaveLength(6);
  });
});
