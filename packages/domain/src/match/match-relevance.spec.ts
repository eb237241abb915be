// The relevance-first score (issue 12): gating, rare terms, stop words, phrases, the
// glossary across languages, honest TRL, the floor, and the engine's upper bound.
import fc from 'fast-check';
import { CAPABILITY_KINDS } from '../capability/capability';
import { COLLABORATION_TYPES } from '../need/need';
import { corpusOf, termWeights } from './match-corpus';
import type { CapabilityMatchFacts, MatchPlace, NeedMatchFacts } from './match-facts';
import {
  confidentMatches,
  isMatchShown,
  MATCH_LIST_FLOOR,
  MATCH_RELEVANCE_FLOOR,
  scoreMatch,
  scoreMatchBound,
} from './match-score';
import { matchTerms } from './match-terms';
import { textFit } from './text-fit';
import { trlFit } from './trl-fit';

const place = (organizationId: string, clusterIds: string[] = ['daegu']): MatchPlace => ({
  organizationId,
  country: 'KR',
  region: 'KR-27',
  clusterIds,
  partnerClusterIds: [],
});

const need = (text: string, overrides: Partial<NeedMatchFacts> = {}): NeedMatchFacts => ({
  technologyAreas: ['EF05'],
  sectors: ['29'],
  trlCurrent: 4,
  trlTarget: 6,
  collaborationTypes: ['RESEARCH_COOPERATION'],
  internationalPartnersWelcome: false,
  terms: matchTerms(text),
  place: place('firm'),
  ...overrides,
});

const capability = (
  text: string,
  overrides: Partial<CapabilityMatchFacts> = {},
): CapabilityMatchFacts => ({
  kind: 'EXPERTISE',
  technologyAreas: ['EF05'],
  sectors: ['29'],
  trl: 5,
  terms: matchTerms(text),
  place: place('lab'),
  ...overrides,
});

describe('relevance first', () => {
  it('context cannot lift an unrelated pair: same cluster, fitting TRL, a history, still 0', () => {
    const result = scoreMatch(
      need('연료전지 분리판 코팅 내식성'),
      capability('Gait analysis with EMG deep learning', {
        technologyAreas: ['LC13'],
        sectors: ['29'],
      }),
      { earlierCollaborations: 3 },
    );
    expect(result.relevance).toBe(0);
    expect(result.score).toBe(0);
    expect(isMatchShown(result)).toBe(false);
  });

  it('context re-orders relevant pairs: the nearer of two equal partners ranks first', () => {
    const text = 'Fuel-cell bipolar plate coating against corrosion';
    const near = scoreMatch(need('fuel cell bipolar plate corrosion'), capability(text), {
      earlierCollaborations: 0,
    });
    const far = scoreMatch(
      need('fuel cell bipolar plate corrosion'),
      capability(text, { place: { ...place('lab', []), country: 'FR', region: null } }),
      { earlierCollaborations: 0 },
    );
    expect(near.relevance).toBe(far.relevance);
    expect(near.score).toBeGreaterThan(far.score);
  });

  it('counts shared codes in full only when the texts agree', () => {
    const corroborated = scoreMatch(
      need('fuel cell bipolar plate'),
      capability('bipolar plate stamping'),
      { earlierCollaborations: 0 },
    );
    const codesOnly = scoreMatch(need('fuel cell bipolar plate'), capability('forklift leasing'), {
      earlierCollaborations: 0,
    });
    const technology = (score: typeof codesOnly) =>
      score.components.find((component) => component.name === 'technology')!;
    expect(technology(codesOnly).value).toBe(technology(corroborated).value);
    expect(technology(codesOnly).contribution).toBeCloseTo(
      technology(corroborated).contribution / 2,
      4,
    );
  });
});

describe('terms', () => {
  it('leaves out the generic words of every field, in Korean and English', () => {
    const terms = matchTerms(
      '이상 줄이는 되었습니다 유지 기준 시간 데이터 부품 시험 평가 구조 설계 공정 stage placement path',
    );
    expect([...terms.words]).toEqual([]);
    // Together they may still name something: 공정 데이터 is process data, path planning a method.
    expect([...matchTerms('공정 데이터').words]).toEqual(['공정데이터']);
    expect([...matchTerms('path planning').concepts]).toEqual(['path-planning']);
  });

  it('weights a shared rare term above a shared common one (BM25 idf over the capabilities)', () => {
    const catalogue = [
      'bipolar plate coating',
      'coating of steel',
      'coating for ships',
      'coating of gears',
    ].map(matchTerms);
    const weightOf = termWeights(corpusOf(catalogue));
    const [coating] = matchTerms('coating').words;
    expect(weightOf('bipolar')).toBeGreaterThan(weightOf(coating ?? ''));
    const needTerms = matchTerms('bipolar coating');
    const rare = textFit(needTerms, matchTerms('bipolar membrane'), weightOf).value;
    const common = textFit(needTerms, matchTerms('coating line'), weightOf).value;
    expect(rare).toBeGreaterThan(common);
  });

  it('counts a shared two-word phrase above its words apart', () => {
    const needTerms = matchTerms('thermal runaway propagation');
    const phrase = textFit(needTerms, matchTerms('thermal runaway tests')).value;
    const apart = textFit(needTerms, matchTerms('runaway thermal tests')).value;
    expect(phrase).toBeGreaterThan(apart);
  });
});

describe('across languages', () => {
  it('meets 연료전지 분리판 with "fuel-cell bipolar plate" and names the concepts', () => {
    const fit = textFit(
      matchTerms('연료전지 분리판 코팅'),
      matchTerms('Fuel-cell bipolar plates with conductive coatings'),
    );
    expect(fit.value).toBe(1);
    const concepts = fit.reasons.find((reason) => reason.code === 'MATCHED_CONCEPTS');
    expect(concepts?.params.concepts).toEqual(['fuel-cell', 'bipolar-plate', 'coating']);
  });

  it('reads a Korean term inside a compound with particles (수소연료전지를 → fuel cell)', () => {
    expect([...matchTerms('수소연료전지를 냉각').concepts]).toEqual(
      expect.arrayContaining(['hydrogen', 'fuel-cell', 'cooling']),
    );
  });
});

describe('honest TRL', () => {
  it('judges a facility without TRL on availability when the need asks for access', () => {
    const fit = trlFit({ trlCurrent: 6, trlTarget: 7 }, null, undefined, {
      kind: 'FACILITY',
      sought: ['EQUIPMENT_ACCESS'],
    });
    expect(fit.value).toBe(1);
    expect(fit.reasons[0]?.code).toBe('TRL_NOT_APPLICABLE');
  });

  it('lets a mature supplier fit a need that seeks a supplier or service', () => {
    const supplier = trlFit({ trlCurrent: 6, trlTarget: 8 }, 9, undefined, {
      kind: 'EXPERTISE',
      sought: ['SERVICE'],
    });
    const research = trlFit({ trlCurrent: 6, trlTarget: 8 }, 9, undefined, {
      kind: 'EXPERTISE',
      sought: ['RESEARCH_COOPERATION'],
    });
    expect(supplier.value).toBe(1);
    expect(supplier.reasons[0]?.code).toBe('TRL_MATURE_SUPPLIER');
    expect(research.value).toBeLessThan(1);
  });
});

describe('the floor', () => {
  it('hides a pair whose topics barely meet, shows one whose topics meet', () => {
    expect(isMatchShown({ relevance: MATCH_RELEVANCE_FLOOR - 0.01 })).toBe(false);
    expect(isMatchShown({ relevance: MATCH_RELEVANCE_FLOOR })).toBe(true);
  });

  it('empties a list whose best pair is only a neighbour of the field, keeps one with a credible pair', () => {
    const relevance = (pair: { relevance: number }) => pair.relevance;
    const neighbours = [{ relevance: MATCH_LIST_FLOOR - 0.01 }, { relevance: 0.25 }];
    expect(confidentMatches(neighbours, relevance)).toEqual([]);
    // The credible pair need not come first; the weaker pairs above the pair floor stay.
    const withCredible = [{ relevance: 0.25 }, { relevance: MATCH_LIST_FLOOR }];
    expect(confidentMatches(withCredible, relevance)).toEqual(withCredible);
    expect(confidentMatches([], relevance)).toEqual([]);
  });

  it('a need that only shares its field with the catalogue shows nothing', () => {
    // One shared code and the field's word: above the pair floor, below the list floor.
    const fieldOnly = scoreMatch(
      need('수소 트럭용 연료전지 스택 냉각 성능 향상', { technologyAreas: ['EF05', 'EA06'] }),
      capability('Diagnostics and condition monitoring of fuel-cell systems', {
        technologyAreas: ['EF05', 'EE10'],
      }),
      { earlierCollaborations: 0 },
    );
    expect(isMatchShown(fieldOnly)).toBe(true);
    expect(confidentMatches([fieldOnly], (pair) => pair.relevance)).toEqual([]);
  });
});

describe('scoreMatchBound', () => {
  const words = [
    'fuel cell',
    '연료전지',
    'bipolar plate',
    '분리판',
    'coating',
    'gait',
    'battery',
    'casting',
  ];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((list) => list.join(' '));
  const codes = fc.subarray(['EF05', 'EF06', 'EF', 'LC13', 'EB10', 'EB13'], { maxLength: 3 });
  it('is never below the exact score, whatever the texts and the context', () => {
    fc.assert(
      fc.property(
        text,
        text,
        codes,
        codes,
        fc.constantFrom(...CAPABILITY_KINDS),
        fc.subarray([...COLLABORATION_TYPES], { maxLength: 3 }),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        fc.integer({ min: 0, max: 3 }),
        (needText, capabilityText, needCodes, capabilityCodes, kind, sought, trl, history) => {
          const n = need(needText, { technologyAreas: needCodes, collaborationTypes: sought });
          const c = capability(capabilityText, { technologyAreas: capabilityCodes, kind, trl });
          const context = { earlierCollaborations: history };
          const light = { ...c, terms: matchTerms('') };
          expect(scoreMatchBound(n, light, context)).toBeGreaterThanOrEqual(
            scoreMatch(n, c, context).score,
          );
        },
      ),
    );
  });
});

describe('one shared code alone', () => {
  it('does not pass the floor: gait EMG and battery health share only the AI code', () => {
    const result = scoreMatch(
      need('배터리 관리 시스템 SOH 추정 알고리즘', { technologyAreas: ['EE10'] }),
      capability('근전도 신호 기반 보행 의도 추정', { technologyAreas: ['EE10'] }),
      { earlierCollaborations: 2 },
    );
    expect(result.relevance).toBeCloseTo(0.2, 4);
    expect(isMatchShown(result)).toBe(false);
  });
});
