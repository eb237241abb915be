import type { CapabilityMatchFacts, MatchPlace, NeedMatchFacts } from './match-facts';
import type { MatchDismissal, MatchDismissReason, MatchSide } from './match-feedback';
import { NO_PREFERENCES, learnMatchPreferences } from './match-preferences';
import { scoreMatch } from './match-score';
import { matchTerms } from './match-terms';
import { trlFit } from './trl-fit';

const dismissal = (
  side: MatchSide,
  reason: MatchDismissReason,
  needAreas: string[] = ['EF05'],
  capabilityAreas: string[] = ['EF05'],
): MatchDismissal => ({
  side,
  reason,
  need: { trlCurrent: 4, trlTarget: 6, technologyAreas: needAreas },
  capability: { trl: 3, technologyAreas: capabilityAreas },
});

const times = (count: number, make: () => MatchDismissal): MatchDismissal[] =>
  Array.from({ length: count }, make);

describe('learnMatchPreferences', () => {
  it('learns nothing from nothing', () => {
    expect(learnMatchPreferences('NEED_OWNER', [])).toEqual(NO_PREFERENCES('NEED_OWNER'));
  });

  describe('need owner', () => {
    it('moves the range up after TOO_EARLY, one level per two net dismissals, at most two', () => {
      const shift = (count: number) =>
        learnMatchPreferences(
          'NEED_OWNER',
          times(count, () => dismissal('NEED_OWNER', 'TOO_EARLY')),
        ).trlShift;
      expect([1, 2, 3, 4, 5, 9].map(shift)).toEqual([0, 1, 1, 2, 2, 2]);
    });

    it('moves it down after TOO_MATURE, and lets the two cancel', () => {
      const early = times(3, () => dismissal('NEED_OWNER', 'TOO_EARLY'));
      const mature = times(5, () => dismissal('NEED_OWNER', 'TOO_MATURE'));
      expect(learnMatchPreferences('NEED_OWNER', mature).trlShift).toBe(-2);
      const mixed = learnMatchPreferences('NEED_OWNER', [...early, ...mature]);
      expect(mixed.trlShift).toBe(-1);
      expect(mixed.basis).toEqual({ tooEarly: 3, tooMature: 5, notOurField: 0 });
    });

    it('avoids the capability’s codes the need does not share after NOT_OUR_FIELD', () => {
      const learned = learnMatchPreferences('NEED_OWNER', [
        dismissal('NEED_OWNER', 'NOT_OUR_FIELD', ['EF05'], ['EF05', 'EA04']),
        dismissal('NEED_OWNER', 'NOT_OUR_FIELD', ['EF05'], ['EA04', 'LC06']),
        dismissal('NEED_OWNER', 'NOT_OUR_FIELD', ['EF05'], ['EA04']),
      ]);
      expect(learned.avoidedTechnologyAreas).toEqual({ EA04: 0.875, LC06: 0.5 });
      expect(learned.basis.notOurField).toBe(3);
    });
  });

  describe('capability owner', () => {
    it('moves the range down after TOO_EARLY, so later-stage needs fit better', () => {
      const learned = learnMatchPreferences(
        'CAPABILITY_OWNER',
        times(2, () => dismissal('CAPABILITY_OWNER', 'TOO_EARLY')),
      );
      expect(learned.trlShift).toBe(-1);
      const early = { trlCurrent: 3, trlTarget: 5 };
      const late = { trlCurrent: 8, trlTarget: 9 };
      expect(trlFit(late, 7, learned).value).toBeGreaterThan(trlFit(late, 7).value);
      expect(trlFit(early, 7, learned).value).toBeLessThan(trlFit(early, 7).value);
    });

    it('moves the range up after TOO_MATURE, so earlier-stage needs fit better', () => {
      const learned = learnMatchPreferences(
        'CAPABILITY_OWNER',
        times(2, () => dismissal('CAPABILITY_OWNER', 'TOO_MATURE')),
      );
      expect(learned.trlShift).toBe(1);
      const early = { trlCurrent: 2, trlTarget: 3 };
      expect(trlFit(early, 4, learned).value).toBeGreaterThan(trlFit(early, 4).value);
    });

    it('avoids the need’s codes the capability does not share after NOT_OUR_FIELD', () => {
      const learned = learnMatchPreferences('CAPABILITY_OWNER', [
        dismissal('CAPABILITY_OWNER', 'NOT_OUR_FIELD', ['EF05', 'EE18'], ['EF05']),
      ]);
      expect(learned.avoidedTechnologyAreas).toEqual({ EE18: 0.5 });
    });
  });

  it('learns nothing from BENEFIT_UNCLEAR, HAS_PARTNER or OTHER', () => {
    const learned = learnMatchPreferences('NEED_OWNER', [
      ...times(4, () => dismissal('NEED_OWNER', 'BENEFIT_UNCLEAR', ['EF05'], ['EA04'])),
      ...times(4, () => dismissal('NEED_OWNER', 'HAS_PARTNER', ['EF05'], ['EA04'])),
      ...times(4, () => dismissal('NEED_OWNER', 'OTHER', ['EF05'], ['EA04'])),
    ]);
    expect(learned).toEqual(NO_PREFERENCES('NEED_OWNER'));
  });

  it('ignores dismissals made from the other side', () => {
    const learned = learnMatchPreferences('NEED_OWNER', [
      ...times(4, () => dismissal('CAPABILITY_OWNER', 'TOO_EARLY')),
      dismissal('CAPABILITY_OWNER', 'NOT_OUR_FIELD', ['EF05'], ['EA04']),
    ]);
    expect(learned).toEqual(NO_PREFERENCES('NEED_OWNER'));
  });
});

describe('learning end to end', () => {
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
    collaborationTypes: ['TECHNICAL_COOPERATION'],
    internationalPartnersWelcome: false,
    terms: matchTerms('수소 연료전지 스택'),
    place,
  };
  const capability = (trl: number): CapabilityMatchFacts => ({
    kind: 'EXPERTISE',
    technologyAreas: ['EF05'],
    sectors: ['29'],
    trl,
    terms: matchTerms('수소연료전지 스택 개발'),
    place,
  });

  it('after three TOO_EARLY dismissals by the need owner, TRL 7 overtakes TRL 4 and says why', () => {
    const before = { earlierCollaborations: 0 };
    expect(scoreMatch(need, capability(7), before).score).toBeLessThan(
      scoreMatch(need, capability(4), before).score,
    );

    const preferences = learnMatchPreferences(
      'NEED_OWNER',
      times(3, () => dismissal('NEED_OWNER', 'TOO_EARLY')),
    );
    const after = { earlierCollaborations: 0, preferences };
    const mature = scoreMatch(need, capability(7), after);
    expect(mature.score).toBeGreaterThan(scoreMatch(need, capability(4), after).score);
    expect(mature.components.find((component) => component.name === 'trl')?.learned).toBe(true);
    expect(mature.reasons).toContainEqual({
      code: 'LEARNED_TRL',
      component: 'trl',
      params: { direction: 'UP', dismissal: 'TOO_EARLY', levels: 1, count: 3, side: 'NEED_OWNER' },
    });
  });
});
