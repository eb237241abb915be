import fc from 'fast-check';
import { CAPABILITY_KINDS } from '../capability/capability';
import { COLLABORATION_TYPES } from '../need/need';
import {
  capabilityTextKeys,
  contextCeilingOf,
  collaborationPart,
  contextOf,
  historyPart,
  proximityPart,
  sectorsPart,
  trlPart,
  matchBound,
  matchBoundScore,
  matchCeiling,
  matchRelevance,
  needTextPlan,
  textValueOf,
} from './match-bound';
import type { CapabilityMatchFacts, NeedMatchFacts } from './match-facts';
import { type MatchCorpus, termWeights } from './match-corpus';
import { MATCH_SIDES } from './match-feedback';
import { scoreMatch, scoreMatchBound, scoreMatchGivenText } from './match-score';
import { matchTerms } from './match-terms';
import { technologyFit } from './technology-fit';
import { FAMILY_CREDIT, textFit } from './text-fit';

// Words that exercise every way textFit lets two texts meet: the same word, a Hangul word
// inside a longer one (수소 in 수소연료전지), a glossary concept across languages (연료전지 /
// fuel cell), a concept of the same family (ECG / 근전도, salt spray / EMC), a loanword and
// the English word it transliterates (스크러버 / scrubbers, 캐비테이션 / cavitation, 코팅 /
// coating), phrases of two Latin words, stop words and particles.
const VOCABULARY = [
  'fuel',
  'cell',
  'stack',
  'fuel cell',
  'hydrogen',
  'bipolar',
  'plate',
  'bipolar plate',
  'durability',
  'testing',
  'battery',
  'cathode',
  'materials',
  'aluminium',
  'crash',
  'box',
  'path planning',
  'process data',
  'state of health',
  'the',
  'of',
  'and',
  'ISO 14067',
  '수소',
  '연료전지',
  '수소연료전지',
  '스택',
  '내구성',
  '평가',
  '분리판',
  '경량',
  '알루미늄',
  '크래시박스',
  '용접',
  '공정',
  '데이터',
  '공정 데이터',
  '연료전지를',
  '수소를',
  '배터리',
  '양극재',
  'ECG',
  '근전도',
  'salt spray',
  'EMC',
  '열충격',
  'inverter',
  '모터',
  '스크러버',
  'scrubbers',
  'wet scrubber',
  '캐비테이션',
  'cavitation',
  '코팅',
  'coating',
  'coated',
  '진동',
  'sending',
  '압력센서',
  'pressure sensors',
];
const text = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 14 })
  .map((words) => words.join(' '));
const technologyCodes = ['EF', 'EF05', 'EF06', 'EF09', 'EA', 'EA04', 'EA09', 'EB10'];
const sectorCodes = ['C', '27', '28', '29', 'D', '35'];
const trl = fc.option(fc.integer({ min: 1, max: 9 }), { nil: null });
const placeArb = fc.record({
  organizationId: fc.constantFrom('a', 'b'),
  country: fc.constantFrom('KR', 'DE'),
  region: fc.constantFrom(null, 'KR-27', 'DE-BW'),
  clusterIds: fc.subarray(['c1', 'c2']),
  partnerClusterIds: fc.subarray(['c1', 'c2']),
});
const needArb = fc.record({
  technologyAreas: fc.subarray(technologyCodes),
  sectors: fc.subarray(sectorCodes),
  trlCurrent: trl,
  trlTarget: trl,
  collaborationTypes: fc.subarray([...COLLABORATION_TYPES]),
  internationalPartnersWelcome: fc.boolean(),
  terms: text.map(matchTerms),
  place: placeArb,
}) satisfies fc.Arbitrary<NeedMatchFacts>;
const capabilityArb = fc.record({
  kind: fc.constantFrom(...CAPABILITY_KINDS),
  technologyAreas: fc.subarray(technologyCodes),
  sectors: fc.subarray(sectorCodes),
  trl,
  terms: text.map(matchTerms),
  place: placeArb,
}) satisfies fc.Arbitrary<CapabilityMatchFacts>;
// Term rarity as the API weighs it: any document frequency per word, some words unknown.
const corpusArb = fc
  .record({
    documents: fc.integer({ min: 1, max: 300_000 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ documents, seed }) => ({
    documents,
    frequency: (term: string) => {
      let hash = seed;
      for (const char of term) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
      return hash % 7 === 0 ? undefined : hash % documents;
    },
  }));
const contextArb = fc.record({
  earlierCollaborations: fc.nat(5),
  // Concept families off (the default), at the measured share, or anywhere between.
  familyCredit: fc.option(
    fc.oneof(fc.constant(FAMILY_CREDIT), fc.double({ min: 0, max: 1, noNaN: true })),
    { nil: undefined },
  ),
  corpus: fc.option(corpusArb, { nil: undefined }),
  preferences: fc.option(
    fc.record({
      side: fc.constantFrom(...MATCH_SIDES),
      trlShift: fc.integer({ min: -2, max: 2 }),
      avoidedTechnologyAreas: fc.dictionary(
        fc.constantFrom(...technologyCodes),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      basis: fc.record({ tooEarly: fc.nat(5), tooMature: fc.nat(5), notOurField: fc.nat(5) }),
    }),
    { nil: undefined },
  ),
});
const textValue = (
  n: NeedMatchFacts,
  c: CapabilityMatchFacts,
  context: { corpus?: MatchCorpus; familyCredit?: number },
) => {
  const keys = new Set(capabilityTextKeys(c.terms, context.familyCredit));
  const plan = needTextPlan(n.terms, termWeights(context.corpus), context.familyCredit);
  return textValueOf(plan, (key) => keys.has(key));
};

describe('the text plan and keys an index scores with', () => {
  it('give textFit’s very value', () => {
    fc.assert(
      fc.property(needArb, capabilityArb, contextArb, (n, c, context) => {
        const weights = termWeights(context.corpus);
        expect(textValue(n, c, context)).toBe(
          textFit(n.terms, c.terms, weights, context.familyCredit).value,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('meet a Hangul word inside a longer one and a concept across languages', () => {
    const plan = needTextPlan(matchTerms('수소 연료전지'));
    const keys = new Set(capabilityTextKeys(matchTerms('수소연료전지 fuel cell stack')));
    expect(textValueOf(plan, (key) => keys.has(key))).toBe(
      textFit(matchTerms('수소 연료전지'), matchTerms('수소연료전지 fuel cell stack')).value,
    );
    expect(textValueOf(plan, (key) => keys.has(key))).toBeGreaterThan(0);
  });

  it('meet a loanword in the other script, both ways', () => {
    const value = (need: string, capability: string) => {
      const keys = new Set(capabilityTextKeys(matchTerms(capability)));
      return textValueOf(needTextPlan(matchTerms(need)), (key) => keys.has(key));
    };
    for (const [need, capability] of [
      ['캐비테이션 스크러버', 'Cavitation in wet scrubbers'],
      ['scrubber cavitation', '스크러버의 캐비테이션'],
    ] as const) {
      expect(value(need, capability)).toBe(textFit(matchTerms(need), matchTerms(capability)).value);
      expect(value(need, capability)).toBe(1);
    }
    expect(value('scruber', 'scrubber')).toBe(0);
  });

  it('meet a concept of the same family for its share, and the concept itself in full', () => {
    const value = (need: string, capability: string) => {
      const keys = new Set(capabilityTextKeys(matchTerms(capability), FAMILY_CREDIT));
      const plan = needTextPlan(matchTerms(need), undefined, FAMILY_CREDIT);
      return textValueOf(plan, (key) => keys.has(key));
    };
    const related = value('ECG 잡음', '근전도 센서');
    expect(related).toBe(
      textFit(matchTerms('ECG 잡음'), matchTerms('근전도 센서'), undefined, FAMILY_CREDIT).value,
    );
    expect(related).toBeGreaterThan(0);
    expect(related).toBeLessThan(value('ECG 잡음', '심전도 센서'));
  });
});

describe('bounds of scoreMatch', () => {
  it('scoreMatchGivenText with the plan’s value is scoreMatch', () => {
    fc.assert(
      fc.property(needArb, capabilityArb, contextArb, (n, c, context) => {
        const exact = scoreMatch(n, c, context);
        const given = scoreMatchGivenText(n, c, context, textValue(n, c, context));
        expect(given.score).toBe(exact.score);
        expect(given.relevance).toBe(exact.relevance);
      }),
      { numRuns: 500 },
    );
  });

  it('matchCeiling never undercuts the score, and gives its relevance from the exact text value', () => {
    fc.assert(
      fc.property(
        needArb,
        capabilityArb,
        contextArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, c, context, slack) => {
          const exact = scoreMatch(n, c, context);
          const technology = technologyFit(n.technologyAreas, c.technologyAreas).value;
          const text = textValue(n, c, context);
          const tight = matchCeiling(technology, text);
          expect(tight.score).toBeGreaterThanOrEqual(exact.score);
          expect(tight.relevance).toBe(exact.relevance);
          // Any larger text ceiling (what an index that over-counts reports) stays above.
          const loose = matchCeiling(technology, text + slack * (1 - text));
          expect(loose.score).toBeGreaterThanOrEqual(exact.score);
          expect(loose.relevance).toBeGreaterThanOrEqual(exact.relevance);
          expect(scoreMatchBound(n, c, context, text + slack * (1 - text))).toBeGreaterThanOrEqual(
            exact.score,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('matchBound with the exact context is scoreMatch without preferences, and never undercuts it with ceilings', () => {
    fc.assert(
      fc.property(
        needArb,
        capabilityArb,
        contextArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, c, context, textSlack, contextSlack) => {
          const exact = scoreMatch(n, c, context);
          const technology = technologyFit(n.technologyAreas, c.technologyAreas).value;
          const text = textValue(n, c, context);
          const bound = matchBound(technology, text, exact.context);
          // A learned field penalty only lowers the score.
          expect(bound.score).toBeGreaterThanOrEqual(exact.score);
          expect(bound.relevance).toBe(exact.relevance);
          if (!context.preferences)
            expect(bound.score).toBe(
              scoreMatch(n, c, { ...context, preferences: undefined }).score,
            );
          // Any larger ceilings (an over-counted text, a context summed with slack) stay above.
          const ceiling = contextCeilingOf();
          const loose = matchBound(
            technology,
            text + textSlack * (1 - text),
            exact.context + contextSlack * (ceiling - exact.context),
          );
          expect(loose.score).toBeGreaterThanOrEqual(exact.score);
          expect(loose.score).toBeLessThanOrEqual(matchCeiling(technology, 1).score);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('matchCeiling is matchBound with the context at its best', () => {
    expect(contextCeilingOf()).toBeCloseTo(0.4, 12);
    expect(matchCeiling(0.5, 0.3)).toEqual(matchBound(0.5, 0.3, contextCeilingOf()));
    // An unrelated pair with the best context still scores nothing.
    expect(matchBound(0, 0, contextCeilingOf()).score).toBe(0);
  });

  it('the context in parts is scoreMatch’s context, and matchBound with it scoreMatch’s score, to the last bit', () => {
    fc.assert(
      fc.property(needArb, capabilityArb, contextArb, (n, c, context) => {
        const plain = { ...context, preferences: undefined };
        const exact = scoreMatch(n, c, plain);
        const parts = contextOf(
          sectorsPart(n, c),
          trlPart(n, c),
          collaborationPart(n, c),
          proximityPart(n, c),
          historyPart(context.earlierCollaborations),
        );
        expect(parts).toBe(exact.context);
        const technology = technologyFit(n.technologyAreas, c.technologyAreas).value;
        const text = textValue(n, c, context);
        expect(matchBound(technology, text, parts)).toEqual({
          score: exact.score,
          relevance: exact.relevance,
        });
        expect(matchBoundScore(technology, text, parts)).toBe(exact.score);
        expect(matchRelevance(technology, text)).toBe(exact.relevance);
        // The index scores without anyone's preferences: a learned penalty only lowers the
        // score, a learned TRL shift may raise it (reads rescore with scoreMatch itself).
      }),
      { numRuns: 2000 },
    );
  });
});
