import fc from 'fast-check';
import { CAPABILITY_KINDS } from '../capability/capability';
import { COLLABORATION_TYPES } from '../need/need';
import type { CapabilityMatchFacts, MatchPlace, NeedMatchFacts } from './match-facts';
import { MATCH_SIDES } from './match-feedback';
import { NO_PREFERENCES, type MatchPreferences } from './match-preferences';
import { type MatchContext, scoreMatch } from './match-score';
import { matchTerms } from './match-terms';
import { isTopical, MATCH_COMPONENTS, MATCH_WEIGHTS } from './match-weights';

const place = (overrides: Partial<MatchPlace> = {}): MatchPlace => ({
  organizationId: 'org',
  country: 'KR',
  region: 'KR-27',
  clusterIds: [],
  partnerClusterIds: [],
  ...overrides,
});

const need = (overrides: Partial<NeedMatchFacts> = {}): NeedMatchFacts => ({
  technologyAreas: ['EF05'],
  sectors: ['29'],
  trlCurrent: 4,
  trlTarget: 6,
  collaborationTypes: ['RESEARCH_COOPERATION'],
  internationalPartnersWelcome: false,
  terms: matchTerms('수소 연료전지 stack durability'),
  place: place({ organizationId: 'firm' }),
  ...overrides,
});

const capability = (overrides: Partial<CapabilityMatchFacts> = {}): CapabilityMatchFacts => ({
  kind: 'EXPERTISE',
  technologyAreas: ['EF05'],
  sectors: ['29'],
  trl: 5,
  terms: matchTerms('수소연료전지 스택 내구성 평가, fuel cell stack durability testing'),
  place: place({ organizationId: 'lab' }),
  ...overrides,
});

const none: MatchContext = { earlierCollaborations: 0 };

describe('scoreMatch', () => {
  it('scores a perfect pair 1 and explains it, strongest component first', () => {
    const result = scoreMatch(
      need({ technologyAreas: ['EF05', 'EF06', 'EA04'] }),
      capability({
        technologyAreas: ['EF05', 'EF06', 'EA04'],
        place: place({ clusterIds: ['c'] }),
      }),
      { earlierCollaborations: 3, clusterNames: { c: 'Daegu Mobility' } },
    );
    const perfect = scoreMatch(
      need({
        technologyAreas: ['EF05', 'EF06', 'EA04'],
        sectors: ['29', '28', '27'],
        place: place({ clusterIds: ['c'] }),
      }),
      capability({
        technologyAreas: ['EF05', 'EF06', 'EA04'],
        sectors: ['29', '28', '27'],
        place: place({ clusterIds: ['c'] }),
      }),
      { earlierCollaborations: 3 },
    );
    expect(perfect.score).toBe(1);
    expect(result.reasons[0]?.code).toBe('SHARED_TECHNOLOGY');
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      'SHARED_TECHNOLOGY',
      'MATCHED_TERMS',
      'TRL_FITS',
      'COLLABORATION_FITS',
      'SHARED_SECTORS',
      'SAME_REGION',
      'EARLIER_COLLABORATION',
    ]);
  });

  it('gives every component its weight, value and contribution, in a fixed order', () => {
    const result = scoreMatch(need(), capability({ trl: 8 }), none);
    expect(result.components.map((component) => component.name)).toEqual([...MATCH_COMPONENTS]);
    expect(result.relevance).toBeGreaterThan(0);
    expect(result.relevance).toBeLessThan(1);
    for (const component of result.components) {
      // Topical weights as set; context weights gated by the pair's relevance.
      const nominal = MATCH_WEIGHTS[component.name];
      expect(component.weight).toBeCloseTo(
        isTopical(component.name) ? nominal : nominal * result.relevance,
        4,
      );
      expect(component.contribution).toBeCloseTo(component.weight * component.value, 4);
      expect(component.learned).toBe(false);
    }
    const sum = result.components.reduce((total, component) => total + component.contribution, 0);
    expect(result.score).toBeCloseTo(sum, 3);
    expect(result.fieldPenalty).toBe(1);
  });

  it('ranks the same field above the same area above an unrelated field', () => {
    const score = (codes: string[]) =>
      scoreMatch(need(), capability({ technologyAreas: codes }), none).score;
    expect(score(['EF05'])).toBeGreaterThan(score(['EF06']));
    expect(score(['EF06'])).toBeGreaterThan(score(['EA04']));
  });

  it('keeps gap reasons on their component but out of the headline reasons', () => {
    const result = scoreMatch(
      need({ collaborationTypes: ['LICENSE'] }),
      capability({ trl: 8, place: place({ country: 'DE', region: null }) }),
      none,
    );
    const codes = result.reasons.map((reason) => reason.code);
    expect(codes).not.toContain('TRL_ABOVE');
    expect(codes).not.toContain('COLLABORATION_DIFFERS');
    expect(codes).not.toContain('ABROAD');
    const trl = result.components.find((component) => component.name === 'trl');
    expect(trl?.reasons[0]?.code).toBe('TRL_ABOVE');
  });

  it('uses weights passed by the caller', () => {
    const none0 = Object.fromEntries(MATCH_COMPONENTS.map((name) => [name, 0]));
    const result = scoreMatch(need(), capability(), {
      earlierCollaborations: 1,
      weights: { ...none0, technology: 0.5, history: 0.5 } as Record<
        (typeof MATCH_COMPONENTS)[number],
        number
      >,
    });
    // Technology alone is the topic (0.8, corroborated by the texts): 0.5·0.8 + 0.8·0.5·0.6.
    expect(result.relevance).toBeCloseTo(0.8, 4);
    expect(result.score).toBeCloseTo(0.4 + 0.8 * 0.5 * 0.6, 4);
  });

  describe('learned field penalty', () => {
    const avoiding = (side: MatchPreferences['side'], codes: Record<string, number>) => ({
      ...NO_PREFERENCES(side),
      avoidedTechnologyAreas: codes,
    });

    it('lowers a capability tagged with an avoided field the need does not share', () => {
      const base = scoreMatch(need(), capability({ technologyAreas: ['EF05', 'EA04'] }), none);
      const result = scoreMatch(need(), capability({ technologyAreas: ['EF05', 'EA04'] }), {
        ...none,
        preferences: avoiding('NEED_OWNER', { EA04: 1 }),
      });
      expect(result.fieldPenalty).toBe(0.85);
      expect(result.score).toBeCloseTo(base.score * 0.85, 4);
      const technology = result.components[0];
      expect(technology?.learned).toBe(true);
      expect(technology?.reasons.at(-1)).toEqual({
        code: 'LEARNED_FIELD',
        component: 'technology',
        params: { codes: ['EA04'], strength: 1, side: 'NEED_OWNER' },
      });
      expect(result.reasons.map((reason) => reason.code)).toContain('LEARNED_FIELD');
    });

    it('does not penalise an avoided field the need itself has', () => {
      const result = scoreMatch(
        need({ technologyAreas: ['EA04'] }),
        capability({ technologyAreas: ['EA04'] }),
        {
          ...none,
          preferences: avoiding('NEED_OWNER', { EA04: 1 }),
        },
      );
      expect(result.fieldPenalty).toBe(1);
    });

    it('for a capability owner, looks at the need’s codes the capability does not share', () => {
      const context = { ...none, preferences: avoiding('CAPABILITY_OWNER', { EA04: 0.5 }) };
      expect(
        scoreMatch(need({ technologyAreas: ['EF05', 'EA04'] }), capability(), context).fieldPenalty,
      ).toBe(0.925);
      expect(
        scoreMatch(need(), capability({ technologyAreas: ['EF05', 'EA04'] }), context).fieldPenalty,
      ).toBe(1);
    });
  });

  describe('properties', () => {
    const technologyCodes = [
      'EF',
      'EF05',
      'EF06',
      'EF09',
      'EA',
      'EA04',
      'EA09',
      'EB10',
      'EE18',
      'LC06',
    ];
    const sectorCodes = ['C', '27', '28', '29', 'D', '35', 'M', '72'];
    const texts = [
      '',
      '수소 연료전지',
      '수소연료전지 스택 개발',
      'fuel cell stack durability',
      'battery cathode materials and cells',
      'lightweight aluminium crash box',
      '경량 알루미늄 크래시박스 용접',
    ].map(matchTerms);
    const clusters = ['c1', 'c2', 'c3'];
    const trl = fc.option(fc.integer({ min: 1, max: 9 }), { nil: null });
    const placeArb = fc.record({
      organizationId: fc.constantFrom('a', 'b'),
      country: fc.constantFrom('KR', 'DE'),
      region: fc.constantFrom(null, 'KR-27', 'KR-11', 'DE-BW'),
      clusterIds: fc.subarray(clusters),
      partnerClusterIds: fc.subarray(clusters),
    });
    const needArb = fc
      .record({
        technologyAreas: fc.subarray(technologyCodes),
        sectors: fc.subarray(sectorCodes),
        trlCurrent: trl,
        trlTarget: trl,
        collaborationTypes: fc.subarray([...COLLABORATION_TYPES]),
        internationalPartnersWelcome: fc.boolean(),
        terms: fc.constantFrom(...texts),
        place: placeArb,
      })
      .map((facts): NeedMatchFacts => facts);
    const capabilityArb = fc.record({
      kind: fc.constantFrom(...CAPABILITY_KINDS),
      technologyAreas: fc.subarray(technologyCodes),
      sectors: fc.subarray(sectorCodes),
      trl,
      terms: fc.constantFrom(...texts),
      place: placeArb,
    });
    const preferencesArb = fc.option(
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
    );
    const contextArb = fc.record({
      earlierCollaborations: fc.nat(5),
      preferences: preferencesArb,
    });
    const withCode = (codes: readonly string[], code: string) =>
      codes.includes(code) ? codes : [...codes, code];

    it('stays in [0, 1] with 4 decimals', () => {
      fc.assert(
        fc.property(needArb, capabilityArb, contextArb, (n, c, context) => {
          const { score } = scoreMatch(n, c, context);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(Math.round(score * 10000) / 10000).toBe(score);
        }),
      );
    });

    it('never drops when a technology code is shared (added to both, or to the capability)', () => {
      fc.assert(
        fc.property(
          needArb,
          capabilityArb,
          contextArb,
          fc.constantFrom(...technologyCodes),
          (n, c, context, code) => {
            const before = scoreMatch(n, c, context).score;
            const both = scoreMatch(
              { ...n, technologyAreas: withCode(n.technologyAreas, code) },
              { ...c, technologyAreas: withCode(c.technologyAreas, code) },
              context,
            ).score;
            expect(both).toBeGreaterThanOrEqual(before);
            const needCode = n.technologyAreas[0];
            if (needCode === undefined) return;
            const added = scoreMatch(
              n,
              { ...c, technologyAreas: withCode(c.technologyAreas, needCode) },
              context,
            );
            expect(added.score).toBeGreaterThanOrEqual(before);
          },
        ),
      );
    });

    it('never drops when a sector is shared', () => {
      fc.assert(
        fc.property(
          needArb,
          capabilityArb,
          contextArb,
          fc.constantFrom(...sectorCodes),
          (n, c, context, code) => {
            const before = scoreMatch(n, c, context).score;
            const after = scoreMatch(
              { ...n, sectors: withCode(n.sectors, code) },
              { ...c, sectors: withCode(c.sectors, code) },
              context,
            ).score;
            expect(after).toBeGreaterThanOrEqual(before);
          },
        ),
      );
    });

    it('never drops when the capability’s TRL moves into the need’s range', () => {
      fc.assert(
        fc.property(
          needArb,
          capabilityArb,
          contextArb,
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
          fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
          (n, c, context, first, second, at) => {
            const [low, high] = first <= second ? [first, second] : [second, first];
            const ranged = { ...n, trlCurrent: low, trlTarget: high };
            const unshifted = {
              ...context,
              preferences: context.preferences && { ...context.preferences, trlShift: 0 },
            };
            const inside = low + Math.floor(at * (high - low + 1));
            const before = scoreMatch(ranged, c, unshifted).score;
            const after = scoreMatch(ranged, { ...c, trl: inside }, unshifted).score;
            expect(after).toBeGreaterThanOrEqual(before);
          },
        ),
      );
    });

    it('never drops with more earlier collaborations', () => {
      fc.assert(
        fc.property(needArb, capabilityArb, contextArb, fc.nat(4), (n, c, context, more) => {
          const before = scoreMatch(n, c, context).score;
          const after = scoreMatch(n, c, {
            ...context,
            earlierCollaborations: context.earlierCollaborations + more,
          }).score;
          expect(after).toBeGreaterThanOrEqual(before);
        }),
      );
    });

    it('depends on nothing but its arguments, nor on the order of codes', () => {
      fc.assert(
        fc.property(needArb, capabilityArb, contextArb, (n, c, context) => {
          const first = scoreMatch(n, c, context);
          expect(scoreMatch(n, c, context)).toEqual(first);
          const reversed = scoreMatch(
            {
              ...n,
              technologyAreas: [...n.technologyAreas].reverse(),
              sectors: [...n.sectors].reverse(),
            },
            {
              ...c,
              technologyAreas: [...c.technologyAreas].reverse(),
              sectors: [...c.sectors].reverse(),
            },
            context,
          );
          expect(reversed.score).toBe(first.score);
        }),
      );
    });
  });
});
