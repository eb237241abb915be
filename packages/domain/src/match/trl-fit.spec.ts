import { NO_PREFERENCES, type MatchPreferences } from './match-preferences';
import { trlFit } from './trl-fit';

const range = (trlCurrent: number | null, trlTarget: number | null) => ({ trlCurrent, trlTarget });
const learned = (side: MatchPreferences['side'], trlShift: number): MatchPreferences => ({
  ...NO_PREFERENCES(side),
  trlShift,
  basis: { tooEarly: 3, tooMature: 1, notOurField: 0 },
});

describe('trlFit', () => {
  it('fits inside the range, ends included', () => {
    for (const trl of [4, 5, 7])
      expect(trlFit(range(4, 7), trl)).toEqual({
        value: 1,
        reasons: [{ code: 'TRL_FITS', component: 'trl', params: { trl, current: 4, target: 7 } }],
      });
  });

  it('decays by 0.3 a level below and above the range, to 0', () => {
    expect(trlFit(range(4, 7), 3).value).toBe(0.7);
    expect(trlFit(range(4, 7), 2).value).toBe(0.4);
    expect(trlFit(range(4, 7), 1).value).toBe(0.1);
    expect(trlFit(range(5, 7), 1).value).toBe(0);
    expect(trlFit(range(4, 7), 9).value).toBe(0.4);
    expect(trlFit(range(4, 7), 3).reasons[0]).toEqual({
      code: 'TRL_BELOW',
      component: 'trl',
      params: { trl: 3, current: 4, target: 7, levels: 1 },
    });
    expect(trlFit(range(4, 7), 9).reasons[0]?.code).toBe('TRL_ABOVE');
  });

  it('is neutral without a reason when either side has no TRL', () => {
    expect(trlFit(range(4, 7), null)).toEqual({ value: 0.5, reasons: [] });
    expect(trlFit(range(null, null), 5)).toEqual({ value: 0.5, reasons: [] });
  });

  it('reads a need with only one end as that single level', () => {
    expect(trlFit(range(null, 6), 6).value).toBe(1);
    expect(trlFit(range(4, null), 5).value).toBe(0.7);
  });

  it('applies a learned shift to the range, marks it learned and says why', () => {
    const result = trlFit(range(4, 6), 7, learned('NEED_OWNER', 1));
    expect(result.value).toBe(1);
    expect(result.learned).toBe(true);
    expect(result.reasons).toEqual([
      { code: 'TRL_ABOVE', component: 'trl', params: { trl: 7, current: 4, target: 6, levels: 1 } },
      {
        code: 'LEARNED_TRL',
        component: 'trl',
        params: {
          direction: 'UP',
          dismissal: 'TOO_EARLY',
          levels: 1,
          count: 3,
          side: 'NEED_OWNER',
        },
      },
    ]);
    expect(trlFit(range(4, 6), 4, learned('NEED_OWNER', 1)).value).toBe(0.7);
  });

  it('reads a capability owner’s downward shift as a preference for later-stage needs', () => {
    const result = trlFit(range(8, 9), 7, learned('CAPABILITY_OWNER', -1));
    expect(result.value).toBe(1);
    expect(result.reasons[1]?.params).toMatchObject({ direction: 'UP', dismissal: 'TOO_EARLY' });
  });

  it('is not learned when the shift does not change the value', () => {
    const result = trlFit(range(3, 7), 5, learned('NEED_OWNER', 1));
    expect(result).toEqual({ value: 1, reasons: [expect.objectContaining({ code: 'TRL_FITS' })] });
  });

  it('keeps a shifted range on the scale, so the top still fits something', () => {
    expect(trlFit(range(8, 9), 9, learned('NEED_OWNER', 2)).value).toBe(1);
    expect(trlFit(range(1, 2), 1, learned('NEED_OWNER', -2)).value).toBe(1);
  });
});
