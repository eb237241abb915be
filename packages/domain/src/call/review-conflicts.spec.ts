import { DEFAULT_CONFLICT_RULES } from './review';
import { reviewerAffinity } from './review-affinity';
import {
  conflictsByPair,
  conflictWindowStart,
  isConflict,
  type ConflictEvidence,
} from './review-conflicts';

const now = new Date('2026-12-01T00:00:00Z');
const evidence = (overrides: Partial<ConflictEvidence>): ConflictEvidence => ({
  userId: 'u1',
  applicationId: 'a1',
  rule: 'COLLABORATION',
  recordKind: 'COLLABORATION',
  recordId: 'c1',
  recordDate: new Date('2025-06-01T00:00:00Z'),
  reviewerOrganizationId: 'o1',
  consortiumOrganizationId: 'o2',
  ...overrides,
});

describe('conflict rules', () => {
  it('counts dated ties inside the look-back window only', () => {
    const start = conflictWindowStart(now, 3);
    expect(start.toISOString()).toBe('2023-12-01T00:00:00.000Z');
    expect(isConflict(evidence({}), DEFAULT_CONFLICT_RULES, start)).toBe(true);
    expect(
      isConflict(
        evidence({ recordDate: new Date('2023-11-30T23:59:59Z') }),
        DEFAULT_CONFLICT_RULES,
        start,
      ),
    ).toBe(false);
    expect(isConflict(evidence({ recordDate: null }), DEFAULT_CONFLICT_RULES, start)).toBe(false);
  });

  it('counts membership whatever the window, and nothing of a switched-off rule', () => {
    const membership = evidence({
      rule: 'CONSORTIUM_MEMBER',
      recordKind: 'MEMBERSHIP',
      recordDate: null,
    });
    expect(isConflict(membership, DEFAULT_CONFLICT_RULES, conflictWindowStart(now, 0))).toBe(true);
    expect(
      isConflict(
        membership,
        { ...DEFAULT_CONFLICT_RULES, CONSORTIUM_MEMBER: false },
        conflictWindowStart(now, 3),
      ),
    ).toBe(false);
  });

  it('groups conflicts by reviewer and application', () => {
    const pairs = conflictsByPair(
      [
        evidence({}),
        evidence({ recordId: 'c2' }),
        evidence({ applicationId: 'a2', rule: 'NDA_ACCEPTED', recordKind: 'NDA_ACCEPTANCE' }),
      ],
      { ...DEFAULT_CONFLICT_RULES, NDA_ACCEPTED: false },
      conflictWindowStart(now, 3),
    );
    expect([...pairs.keys()]).toEqual(['u1:a1']);
    expect(pairs.get('u1:a1')?.map((e) => e.recordId)).toEqual(['c1', 'c2']);
  });
});

describe('reviewerAffinity', () => {
  it('rises with shared technology, sectors and words, within [0, 1]', () => {
    const topic = {
      technologyCodes: ['EF05'],
      sectors: ['29'],
      text: 'hydrogen fuel cell cooling',
    };
    const none = reviewerAffinity({ technologyCodes: [], sectors: [], text: 'poetry' }, topic);
    const some = reviewerAffinity(
      { technologyCodes: [], sectors: ['29'], text: 'hydrogen' },
      topic,
    );
    const full = reviewerAffinity(
      { technologyCodes: ['EF05'], sectors: ['29'], text: 'hydrogen fuel cell cooling' },
      topic,
    );
    expect(none.total).toBe(0);
    expect(some.total).toBeGreaterThan(none.total);
    expect(full.total).toBeGreaterThan(some.total);
    expect(full.total).toBeLessThanOrEqual(1);
  });
});
