import { koreanVerb, koreanVerbForms } from './match-korean-verb';
import { matchTerms } from './match-terms';
import { textFit } from './text-fit';

describe('koreanVerbForms', () => {
  const forms = koreanVerbForms([
    '막히다',
    '굳다',
    '갈라지다',
    '벗겨지다',
    '마르다',
    '누렇다',
    '녹슬다',
    '굽다',
    '바래다',
    '뜨다',
  ]);
  const verbOf = (form: string) => forms.get(form);

  it.each([
    [
      '막히다',
      [
        '막혀',
        '막힌',
        '막힘',
        '막히고',
        '막히는',
        '막혔다',
        '막힙니다',
        '막혀서',
        '막히며',
        '막힌다',
      ],
    ],
    [
      '굳다',
      [
        '굳어',
        '굳은',
        '굳고',
        '굳는',
        '굳었다',
        '굳어진',
        '굳어짐',
        '굳어져',
        '굳으면',
        '굳습니다',
      ],
    ],
    ['갈라지다', ['갈라지고', '갈라진', '갈라짐', '갈라져', '갈라졌다']],
    ['벗겨지다', ['벗겨짐', '벗겨져', '벗겨지는']],
    ['마르다', ['말라', '마른', '말랐다', '마르고']],
    ['누렇다', ['누런', '누레', '누렇게']],
    ['녹슬다', ['녹슨', '녹슬어', '녹스는', '녹슬고']],
    ['굽다', ['구워', '굽어', '구운', '굽는']],
    ['바래다', ['바래', '바랜', '바랬다']],
    ['뜨다', ['떠서', '뜨는', '떴다']],
  ])('reads the forms of %s as it', (verb, written) => {
    for (const form of written) expect([form, verbOf(form)]).toEqual([form, verb]);
  });

  it('leaves out forms of one syllable and forms two verbs share', () => {
    // 떠 (뜨다) and 뜬 are one syllable; 막히다's forms are its own.
    expect(verbOf('떠')).toBeUndefined();
    expect(verbOf('뜬')).toBeUndefined();
    const clash = koreanVerbForms(['걷다', '걸다']);
    // 걸어 is both 걷다 ("walk", ㄷ irregular) and 걸다 ("hang").
    expect(clash.get('걸어')).toBeUndefined();
    expect(clash.get('걷고')).toBe('걷다');
    expect(clash.get('걸고')).toBe('걸다');
  });

  it('ignores what is not a dictionary form', () => {
    expect(koreanVerbForms(['막힘', '다']).size).toBe(0);
  });
});

describe('a conjugated verb in a text', () => {
  it('counts as its dictionary form, and meets the English word of its concept', () => {
    const need = matchTerms('여과기 배관이 자주 막혀 라인이 멈춥니다');
    expect(need.words.has('막히다')).toBe(true);
    expect(need.concepts.has('clogging')).toBe(true);
    // Two forms of one verb are one term: 막혀 meets 막힌.
    expect(textFit(need, matchTerms('막힌 배관 세척')).value).toBeGreaterThan(
      textFit(need, matchTerms('배관 세척')).value,
    );
    const english = textFit(need, matchTerms('Unclogging filter lines: clogged pipes cleaned'));
    expect(english.value).toBeGreaterThan(0);
    expect(english.reasons).toContainEqual(
      expect.objectContaining({
        code: 'MATCHED_CONCEPTS',
        params: expect.objectContaining({ concepts: expect.arrayContaining(['clogging']) }),
      }),
    );
  });

  it('is read from the reviewed list only: a noun is not taken for a verb', () => {
    expect(koreanVerb('막혀')).toBe('막히다');
    expect(koreanVerb('굴은')).toBeNull();
    expect(koreanVerb('배관')).toBeNull();
  });
});
