import { technologyFit } from './technology-fit';

describe('technologyFit', () => {
  it('ranks the same field above the same area above a sibling field above an unrelated one', () => {
    const same = technologyFit(['EF05'], ['EF05']).value;
    const parent = technologyFit(['EF05'], ['EF']).value;
    const sibling = technologyFit(['EF05'], ['EF06']).value;
    const unrelated = technologyFit(['EF05'], ['EA04']).value;
    expect(same).toBeCloseTo(0.7 + 0.1);
    expect(parent).toBeCloseTo(0.35);
    // Two fields of one area are a hint, not a match (one AI area holds gait EMG and battery health).
    expect(sibling).toBeCloseTo(0.7 * 0.2);
    expect(sibling).toBeLessThan(parent);
    expect(unrelated).toBe(0);
    expect(same).toBeGreaterThan(parent);
  });

  it('credits an area need for a capability in one of its fields', () => {
    expect(technologyFit(['EF'], ['EF05']).value).toBeCloseTo(0.35);
  });

  it('adds a bonus per exactly shared code, full at three', () => {
    expect(technologyFit(['EF05', 'EF06', 'EA04'], ['EF05', 'EF06', 'EA04']).value).toBeCloseTo(1);
    expect(
      technologyFit(['EF05', 'EF06', 'EA04', 'EE18'], ['EF05', 'EF06', 'EA04', 'EE18']).value,
    ).toBeCloseTo(1);
    expect(technologyFit(['EF05', 'EF06'], ['EF05']).value).toBeCloseTo(0.7 * 0.6 + 0.1);
  });

  it('names the shared and the related codes', () => {
    expect(technologyFit(['EF05', 'EF06', 'EA04'], ['EF09', 'EF05']).reasons).toEqual([
      { code: 'SHARED_TECHNOLOGY', component: 'technology', params: { codes: ['EF05'], count: 1 } },
      {
        code: 'RELATED_TECHNOLOGY',
        component: 'technology',
        params: { codes: ['EF09'], toCodes: ['EF06'], count: 1 },
      },
    ]);
  });

  it('is 0 without a reason when the need has no codes, or the capability none', () => {
    expect(technologyFit([], ['EF05'])).toEqual({ value: 0, reasons: [] });
    expect(technologyFit(['EF05'], [])).toEqual({ value: 0, reasons: [] });
    expect(technologyFit(['EF05'], ['LC06'])).toEqual({ value: 0, reasons: [] });
  });
  it('does not list a shared code as related to another need code', () => {
    const result = technologyFit(['EF05', 'EF06'], ['EF05']);
    expect(result.value).toBeCloseTo(0.7 * 0.6 + 0.1);
    expect(result.reasons.map((reason) => reason.code)).toEqual(['SHARED_TECHNOLOGY']);
  });

  it('is the same to the last bit whatever the order of the codes', () => {
    // A parent, a sibling and unrelated codes: summed in the codes' order, the credits
    // (1, 0.5, 0.2) once differed in the last bit, and a score rounded to 0.0184 or 0.0185.
    const need = ['EF', 'EF06', 'EF09', 'EA04', 'EA09', 'EE18', 'LC06'];
    const orders = [
      need,
      [...need].reverse(),
      ['EF09', 'LC06', 'EF', 'EA04', 'EF06', 'EE18', 'EA09'],
    ];
    const values = orders.map((codes) => technologyFit(codes, ['EF05']).value);
    expect(new Set(values).size).toBe(1);
  });
});
