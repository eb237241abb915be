import fc from 'fast-check';
import type { MatchPlace, NeedMatchFacts } from './match-facts';
import { matchTerms } from './match-terms';
import { capabilityFits, type PartnerEvidence, scorePartner } from './partner-score';
import { scorePercent } from './score-percent';

const place: MatchPlace = {
  organizationId: 'x',
  country: 'KR',
  region: 'KR-27',
  clusterIds: [],
  partnerClusterIds: [],
};
const need: NeedMatchFacts = {
  technologyAreas: ['EF05'],
  sectors: ['29'],
  trlCurrent: 4,
  trlTarget: 6,
  collaborationTypes: ['RESEARCH_COOPERATION'],
  internationalPartnersWelcome: false,
  terms: matchTerms('수소 연료전지 stack'),
  place,
};
const evidence = (overrides: Partial<PartnerEvidence> = {}): PartnerEvidence => ({
  capabilityScores: [],
  profile: {
    technologyAreas: ['EF05', 'EF06'],
    sectors: ['29'],
    terms: matchTerms('수소연료전지 연구실'),
    place,
  },
  earlierCollaborations: 0,
  collaborationsInNeedAreas: 0,
  ...overrides,
});
const context = { earlierCollaborations: 0 };

describe('scorePartner', () => {
  it('weighs the best capability, breadth, profile and track record', () => {
    const result = scorePartner(
      need,
      evidence({ capabilityScores: [0.8, 0.5, 0.2], collaborationsInNeedAreas: 2 }),
      context,
    );
    const [capabilities, breadth, profile, trackRecord] = result.components;
    expect(capabilities?.value).toBe(0.8);
    expect(breadth?.value).toBeCloseTo(2 / 3);
    expect(profile?.value).toBe(result.profile.score);
    expect(trackRecord?.value).toBe(0.5);
    expect(result.score).toBeCloseTo(
      0.55 * 0.8 + 0.15 * (2 / 3) + 0.2 * result.profile.score + 0.1 * 0.5,
      4,
    );
    expect(result.reasons[0]).toEqual({
      code: 'MATCHING_CAPABILITIES',
      component: 'capabilities',
      params: { count: 2, best: 80 },
    });
    expect(result.reasons.map((reason) => reason.code)).toEqual(
      expect.arrayContaining(['SHARED_TECHNOLOGY', 'TRACK_RECORD']),
    );
  });

  it('counts the capabilities that fit by the one rule a list uses, and names the best as every screen rounds it', () => {
    const scores = [0.565, 0.4, 0.3999];
    const result = scorePartner(need, evidence({ capabilityScores: scores }), context);
    expect(scores.filter(capabilityFits)).toEqual([0.565, 0.4]);
    expect(result.reasons[0]).toEqual({
      code: 'MATCHING_CAPABILITIES',
      component: 'capabilities',
      // 0.565 is 57% on the capabilities tab too (Math.round(0.565 * 100) would say 56).
      params: { count: 2, best: 57 },
    });
    expect(scorePercent(0.565)).toBe(57);
  });

  it('scores an organization without capabilities by its profile and record alone', () => {
    const result = scorePartner(need, evidence(), context);
    expect(result.score).toBeCloseTo(0.2 * result.profile.score, 4);
    expect(result.reasons.map((reason) => reason.code)).not.toContain('MATCHING_CAPABILITIES');
  });

  it('scores the profile with the organizations’ own earlier collaborations', () => {
    const result = scorePartner(need, evidence({ earlierCollaborations: 3 }), context);
    expect(result.profile.components.find((component) => component.name === 'history')?.value).toBe(
      1,
    );
  });

  const scores = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });
  const evidenceArb = fc.record({
    capabilityScores: scores,
    earlierCollaborations: fc.nat(5),
    collaborationsInNeedAreas: fc.nat(10),
  });

  it('stays in [0, 1]', () => {
    fc.assert(
      fc.property(evidenceArb, (parts) => {
        const { score } = scorePartner(need, evidence(parts), context);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
    expect(
      scorePartner(need, evidence({ capabilityScores: [7, -2] }), context).score,
    ).toBeLessThanOrEqual(1);
  });

  it('never drops when a capability scores higher, one more is added, or the record grows', () => {
    fc.assert(
      fc.property(
        evidenceArb,
        fc.nat(5),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(3),
        (parts, index, raise, extra, projects) => {
          const before = scorePartner(need, evidence(parts), context).score;
          const raised = parts.capabilityScores.map((score, i) =>
            i === index % Math.max(1, parts.capabilityScores.length)
              ? Math.max(score, raise)
              : score,
          );
          const better = [
            { ...parts, capabilityScores: raised },
            { ...parts, capabilityScores: [...parts.capabilityScores, extra] },
            { ...parts, collaborationsInNeedAreas: parts.collaborationsInNeedAreas + projects },
          ];
          for (const after of better)
            expect(scorePartner(need, evidence(after), context).score).toBeGreaterThanOrEqual(
              before,
            );
        },
      ),
    );
  });
});
