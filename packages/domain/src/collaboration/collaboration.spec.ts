import { DomainError } from '../errors/domain-error';
import { assertNewCollaboration, completeCollaboration, orderedPair } from './collaboration';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const now = new Date('2026-12-06T10:00:00Z');

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError)
      return { code: error.code, field: error.field, key: error.key };
    throw error;
  }
  throw new Error('not refused');
};

describe('completeCollaboration', () => {
  it('completes an active collaboration with its outcome', () => {
    expect(completeCollaboration({ status: 'ACTIVE', needId: null }, 'ONGOING', now)).toEqual({
      status: 'COMPLETED',
      outcome: 'ONGOING',
      completedAt: now,
      closesNeed: false,
    });
  });

  it('closes the source need only when it was SOLVED and came from a need', () => {
    expect(completeCollaboration({ status: 'ACTIVE', needId: A }, 'SOLVED', now).closesNeed).toBe(
      true,
    );
    expect(
      completeCollaboration({ status: 'ACTIVE', needId: A }, 'DISCONTINUED', now).closesNeed,
    ).toBe(false);
    expect(
      completeCollaboration({ status: 'ACTIVE', needId: null }, 'SOLVED', now).closesNeed,
    ).toBe(false);
  });

  it('refuses an unknown outcome on its field', () => {
    expect(
      refusal(() => completeCollaboration({ status: 'ACTIVE', needId: null }, 'DONE', now)),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'outcome',
      key: 'collaboration.outcome',
    });
  });

  it('refuses to complete twice', () => {
    expect(
      refusal(() => completeCollaboration({ status: 'COMPLETED', needId: null }, 'SOLVED', now)),
    ).toEqual({
      code: 'CONFLICT',
      field: 'status',
      key: 'collaboration.alreadyCompleted',
    });
  });
});

describe('assertNewCollaboration', () => {
  it('orders the pair and keeps the type', () => {
    expect(assertNewCollaboration({ organizationIds: [B, A], type: 'LICENSE', needId: A })).toEqual(
      { pair: [A, B], type: 'LICENSE' },
    );
    expect(orderedPair(A, B)).toEqual(orderedPair(B, A));
  });

  it.each([
    [
      { organizationIds: [A, A] as const, type: 'LICENSE' },
      'organizationIds',
      'collaboration.samePair',
    ],
    [{ organizationIds: [A, B] as const, type: 'FRIENDSHIP' }, 'type', 'collaboration.type'],
    [
      { organizationIds: [A, B] as const, type: 'SERVICE', needId: A, capabilityId: B },
      'capabilityId',
      'collaboration.oneSource',
    ],
  ])('refuses %j', (facts, field, key) => {
    expect(refusal(() => assertNewCollaboration(facts))).toEqual({
      code: 'BAD_USER_INPUT',
      field,
      key,
    });
  });
});
