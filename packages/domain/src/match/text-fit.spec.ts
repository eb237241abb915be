import { matchTerms } from './match-terms';
import { DEFAULT_FAMILY_CREDIT, FAMILY_CREDIT, textFit } from './text-fit';

const fit = (need: string, capability: string) => textFit(matchTerms(need), matchTerms(capability));
// With concept families counting (they are off by default).
const withFamilies = (need: string, capability: string) =>
  textFit(matchTerms(need), matchTerms(capability), undefined, FAMILY_CREDIT);

describe('textFit', () => {
  it('matches 수소 연료전지 against 수소연료전지 스택 개발 by containment', () => {
    const result = fit('수소 연료전지', '수소연료전지 스택 개발');
    expect(result.value).toBe(1);
    expect(result.reasons).toEqual([
      {
        code: 'MATCHED_TERMS',
        component: 'text',
        params: { terms: ['수소', '연료전지'], count: 2 },
      },
    ]);
  });

  it('matches a Hangul term with a particle attached, listing the shared part', () => {
    expect(fit('연료전지를 개발', '연료전지 평가').reasons[0]?.params).toEqual({
      terms: ['연료전지'],
      count: 1,
    });
  });

  it('needs two syllables for a containment match', () => {
    expect(fit('전 소재', '전지').value).toBe(0);
  });

  it('lets English plurals meet singulars', () => {
    const result = fit('fuel cells for buses', 'Fuel cell stack testing');
    expect(result.reasons[0]?.params).toEqual({ terms: ['fuel', 'cell'], count: 2 });
  });

  it('ignores stop words: sharing "technology development system" is no match', () => {
    expect(fit('technology development system', 'Technology development systems')).toEqual({
      value: 0,
      reasons: [],
    });
    expect(fit('기술 개발 시스템', '기술개발 시스템을').value).toBe(0);
  });

  it('saturates at five matched terms, and scales below that', () => {
    const need = 'aluminium crash box extrusion welding joining fatigue';
    expect(fit(need, 'aluminium extrusion').value).toBeCloseTo(2 / 5);
    expect(fit(need, 'aluminium crash box extrusion welding').value).toBe(1);
    expect(fit('crash box', 'crash').value).toBeCloseTo(1 / 2);
  });

  it('lists at most six terms but counts all', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta';
    const params = fit(text, text).reasons[0]?.params;
    expect(params?.terms).toHaveLength(6);
    expect(params?.count).toBe(8);
  });

  it('is 0 without a reason when either side has no terms', () => {
    expect(fit('', 'fuel cell')).toEqual({ value: 0, reasons: [] });
    expect(fit('fuel cell', '')).toEqual({ value: 0, reasons: [] });
  });

  it('gives a concept of the same family part of the credit of the concept itself', () => {
    // ECG and EMG are both biosignals: related know-how, not the same technique.
    const related = withFamilies('ECG', '근전도 분석');
    expect(related.value).toBeCloseTo(FAMILY_CREDIT);
    expect(related.reasons).toEqual([
      {
        code: 'RELATED_CONCEPTS',
        component: 'text',
        params: { families: ['biosignals'], count: 1 },
      },
    ]);
    expect(withFamilies('ECG', '심전도 분석').value).toBe(1);
    expect(FAMILY_CREDIT).toBeGreaterThan(0);
    expect(FAMILY_CREDIT).toBeLessThan(1);
  });

  it('gives no family credit across families or to a term without a concept', () => {
    expect(withFamilies('ECG', 'salt spray chamber').value).toBe(0);
    expect(withFamilies('signal cleaning', 'EMG').value).toBe(0);
  });

  it('credits a term once: its own match, not its own and its family’s', () => {
    const need = 'salt spray thermal shock';
    expect(withFamilies(need, 'salt spray thermal shock damp heat').value).toBe(1);
    expect(withFamilies(need, 'damp heat chamber').value).toBeCloseTo(FAMILY_CREDIT);
  });

  it('gives families nothing by default, and the same value as before to everything else', () => {
    expect(DEFAULT_FAMILY_CREDIT).toBe(0);
    expect(fit('ECG', '근전도 분석')).toEqual({ value: 0, reasons: [] });
    const need = '연료전지 분리판 코팅 salt spray';
    const capability = 'fuel cell bipolar plate coating and salt spray tests';
    expect(withFamilies(need, capability)).toEqual(fit(need, capability));
  });
});
