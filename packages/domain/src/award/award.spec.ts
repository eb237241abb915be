import type { Funder } from '../call/call-funder';
import type { AwardApplication, AwardCall, AwardOrganization } from './award-input';
import { promoteFromReserve, rankAndAllocate, type AwardResult } from './award';
import { scoreApplication } from './scoring';

// Small builders for the hand-worked examples.
const funder = (
  clusterId: string,
  country: string,
  budget: number,
  extra: Partial<Funder> = {},
): Funder => ({
  clusterId,
  funds: 'COUNTRY',
  country,
  region: null,
  budget,
  currency: 'EUR',
  maxPerProject: null,
  ...extra,
});

const org = (
  organizationId: string,
  requestedBudget: number,
  country = 'KR',
  sme = false,
): AwardOrganization => ({
  organizationId,
  requestedBudget,
  country,
  region: null,
  activeClusterIds: [],
  sme,
});

const app = (
  applicationId: string,
  reviews: (number | null)[][],
  organizations: AwardOrganization[],
  submittedAt = '2026-05-01T00:00:00Z',
): AwardApplication => ({
  applicationId,
  submittedAt: new Date(submittedAt),
  organizations,
  reviews,
});

const call = (extra: Partial<AwardCall> = {}): AwardCall => ({
  currency: 'EUR',
  criteria: [
    { weight: 60, maxScore: 10 },
    { weight: 40, maxScore: 5 },
  ],
  threshold: 50,
  budgetRule: 'STOP',
  fundingMode: 'REAL_COMMON_POT',
  funders: [funder('k1', 'KR', 100)],
  ...extra,
});

const byId = (results: readonly AwardResult[], id: string): AwardResult => {
  const found = results.find((r) => r.applicationId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const order = (results: readonly AwardResult[]): string[] => results.map((r) => r.applicationId);
const statuses = (results: readonly AwardResult[]): string[] =>
  results.map((r) => `${r.applicationId}:${r.status}`);

describe('scoreApplication', () => {
  it('averages each criterion over submitted reviews, normalises by its maximum and weighs it', () => {
    // Criterion 1: (8 + 6) / 2 = 7 of 10, × 60 = 42; criterion 2: (4 + 3) / 2 = 3.5 of 5, × 40 = 28.
    const s = scoreApplication(call().criteria, 50, {
      reviews: [
        [8, 4],
        [6, 3],
      ],
    });
    expect(s.criteria.map((c) => [c.mean, c.weighted, c.reviews])).toEqual([
      [7, 42, 2],
      [3.5, 28, 2],
    ]);
    expect(s.score).toBe(70);
    expect(s.failures).toEqual([]);
  });

  it('scales by the total weight when the weights do not add up to 100', () => {
    const s = scoreApplication(
      [
        { weight: 30, maxScore: 5 },
        { weight: 20, maxScore: 5 },
      ],
      0,
      { reviews: [[5, 0]] },
    );
    expect(s.score).toBe(60);
  });

  it('ignores an empty score and reports a criterion nobody scored', () => {
    const s = scoreApplication(call().criteria, 0, {
      reviews: [
        [8, null],
        [6, null],
      ],
    });
    expect(s.criteria[1]).toEqual({ mean: null, weighted: 0, reviews: 0 });
    expect(s.failures).toEqual([{ code: 'NOT_SCORED', criterion: 1 }]);
  });

  it('names the criterion below its minimum and the overall threshold', () => {
    const criteria = [
      { weight: 60, maxScore: 10, minScore: 5 },
      { weight: 40, maxScore: 5 },
    ];
    const s = scoreApplication(criteria, 50, {
      reviews: [
        [4, 2],
        [4, 3],
      ],
    });
    // 4/10 × 60 = 24, 2.5/5 × 40 = 20: 44 overall.
    expect(s.failures).toEqual([
      { code: 'BELOW_CRITERION_MINIMUM', criterion: 0, score: 4, minimum: 5 },
      { code: 'BELOW_THRESHOLD', score: 44, threshold: 50 },
    ]);
  });

  it('passes exactly at the threshold and the minimum', () => {
    const criteria = [
      { weight: 50, maxScore: 10, minScore: 5 },
      { weight: 50, maxScore: 10 },
    ];
    expect(scoreApplication(criteria, 50, { reviews: [[5, 5]] }).failures).toEqual([]);
  });
});

describe('ranking tie-break chain', () => {
  it('orders by total, then criterion 1, then SMEs, then submission time, then id', () => {
    const results = rankAndAllocate(call({ funders: [funder('k1', 'KR', 1_000)] }), [
      // 70 overall: 42 + 28.
      app('z-top', [[7, 3.5]], [org('a', 1)]),
      // 70 overall but 36 + 34 on the criteria: criterion 1 decides against it.
      app('y-crit', [[6, 4.25]], [org('b', 1)]),
      // Same scores as z-top, one SME: ahead of z-top.
      app('x-sme', [[7, 3.5]], [org('c', 1, 'KR', true)]),
      // Same as x-sme, submitted later.
      app('w-late', [[7, 3.5]], [org('d', 1, 'KR', true)], '2026-05-02T00:00:00Z'),
      // Same as x-sme in every respect but the id: the smaller id first.
      app('v-id', [[7, 3.5]], [org('e', 1, 'KR', true)]),
    ]).results;
    expect(order(results)).toEqual(['v-id', 'x-sme', 'w-late', 'z-top', 'y-crit']);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('ranks the applications that pass before those that fail, even with a higher total', () => {
    const criteria = [
      { weight: 60, maxScore: 10 },
      { weight: 40, maxScore: 5, minScore: 3 },
    ];
    const results = rankAndAllocate(call({ criteria }), [
      app('high-but-min', [[10, 2]], [org('a', 10)]), // 60 + 16 = 76, below the minimum on criterion 2
      app('lower', [[6, 3]], [org('b', 10)]), // 36 + 24 = 60
    ]).results;
    expect(statuses(results)).toEqual(['lower:FUNDED', 'high-but-min:REJECTED']);
    expect(byId(results, 'high-but-min').reasons).toEqual([
      { code: 'BELOW_CRITERION_MINIMUM', criterion: 1, score: 2, minimum: 3 },
    ]);
  });

  it('rejects an application without submitted reviews', () => {
    const results = rankAndAllocate(call(), [app('none', [], [org('a', 10)])]).results;
    expect(results[0]).toMatchObject({ status: 'REJECTED', score: 0 });
    expect(results[0]?.reasons[0]).toEqual({ code: 'NOT_SCORED', criterion: null });
  });
});

describe('allocation under each budget rule (budget 100; requests 60, 50, 30)', () => {
  const apps = [
    app('a', [[9, 5]], [org('oa', 60)]), // 94
    app('b', [[8, 5]], [org('ob', 50)]), // 88
    app('c', [[7, 5]], [org('oc', 30)]), // 82
    app('d', [[2, 1]], [org('od', 5)]), // 20: below the threshold
  ];

  it('STOP: funding stops at the first project that does not fit; everything below is RESERVE', () => {
    const { results, funders } = rankAndAllocate(call({ budgetRule: 'STOP' }), apps);
    expect(statuses(results)).toEqual(['a:FUNDED', 'b:RESERVE', 'c:RESERVE', 'd:REJECTED']);
    expect(byId(results, 'b').reasons).toEqual([
      { code: 'BUDGET_EXHAUSTED', share: 50, remaining: 40, rank: 2 },
    ]);
    expect(byId(results, 'c').reasons).toEqual([{ code: 'FUNDING_STOPPED', rank: 2 }]);
    expect(byId(results, 'd').reasons).toEqual([
      { code: 'BELOW_THRESHOLD', score: 20, threshold: 50 },
    ]);
    expect(funders[0]).toMatchObject({ granted: 60, remaining: 40 });
  });

  it('SKIP: the walk goes on to the next that fits, leaving a gap (a RESERVE above a FUNDED)', () => {
    const { results, funders } = rankAndAllocate(call({ budgetRule: 'SKIP' }), apps);
    expect(statuses(results)).toEqual(['a:FUNDED', 'b:RESERVE', 'c:FUNDED', 'd:REJECTED']);
    expect(byId(results, 'b').reasons).toEqual([
      { code: 'BUDGET_EXHAUSTED', share: 50, remaining: 40, rank: 2 },
    ]);
    expect(funders[0]).toMatchObject({ granted: 90, remaining: 10 });
  });

  it('PARTIAL: the project that does not fit is offered the remainder, flagged; the rest are RESERVE', () => {
    const { results, funders } = rankAndAllocate(call({ budgetRule: 'PARTIAL' }), apps);
    expect(statuses(results)).toEqual(['a:FUNDED', 'b:FUNDED', 'c:RESERVE', 'd:REJECTED']);
    expect(byId(results, 'b')).toMatchObject({ partial: true, requested: 50, granted: 40 });
    expect(byId(results, 'b').reasons).toContainEqual({
      code: 'PARTIAL_FUNDING',
      granted: 40,
      requested: 50,
    });
    expect(byId(results, 'c').reasons).toEqual([{ code: 'FUNDING_STOPPED', rank: 2 }]);
    expect(funders[0]).toMatchObject({ granted: 100, remaining: 0 });
  });

  it('a project larger than the whole budget is never funded in full', () => {
    const big = [app('huge', [[10, 5]], [org('o', 500)]), app('small', [[9, 5]], [org('p', 20)])];
    expect(statuses(rankAndAllocate(call({ budgetRule: 'STOP' }), big).results)).toEqual([
      'huge:RESERVE',
      'small:RESERVE',
    ]);
    expect(statuses(rankAndAllocate(call({ budgetRule: 'SKIP' }), big).results)).toEqual([
      'huge:RESERVE',
      'small:FUNDED',
    ]);
    const partial = rankAndAllocate(call({ budgetRule: 'PARTIAL' }), big).results;
    expect(byId(partial, 'huge')).toMatchObject({ status: 'FUNDED', partial: true, granted: 100 });
    expect(byId(partial, 'small').status).toBe('RESERVE');
  });

  it('draws a real common pot from the funders in the call order', () => {
    const pooled = call({
      budgetRule: 'SKIP',
      funders: [funder('k1', 'KR', 70), funder('k2', 'DE', 50)],
    });
    const { results, funders } = rankAndAllocate(pooled, apps);
    expect(statuses(results)).toEqual(['a:FUNDED', 'b:FUNDED', 'c:RESERVE', 'd:REJECTED']);
    expect(byId(results, 'b').grants).toEqual([
      { clusterId: 'k1', amount: 10 },
      { clusterId: 'k2', amount: 40 },
    ]);
    expect(funders.map((f) => f.remaining)).toEqual([0, 10]);
  });
});

describe('joint calls', () => {
  const funders = [funder('kr', 'KR', 100), funder('de', 'DE', 50)];
  const apps = [
    app('p1', [[9, 5]], [org('kr1', 60, 'KR'), org('de1', 40, 'DE')]),
    app('p2', [[8, 5]], [org('kr2', 30, 'KR'), org('de2', 20, 'DE')]), // DE has 10 left
    app('p3', [[7, 5]], [org('kr3', 10, 'KR')]), // KR only
  ];

  it('virtual common pot: a project is funded only when every funder can pay its share; per-funder report', () => {
    const { results, funders: report } = rankAndAllocate(
      call({ fundingMode: 'VIRTUAL_COMMON_POT', budgetRule: 'SKIP', funders }),
      apps,
    );
    expect(statuses(results)).toEqual(['p1:FUNDED', 'p2:RESERVE', 'p3:FUNDED']);
    expect(byId(results, 'p1').grants).toEqual([
      { clusterId: 'kr', amount: 60 },
      { clusterId: 'de', amount: 40 },
    ]);
    expect(byId(results, 'p2').reasons).toEqual([
      { code: 'FUNDER_SHORT', clusterId: 'de', share: 20, remaining: 10, rank: 2 },
    ]);
    expect(byId(results, 'p2').shares).toEqual([
      { clusterId: 'kr', amount: 30 },
      { clusterId: 'de', amount: 20 },
    ]);
    expect(report).toEqual([
      {
        clusterId: 'kr',
        budget: 100,
        granted: 70,
        remaining: 30,
        funded: [
          { applicationId: 'p1', rank: 1, amount: 60, partial: false },
          { applicationId: 'p3', rank: 3, amount: 10, partial: false },
        ],
        couldNotPay: [],
      },
      {
        clusterId: 'de',
        budget: 50,
        granted: 40,
        remaining: 10,
        funded: [{ applicationId: 'p1', rank: 1, amount: 40, partial: false }],
        couldNotPay: [{ applicationId: 'p2', rank: 2, share: 20, remaining: 10 }],
      },
    ]);
  });

  it('virtual common pot under STOP: one funder short stops the whole ranking', () => {
    const { results } = rankAndAllocate(
      call({ fundingMode: 'VIRTUAL_COMMON_POT', budgetRule: 'STOP', funders }),
      apps,
    );
    expect(statuses(results)).toEqual(['p1:FUNDED', 'p2:RESERVE', 'p3:RESERVE']);
  });

  it('virtual common pot under PARTIAL: each funder offers what it has left of its share', () => {
    const { results } = rankAndAllocate(
      call({ fundingMode: 'VIRTUAL_COMMON_POT', budgetRule: 'PARTIAL', funders }),
      apps,
    );
    expect(byId(results, 'p2')).toMatchObject({ status: 'FUNDED', partial: true, granted: 40 });
    expect(byId(results, 'p2').grants).toEqual([
      { clusterId: 'kr', amount: 30 },
      { clusterId: 'de', amount: 10 },
    ]);
  });

  it('virtual common pot: a partner no funder takes, or a share above the maximum, is never funded', () => {
    const capped = [funder('kr', 'KR', 100, { maxPerProject: 50 }), funder('de', 'DE', 50)];
    const { results } = rankAndAllocate(
      call({ fundingMode: 'VIRTUAL_COMMON_POT', funders: capped }),
      [
        app('orphan', [[9, 5]], [org('kr1', 10, 'KR'), org('fr1', 10, 'FR')]),
        app('over', [[8, 5]], [org('kr2', 60, 'KR')]),
        app('fine', [[7, 5]], [org('kr3', 10, 'KR')]),
      ],
    );
    expect(statuses(results)).toEqual(['orphan:REJECTED', 'over:REJECTED', 'fine:FUNDED']);
    expect(byId(results, 'orphan').reasons).toEqual([{ code: 'NO_FUNDER', organizationId: 'fr1' }]);
    expect(byId(results, 'over').reasons).toEqual([
      { code: 'FUNDER_OVER_MAX', clusterId: 'kr', share: 60, maximum: 50 },
    ]);
  });

  it('mixed: own partners first, the shortfall topped up from the other funders', () => {
    const { results, funders: report } = rankAndAllocate(
      call({ fundingMode: 'MIXED', budgetRule: 'SKIP', funders }),
      apps,
    );
    // Both budgets are spent by p1 and p2: p3 waits on the pooled remainder (nothing).
    expect(statuses(results)).toEqual(['p1:FUNDED', 'p2:FUNDED', 'p3:RESERVE']);
    expect(byId(results, 'p3').reasons).toEqual([
      { code: 'BUDGET_EXHAUSTED', share: 10, remaining: 0, rank: 3 },
    ]);
    // p2: KR pays its 30; DE pays the 10 it has; KR tops up DE's missing 10.
    expect(byId(results, 'p2').grants).toEqual([
      { clusterId: 'kr', amount: 40 },
      { clusterId: 'de', amount: 10 },
    ]);
    expect(report.map((f) => f.remaining)).toEqual([0, 0]);
  });

  it('refuses to compare amounts in different currencies', () => {
    const usd = [funder('kr', 'KR', 100), funder('us', 'US', 50, { currency: 'USD' })];
    expect(() => rankAndAllocate(call({ funders: usd }), apps)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', field: 'funders', key: 'award.funderCurrency' }),
    );
    expect(() => rankAndAllocate(call({ funders: [] }), apps)).toThrow(
      expect.objectContaining({ key: 'award.noFunders' }),
    );
  });
});

describe('promoteFromReserve', () => {
  const apps = [
    app('a', [[9, 5]], [org('oa', 60)]),
    app('b', [[8, 5]], [org('ob', 50)]),
    app('c', [[7, 5]], [org('oc', 30)]),
  ];
  const current = (rule: 'STOP' | 'SKIP' | 'PARTIAL') =>
    rankAndAllocate(call({ budgetRule: rule }), apps).results.map((r) => ({
      applicationId: r.applicationId,
      rank: r.rank,
      status: r.status,
      partial: r.partial,
      grants: r.grants,
    }));

  it('promotes the first RESERVE that fits once a FUNDED project withdraws', () => {
    const after = current('STOP').map((a) =>
      a.applicationId === 'a' ? { ...a, status: 'REJECTED' as const, grants: [] } : a,
    );
    // 100 free: b (50) then c (30) fit.
    expect(promoteFromReserve(call({ budgetRule: 'STOP' }), apps, after)).toEqual([
      { applicationId: 'b', partial: false, grants: [{ clusterId: 'k1', amount: 50 }] },
      { applicationId: 'c', partial: false, grants: [{ clusterId: 'k1', amount: 30 }] },
    ]);
  });

  it('promotes nothing when nothing is freed', () => {
    expect(promoteFromReserve(call({ budgetRule: 'STOP' }), apps, current('STOP'))).toEqual([]);
  });

  it('STOP keeps the list gap-free: a RESERVE that does not fit blocks those below it', () => {
    const small = call({ budgetRule: 'STOP', funders: [funder('k1', 'KR', 70)] });
    const now = rankAndAllocate(small, apps).results.map((r) => ({ ...r, grants: r.grants }));
    expect(statuses(now)).toEqual(['a:FUNDED', 'b:RESERVE', 'c:RESERVE']);
    // Cut a: 70 free; b (50) fits, then c (30) does not fit the 20 left.
    const cut = now.map((a) =>
      a.applicationId === 'a' ? { ...a, status: 'REJECTED' as const, grants: [] } : a,
    );
    expect(promoteFromReserve(small, apps, cut).map((p) => p.applicationId)).toEqual(['b']);
  });

  it('PARTIAL tops up the partially funded project first', () => {
    const before = current('PARTIAL');
    expect(before.find((a) => a.applicationId === 'b')).toMatchObject({ partial: true });
    const after = before.map((a) =>
      a.applicationId === 'a' ? { ...a, status: 'REJECTED' as const, grants: [] } : a,
    );
    expect(promoteFromReserve(call({ budgetRule: 'PARTIAL' }), apps, after)).toEqual([
      { applicationId: 'b', partial: false, grants: [{ clusterId: 'k1', amount: 50 }] },
      { applicationId: 'c', partial: false, grants: [{ clusterId: 'k1', amount: 30 }] },
    ]);
  });
});
