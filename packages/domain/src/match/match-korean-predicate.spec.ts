import { predicateNoun } from './match-korean-predicate';
import { matchTerms } from './match-terms';
import { textFit } from './text-fit';

describe('predicateNoun', () => {
  it('reads a 하다 / 되다 / 시키다 verb as its noun, whatever the ending', () => {
    for (const word of ['예측할', '예측하여', '예측합니다', '예측했습니다', '예측된', '예측되어'])
      expect(predicateNoun(word)).toBe('예측');
    expect(predicateNoun('감지하고')).toBe('감지');
    expect(predicateNoun('경화시킨')).toBe('경화');
  });

  it('leaves nouns alone, also those ending like a verb', () => {
    // 결함 and 포함 end in 함, 역할 and 분할 in 할 on a one-syllable noun, 부하 in 하.
    for (const word of ['결함', '표면결함', '역할', '분할', '부하', '예측', '하이드로겔'])
      expect(predicateNoun(word)).toBeNull();
  });
});

describe('a Korean verb form in matching', () => {
  it('counts as its noun, so a need that wants to 예측할 meets a listing on prediction', () => {
    // Before, 예측할 was a predicate and dropped: the need had no term to meet with.
    const need = matchTerms('고장을 미리 예측할 파트너');
    expect([...need.words]).toContain('예측');
    const capability = matchTerms('Vibration-based failure prediction of pumps');
    const fit = textFit(need, capability);
    expect(fit.value).toBeGreaterThan(0);
    expect(fit.reasons[0]).toMatchObject({ code: 'MATCHED_CONCEPTS' });
  });

  it('keeps generic verbs generic: 확인할, 다양한 and 수행합니다 add no term', () => {
    expect([...matchTerms('다양한 조건을 확인할 수 있도록 시험을 수행합니다').words]).toEqual([]);
  });
});
