import { hangulSound, hangulSounds, isLoanwordLike, latinSounds } from './match-loanword';
import { matchTerms } from './match-terms';
import { textFit } from './text-fit';

describe('sound keys of loanwords', () => {
  it.each([
    ['코팅', 'coating'],
    ['센서', 'sensor'],
    ['필름', 'film'],
    ['플라즈마', 'plasma'],
    ['시뮬레이션', 'simulation'],
    ['캐비테이션', 'cavitation'],
    ['바이오필터', 'biofilter'],
    ['컴프레서', 'compressor'],
    ['디스플레이', 'display'],
    ['스프레이', 'spray'],
    ['폴리프로필렌', 'polypropylene'],
    ['레지오넬라', 'legionella'],
    ['플랫폼', 'platform'],
    ['소프트웨어', 'software'],
    ['스트럭처', 'structure'],
    ['베어링', 'bearing'],
    ['패키지', 'package'],
    ['브러시', 'brush'],
    ['리튬', 'lithium'],
    ['알고리즘', 'algorithm'],
    ['인터페이스', 'interface'],
  ])('%s meets "%s"', (hangul, english) => {
    const key = hangulSound(hangul);
    expect(key).not.toBeNull();
    expect(latinSounds(english)).toContain(key);
  });

  it('reads a long compound but not a run of Hangul longer than any word', () => {
    expect(hangulSounds('폴리에틸렌테레프탈레이트필름')).not.toEqual([]);
    expect(hangulSounds('코팅'.repeat(2000))).toEqual([]);
  });

  it('gives no key to a word too short to tell', () => {
    expect(hangulSound('모터')).toBeNull();
    expect(latinSounds('motor')).toEqual([]);
    expect(latinSounds('5g')).toEqual([]);
  });

  it('gives no key to Sino-Korean words, which met English words by chance', () => {
    // 안전 (safety) and "engine", 산소 (oxygen) and "sensor", 진동 (vibration) and "sending".
    for (const word of ['안전', '산소', '진동', '시장', '교정', '파손'])
      expect(isLoanwordLike(word)).toBe(false);
    for (const word of ['엔진', '센서', '로봇', '필터', '모듈', '밀링', '레이저'])
      expect(isLoanwordLike(word)).toBe(true);
  });

  it('finds a loanword written together with a Korean word, not inside another loanword', () => {
    const sensor = latinSounds('sensor')[0];
    expect(hangulSounds('압력센서')).toContain(sensor);
    expect(hangulSounds('센서로')).toContain(sensor);
    expect(hangulSounds('로봇용')).toContain(hangulSound('로봇'));
    expect(hangulSounds('협동로봇')).toContain(hangulSound('로봇'));
    // 플라스 + 틱 and 디 + 스플레이: the rest is part of the loanword.
    expect(hangulSounds('플라스틱')).not.toContain(latinSounds('press')[0]);
    expect(hangulSounds('디스플레이')).not.toContain(latinSounds('spray')[0]);
  });

  it('gives no key to native words, which the loanword orthography would not write', () => {
    // A final ㅊ or a tense consonant: 외래어 표기법 writes neither.
    expect(isLoanwordLike('잿빛')).toBe(false);
    expect(isLoanwordLike('떨림')).toBe(false);
  });

  it('keeps the first vowel’s kind: front, ㅗ, or ㅓ and ㅜ', () => {
    expect(latinSounds('block')).toContain(hangulSound('블록'));
    expect(latinSounds('black')).not.toContain(hangulSound('블록'));
    expect(latinSounds('bolt')).toContain(hangulSound('볼트'));
    expect(latinSounds('belt')).not.toContain(hangulSound('볼트'));
    expect(latinSounds('stack')).toContain(hangulSound('스택'));
    expect(latinSounds('stock')).not.toContain(hangulSound('스택'));
    expect(latinSounds('cloud')).toContain(hangulSound('클라우드'));
    expect(latinSounds('compound')).toContain(hangulSound('컴파운드'));
    // ㅗ and ㅓ: coating and cutting, turbine and tonal.
    expect(latinSounds('cutting')).not.toContain(hangulSound('코팅'));
    expect(latinSounds('turbine')).toContain(hangulSound('터빈'));
    expect(latinSounds('terminal')).toContain(hangulSound('터미널'));
  });

  it('keeps voiced stops apart from voiceless ones, as the loanword orthography writes them', () => {
    expect(latinSounds('blade')).toContain(hangulSound('블레이드'));
    expect(latinSounds('plate')).not.toContain(hangulSound('블레이드'));
    expect(latinSounds('fault')).not.toContain(hangulSound('볼트'));
    expect(latinSounds('scrap')).toContain(hangulSound('스크랩'));
    expect(latinSounds('valve')).toContain(hangulSound('밸브'));
  });

  it('keeps the i of -ing apart from other vowels before ng', () => {
    // 코팅 is coating; a Korean -ㅇ after another vowel is not an English -ing.
    expect(latinSounds('coating')).toEqual([hangulSound('코팅')]);
    expect(latinSounds('sending')).not.toContain(hangulSound('센동'));
  });

  it('lets a Korean need meet an English capability on the loanword, for the word’s weight', () => {
    // Words the glossary does not know.
    const need = matchTerms('레지오넬라 컴프레서');
    const fit = textFit(need, matchTerms('Legionella in compressors'));
    expect(fit.value).toBe(1);
    expect(fit.reasons[0]?.params).toEqual({ terms: ['레지오넬라', '컴프레서'], count: 2 });
    // The other way round, too; and never within one script.
    expect(
      textFit(matchTerms('legionella compressor'), matchTerms('레지오넬라 컴프레서')).value,
    ).toBe(1);
    expect(latinSounds('scruber')).toEqual(latinSounds('scrubber'));
    expect(textFit(matchTerms('scruber'), matchTerms('scrubber')).value).toBe(0);
  });
});
