import { scorePercent } from './score-percent';

describe('scorePercent', () => {
  it('rounds every four-decimal score half up, as a decimal: 0.285 is 29%, 0.2849 is 28%', () => {
    for (let tenThousandths = 0; tenThousandths <= 10000; tenThousandths += 1)
      expect(scorePercent(tenThousandths / 10000)).toBe(Math.floor((tenThousandths + 50) / 100));
    // The halves where rounding the binary number (Math.round(score * 100)) gives one point less.
    expect([0.145, 0.285, 0.565, 0.575].map(scorePercent)).toEqual([15, 29, 57, 58]);
    expect(scorePercent(0.2849)).toBe(28);
  });

  it('keeps out-of-range and non-numbers on the 0–100 scale', () => {
    expect([-0.2, 1.3, Number.NaN].map(scorePercent)).toEqual([0, 100, 0]);
  });
});
