import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import {
  INTEREST_STATUSES,
  isInterestHolding,
  interestMessageSchema,
  type InterestStatus,
} from './interest';
import {
  INTEREST_ACTIONS,
  availableInterestActions,
  isInterestFinal,
  transitionInterest,
  type InterestAction,
} from './interest-status';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError
      ? `${error.code}:${error.field}:${error.key ?? error.issue}`
      : `other:${String(error)}`;
  }
  return 'none';
};

describe('interest transitions', () => {
  it('walks SUBMITTED → SHORTLISTED → ACCEPTED', () => {
    const shortlisted = transitionInterest('SUBMITTED', 'shortlist');
    expect(shortlisted).toEqual({ status: 'SHORTLISTED', declineReason: null });
    expect(transitionInterest(shortlisted.status, 'accept')).toEqual({
      status: 'ACCEPTED',
      declineReason: null,
    });
  });

  it('declines an undecided interest with a trimmed reason the sender reads', () => {
    expect(
      transitionInterest('SUBMITTED', 'decline', { reason: '  Out of our budget this year.  ' }),
    ).toEqual({
      status: 'DECLINED',
      declineReason: 'Out of our budget this year.',
    });
    expect(
      transitionInterest('SHORTLISTED', 'decline', { reason: 'Chose another partner' }).status,
    ).toBe('DECLINED');
  });

  it('lets the sender withdraw while undecided', () => {
    expect(transitionInterest('SUBMITTED', 'withdraw').status).toBe('WITHDRAWN');
    expect(transitionInterest('SHORTLISTED', 'withdraw').status).toBe('WITHDRAWN');
  });

  it('refuses a decline without a reason on the reason field', () => {
    expect(refusal(() => transitionInterest('SUBMITTED', 'decline'))).toBe(
      'BAD_USER_INPUT:reason:too_small',
    );
    expect(refusal(() => transitionInterest('SUBMITTED', 'decline', { reason: ' \u200b ' }))).toBe(
      'BAD_USER_INPUT:reason:too_small',
    );
  });

  it('refuses accepting before a shortlist, and every action on a final interest', () => {
    expect(refusal(() => transitionInterest('SUBMITTED', 'accept'))).toBe(
      'CONFLICT:status:interest.acceptNotShortlisted',
    );
    for (const status of ['ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(isInterestFinal(status)).toBe(true);
      for (const action of INTEREST_ACTIONS)
        expect(refusal(() => transitionInterest(status, action, { reason: 'a reason' }))).toMatch(
          /^CONFLICT:status:interest\./,
        );
    }
  });

  it('offers exactly the actions that succeed, from every status (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTEREST_STATUSES),
        fc.constantFrom(...INTEREST_ACTIONS),
        (status: InterestStatus, action: InterestAction) => {
          const offered = availableInterestActions(status).includes(action);
          const outcome = refusal(() =>
            transitionInterest(status, action, { reason: 'Not this time' }),
          );
          expect(outcome === 'none').toBe(offered);
          if (!offered) expect(outcome.startsWith('CONFLICT:status:')).toBe(true);
        },
      ),
    );
  });

  it('never leaves a final status and never returns to SUBMITTED (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INTEREST_ACTIONS), { maxLength: 8 }), (actions) => {
        let status: InterestStatus = 'SUBMITTED';
        for (const action of actions) {
          if (!availableInterestActions(status).includes(action)) continue;
          const next: InterestStatus = transitionInterest(status, action, {
            reason: 'Not this time',
          }).status;
          expect(next).not.toBe('SUBMITTED');
          expect(isInterestFinal(status)).toBe(false);
          status = next;
        }
        // The slot is held exactly while the interest is undecided or accepted.
        expect(isInterestHolding(status)).toBe(
          ['SUBMITTED', 'SHORTLISTED', 'ACCEPTED'].includes(status),
        );
      }),
    );
  });
});

describe('interest message', () => {
  const valid = {
    message: 'We have built three such test rigs.',
    proposedApproach: 'A six-month joint project on your line.',
  };

  it('accepts a message and an approach, trimmed, with optional capabilities', () => {
    expect(interestMessageSchema.parse({ ...valid, message: `  ${valid.message} ` }).message).toBe(
      valid.message,
    );
    expect(
      interestMessageSchema.parse({
        ...valid,
        capabilityIds: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'],
      }).capabilityIds,
    ).toHaveLength(1);
  });

  it('refuses an empty message, a missing approach and a capability linked twice, by field', () => {
    const fields = (input: unknown) =>
      (interestMessageSchema.safeParse(input).error?.issues ?? []).map((issue) =>
        issue.path.join('.'),
      );
    expect(fields({ ...valid, message: '   ' })).toEqual(['message']);
    expect(fields({ message: valid.message })).toEqual(['proposedApproach']);
    const id = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    expect(fields({ ...valid, capabilityIds: [id, id] })).toEqual(['capabilityIds']);
    expect(fields({ ...valid, capabilityIds: ['nope'] })).toEqual(['capabilityIds.0']);
  });
});
