import { sectorFit } from './sector-fit';

describe('sectorFit', () => {
  it('ranks the same division above the same section above another section', () => {
    const same = sectorFit(['29'], ['29']).value;
    const section = sectorFit(['29'], ['C']).value;
    const sibling = sectorFit(['29'], ['28']).value;
    expect(same).toBeGreaterThan(section);
    expect(sibling).toBeLessThan(section);
    expect(sibling).toBeGreaterThan(0);
    expect(sectorFit(['29'], ['72']).value).toBe(0);
  });

  it('names shared and related sectors', () => {
    expect(sectorFit(['29', 'C'], ['28', 'C']).reasons).toEqual([
      { code: 'SHARED_SECTORS', component: 'sectors', params: { codes: ['C'], count: 1 } },
      {
        code: 'RELATED_SECTORS',
        component: 'sectors',
        params: { codes: ['28'], toCodes: ['29'], count: 1 },
      },
    ]);
  });

  it('is 0 without a reason for a need without sectors', () => {
    expect(sectorFit([], ['29'])).toEqual({ value: 0, reasons: [] });
  });
});
