import fc from 'fast-check';
import { FUNDING_MODES, type Funder } from '../call/call-funder';
import { BUDGET_RULES, type AwardApplication, type AwardCall } from './award-input';
import { promoteFromReserve, rankAndAllocate, type AwardResult } from './award';

const COUNTRIES = ['KR', 'DE', 'FR'] as const;

const criteriaArb = fc.array(
  fc.record({
    weight: fc.integer({ min: 1, max: 50 }),
    maxScore: fc.integer({ min: 1, max: 10 }),
    minScore: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  }),
  { minLength: 1, maxLength: 4 },
);

const fundersArb = fc
  .uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 3 })
  .chain((countries) =>
    fc.tuple(
      ...countries.map((country) =>
        fc
          .record({
            budget: fc.integer({ min: 0, max: 400 }),
            maxPerProject: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
          })
          .map(({ budget, maxPerProject }): Funder => ({
            clusterId: `f-${country}`,
            funds: 'COUNTRY',
            country,
            region: null,
            budget,
            currency: 'EUR',
            maxPerProject,
          })),
      ),
    ),
  );

const callArb: fc.Arbitrary<AwardCall> = fc.record({
  currency: fc.constant('EUR'),
  criteria: criteriaArb,
  threshold: fc.integer({ min: 0, max: 80 }),
  budgetRule: fc.constantFrom(...BUDGET_RULES),
  fundingMode: fc.constantFrom(...FUNDING_MODES),
  funders: fundersArb,
});

const appsArb = (criteriaCount: number): fc.Arbitrary<AwardApplication[]> =>
  fc
    .array(
      fc.record({
        submittedAt: fc.integer({ min: 0, max: 5 }).map((d) => new Date(Date.UTC(2026, 4, 1 + d))),
        organizations: fc.array(
          fc.record({
            requestedBudget: fc.integer({ min: 0, max: 120 }),
            country: fc.constantFrom(...COUNTRIES, 'JP'),
            sme: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        // Few distinct score values, so ties are common and the tie-break chain is exercised.
        reviews: fc.array(
          fc.array(fc.option(fc.constantFrom(0, 1, 2, 5), { nil: null, freq: 10 }), {
            minLength: criteriaCount,
            maxLength: criteriaCount,
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 12 },
    )
    .map((apps) =>
      apps.map((a, i) => ({
        applicationId: `app-${String(i).padStart(2, '0')}`,
        submittedAt: a.submittedAt,
        organizations: a.organizations.map((o, j) => ({
          organizationId: `o-${i}-${j}`,
          region: null,
          activeClusterIds: [],
          ...o,
        })),
        reviews: a.reviews,
      })),
    );

const scenario = callArb.chain((call) => {
  // Scores may not exceed a criterion's maximum.
  const capped = {
    ...call,
    criteria: call.criteria.map((c) => ({ ...c, maxScore: Math.max(c.maxScore, 5) })),
  };
  return fc.tuple(fc.constant(capped), appsArb(call.criteria.length), fc.integer());
});

/** A deterministic shuffle from a seed (fast-check shrinks the seed). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const grantedBy = (results: readonly AwardResult[], clusterId: string): number =>
  results.reduce(
    (sum, r) => sum + (r.grants.find((g) => g.clusterId === clusterId)?.amount ?? 0),
    0,
  );

describe('rankAndAllocate properties', () => {
  it('never grants more than any funder’s budget, nor more than a project asked', () => {
    fc.assert(
      fc.property(scenario, ([call, apps]) => {
        const { results, funders } = rankAndAllocate(call, apps);
        for (const f of call.funders) {
          const granted = grantedBy(results, f.clusterId);
          expect(granted).toBeLessThanOrEqual(f.budget);
          expect(funders.find((r) => r.clusterId === f.clusterId)?.granted).toBe(granted);
        }
        for (const r of results) {
          expect(r.granted).toBeLessThanOrEqual(r.requested);
          expect(r.grants.every((g) => g.amount > 0)).toBe(true);
          if (r.status !== 'FUNDED') expect(r.granted).toBe(0);
          if (r.status === 'FUNDED' && !r.partial) expect(r.granted).toBe(r.requested);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of applications, reviews or partners', () => {
    fc.assert(
      fc.property(scenario, ([call, apps, seed]) => {
        const shuffled = shuffle(apps, seed).map((a, i) => ({
          ...a,
          reviews: shuffle(a.reviews, seed + i),
          organizations: shuffle(a.organizations, seed - i),
        }));
        expect(rankAndAllocate(call, shuffled)).toEqual(rankAndAllocate(call, apps));
      }),
      { numRuns: 300 },
    );
  });

  it('never passes over a higher-ranked fundable project for a lower one, unless the rule is SKIP and it did not fit', () => {
    fc.assert(
      fc.property(scenario, ([call, apps]) => {
        const { results } = rankAndAllocate(call, apps);
        const candidates = results.filter((r) => r.status !== 'REJECTED');
        candidates.forEach((r, i) => {
          if (r.status !== 'RESERVE') return;
          const lowerFunded = candidates.slice(i + 1).some((lower) => lower.status === 'FUNDED');
          if (call.budgetRule !== 'SKIP') expect(lowerFunded).toBe(false);
          // A RESERVE always says why: it did not fit what was left, or funding had stopped above it.
          const shortfalls = r.reasons.filter(
            (x) => x.code === 'FUNDER_SHORT' || x.code === 'BUDGET_EXHAUSTED',
          );
          if (call.budgetRule === 'SKIP') expect(shortfalls.length).toBeGreaterThan(0);
          for (const s of shortfalls)
            if ('share' in s) expect(s.share).toBeGreaterThan(s.remaining);
        });
        // Ranks are 1..n, in order, and every REJECTED has a reason.
        expect(results.map((r) => r.rank)).toEqual(results.map((_, i) => i + 1));
        for (const r of results)
          if (r.status === 'REJECTED') expect(r.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('promotion after a withdrawal stays within every budget and never touches a fully funded project', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ([call, apps], pick) => {
        const { results } = rankAndAllocate(call, apps);
        const funded = results.filter((r) => r.status === 'FUNDED');
        if (funded.length === 0) return;
        const leaving = funded[pick % funded.length]!.applicationId;
        const current = results.map((r) => ({
          applicationId: r.applicationId,
          rank: r.rank,
          status: r.applicationId === leaving ? ('REJECTED' as const) : r.status,
          partial: r.partial,
          grants: r.applicationId === leaving ? [] : r.grants,
        }));
        const promotions = promoteFromReserve(call, apps, current);
        const after = current.map((c) => {
          const p = promotions.find((x) => x.applicationId === c.applicationId);
          return p ? { ...c, status: 'FUNDED' as const, grants: p.grants } : c;
        });
        for (const p of promotions) {
          const before = current.find((c) => c.applicationId === p.applicationId)!;
          expect(before.status === 'RESERVE' || before.partial).toBe(true);
        }
        for (const f of call.funders) {
          const spent = after
            .filter((a) => a.status === 'FUNDED')
            .reduce(
              (sum, a) => sum + (a.grants.find((g) => g.clusterId === f.clusterId)?.amount ?? 0),
              0,
            );
          expect(spent).toBeLessThanOrEqual(f.budget);
        }
      }),
      { numRuns: 200 },
    );
  });
});
