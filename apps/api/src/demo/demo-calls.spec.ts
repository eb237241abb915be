import { callDraftSchema, callOpenProblems, parseInput } from '@spillover/domain';
import { DEMO_CALLS } from './demo-calls';

describe('demo calls', () => {
  const now = new Date('2026-12-06T12:00:00Z');

  it('holds a complete joint call still DRAFT, ready for its manager to open and take applications at once', () => {
    const forming = DEMO_CALLS.find((call) => call.key === 'kr-de-forming-2027')!;
    expect(forming.status).toBe('DRAFT');
    expect(forming.funders.map((f) => f.cluster)).toEqual(['daegu-seongseo', 'bw-automotive']);
    expect(
      callOpenProblems(forming.values(now), { now, funderCount: forming.funders.length }),
    ).toEqual({});
    const values = parseInput(callDraftSchema, forming.values(now));
    expect(values.opensAt!.getTime()).toBeLessThan(now.getTime());
  });

  it('gives every call a title no other call’s title contains (browser tests find them by name)', () => {
    const titles = DEMO_CALLS.flatMap((call) => {
      const values = call.values(now);
      return [values.titleEn, values.titleKo].filter((t): t is string => Boolean(t));
    });
    for (const title of titles)
      expect(titles.filter((other) => other.includes(title))).toEqual([title]);
  });
});
