import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import type { NeedDraftInput, NeedStatus } from './need';
import { availableNeedActions, isExpired, transitionNeed, type NeedAction } from './need-status';

const now = new Date('2026-11-24T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

const publishable: NeedDraftInput = {
  title: 'Carbon-fibre reinforced seat frame',
  publicSummary: 'A seat frame 30% lighter than steel for compact EVs, at series cost.',
  technologyAreas: ['EA09'],
  sectors: ['29'],
  currentTrl: 3,
  targetTrl: 6,
  responseDeadline: new Date(now.getTime() + 30 * DAY),
  collaborationTypes: ['JOINT_VENTURE'],
  visibility: 'CLUSTER',
};

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : `other:${String(error)}`;
  }
  return 'none';
};

describe('need transitions', () => {
  it('walks the life of a need: publish, then close as SOLVED or WITHDRAWN', () => {
    const opened = transitionNeed('DRAFT', 'publish', { now, values: publishable });
    expect(opened).toEqual({ status: 'OPEN', closeReason: null });
    expect(transitionNeed(opened.status, 'close', { now, reason: 'SOLVED' })).toEqual({
      status: 'CLOSED',
      closeReason: 'SOLVED',
    });
    expect(transitionNeed('OPEN', 'close', { now, reason: ' WITHDRAWN ' })).toEqual({
      status: 'CLOSED',
      closeReason: 'WITHDRAWN',
    });
  });

  it('expires an OPEN need once its deadline has passed, and not before', () => {
    const deadline = new Date('2026-12-01T00:00:00Z');
    const values = { ...publishable, responseDeadline: deadline };
    expect(transitionNeed('OPEN', 'expire', { now: deadline, values })).toEqual({
      status: 'CLOSED',
      closeReason: 'EXPIRED',
    });
    expect(
      transitionNeed('OPEN', 'expire', { now: new Date('2026-12-02T00:00:00Z'), values }),
    ).toEqual({ status: 'CLOSED', closeReason: 'EXPIRED' });
    expect(
      refusal(() =>
        transitionNeed('OPEN', 'expire', { now: new Date(deadline.getTime() - 1), values }),
      ),
    ).toBe('CONFLICT:responseDeadline');
    expect(
      refusal(() => transitionNeed('OPEN', 'expire', { now, values: { title: 'No deadline' } })),
    ).toBe('CONFLICT:responseDeadline');
    expect(refusal(() => transitionNeed('OPEN', 'expire', { now }))).toBe(
      'CONFLICT:responseDeadline',
    );
  });

  it.each([
    ['OPEN', 'publish'],
    ['CLOSED', 'publish'],
    ['DRAFT', 'close'],
    ['CLOSED', 'close'],
    ['DRAFT', 'expire'],
    ['CLOSED', 'expire'],
  ] as const)('refuses %s → %s as a CONFLICT on status', (from, action) => {
    const values = { ...publishable, responseDeadline: new Date(now.getTime() - DAY) };
    expect(refusal(() => transitionNeed(from, action, { now, values, reason: 'SOLVED' }))).toBe(
      'CONFLICT:status',
    );
  });

  it('requires SOLVED or WITHDRAWN to close; EXPIRED is not the owner’s choice', () => {
    expect(refusal(() => transitionNeed('OPEN', 'close', { now }))).toBe('BAD_USER_INPUT:reason');
    expect(refusal(() => transitionNeed('OPEN', 'close', { now, reason: '  ' }))).toBe(
      'BAD_USER_INPUT:reason',
    );
    expect(refusal(() => transitionNeed('OPEN', 'close', { now, reason: 'EXPIRED' }))).toBe(
      'BAD_USER_INPUT:reason',
    );
    expect(refusal(() => transitionNeed('OPEN', 'close', { now, reason: 'solved' }))).toBe(
      'BAD_USER_INPUT:reason',
    );
  });

  it('publishes only complete values with a deadline after now', () => {
    expect(refusal(() => transitionNeed('DRAFT', 'publish', { now }))).toBe('BAD_USER_INPUT:input');
    expect(
      refusal(() =>
        transitionNeed('DRAFT', 'publish', {
          now,
          values: { ...publishable, technologyAreas: [] },
        }),
      ),
    ).toBe('BAD_USER_INPUT:technologyAreas');
    expect(
      refusal(() =>
        transitionNeed('DRAFT', 'publish', {
          now,
          values: { ...publishable, responseDeadline: now },
        }),
      ),
    ).toBe('BAD_USER_INPUT:responseDeadline');
  });

  it('offers exactly the actions a person can take', () => {
    expect(availableNeedActions('DRAFT')).toEqual(['publish']);
    expect(availableNeedActions('OPEN')).toEqual(['close']);
    expect(availableNeedActions('CLOSED')).toEqual([]);
  });

  it('calls an OPEN need expired from its deadline on, and nothing else', () => {
    const deadline = '2026-11-24T09:00:00Z';
    expect(isExpired({ status: 'OPEN', responseDeadline: deadline }, now)).toBe(true);
    expect(isExpired({ status: 'OPEN', responseDeadline: new Date(now.getTime() + 1) }, now)).toBe(
      false,
    );
    expect(isExpired({ status: 'DRAFT', responseDeadline: deadline }, now)).toBe(false);
    expect(isExpired({ status: 'CLOSED', responseDeadline: deadline }, now)).toBe(false);
    expect(isExpired({ status: 'OPEN', responseDeadline: null }, now)).toBe(false);
    expect(isExpired({ status: 'OPEN', responseDeadline: 'garbage' }, now)).toBe(false);
  });
});

describe('need transition properties', () => {
  const trl = fc.option(fc.integer({ min: 1, max: 9 }), { nil: null });
  // Milliseconds from now to the deadline, with the boundary (0, ±1 ms) drawn often.
  const offset = fc.oneof(
    fc.integer({ min: -2, max: 2 }),
    fc.integer({ min: -400 * DAY, max: 400 * DAY }),
  );
  const instant = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-01-01T00:00:00Z'),
    noInvalidDate: true,
  });

  it('never opens a need whose target TRL is below its current TRL or whose deadline is not after now', () => {
    fc.assert(
      fc.property(trl, trl, offset, instant, (currentTrl, targetTrl, deadlineOffset, at) => {
        const values = {
          ...publishable,
          currentTrl,
          targetTrl,
          responseDeadline: new Date(at.getTime() + deadlineOffset),
        };
        let opened = false;
        try {
          opened = transitionNeed('DRAFT', 'publish', { now: at, values }).status === 'OPEN';
        } catch (error) {
          if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') throw error;
        }
        const valid =
          currentTrl !== null &&
          targetTrl !== null &&
          targetTrl >= currentTrl &&
          deadlineOffset > 0;
        // Both ways: it opens exactly the needs that satisfy the rules.
        expect(opened).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });

  it('reaches CLOSED only from OPEN, and nothing leaves CLOSED', () => {
    const statuses: NeedStatus[] = ['DRAFT', 'OPEN', 'CLOSED'];
    const actions: NeedAction[] = ['publish', 'close', 'expire'];
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.constantFrom(...actions),
        offset,
        (from, action, deadlineOffset) => {
          const values = {
            ...publishable,
            responseDeadline: new Date(now.getTime() + deadlineOffset),
          };
          try {
            const next = transitionNeed(from, action, { now, values, reason: 'SOLVED' });
            expect(from).not.toBe('CLOSED');
            if (next.status === 'CLOSED') expect(from).toBe('OPEN');
            expect(next.closeReason === null).toBe(next.status !== 'CLOSED');
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
          }
        },
      ),
    );
  });
});
