import { historyFit } from './history-fit';

describe('historyFit', () => {
  it.each([
    [0, 0],
    [1, 0.6],
    [2, 0.85],
    [3, 1],
    [12, 1],
  ])('%i earlier collaborations count %d', (count, value) => {
    expect(historyFit(count).value).toBe(value);
  });

  it('says how often they worked together, and nothing when never', () => {
    expect(historyFit(2).reasons).toEqual([
      { code: 'EARLIER_COLLABORATION', component: 'history', params: { count: 2 } },
    ]);
    expect(historyFit(0).reasons).toEqual([]);
    expect(historyFit(-1)).toEqual({ value: 0, reasons: [] });
    expect(historyFit(Number.NaN)).toEqual({ value: 0, reasons: [] });
  });
});
