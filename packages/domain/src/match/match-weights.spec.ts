import { MATCH_COMPONENTS, MATCH_PROXIMITY, MATCH_WEIGHTS } from './match-weights';

describe('MATCH_WEIGHTS', () => {
  it('weighs every component, positively, summing to 1', () => {
    expect(Object.keys(MATCH_WEIGHTS).sort()).toEqual([...MATCH_COMPONENTS].sort());
    for (const name of MATCH_COMPONENTS) expect(MATCH_WEIGHTS[name]).toBeGreaterThan(0);
    const sum = MATCH_COMPONENTS.reduce((total, name) => total + MATCH_WEIGHTS[name], 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('keeps fit above nearness and history', () => {
    expect(MATCH_WEIGHTS.technology).toBeGreaterThan(MATCH_WEIGHTS.proximity);
    expect(MATCH_WEIGHTS.history).toBeLessThan(MATCH_WEIGHTS.proximity);
  });
});

describe('MATCH_PROXIMITY', () => {
  it('keeps every tier in [0, 1], the same cluster at 1', () => {
    for (const value of Object.values(MATCH_PROXIMITY)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(MATCH_PROXIMITY.SAME_CLUSTER).toBe(1);
    expect(MATCH_PROXIMITY.ABROAD_WELCOME).toBeGreaterThan(MATCH_PROXIMITY.ABROAD);
  });
});
