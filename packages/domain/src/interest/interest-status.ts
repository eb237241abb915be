import { z } from 'zod';
import { DomainError, errorKey, type ErrorKey } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { declineReasonSchema, type InterestStatus } from './interest';

/**
 * An interest's life after it is submitted: the listing's owner shortlists it, then accepts
 * or declines it (with a reason the sender reads); the sender may withdraw it while it is
 * still undecided. ACCEPTED, DECLINED and WITHDRAWN are final.
 */
export const INTEREST_ACTIONS = ['shortlist', 'accept', 'decline', 'withdraw'] as const;
export type InterestAction = (typeof INTEREST_ACTIONS)[number];

const TRANSITIONS: Record<InterestAction, { from: readonly InterestStatus[]; to: InterestStatus }> =
  {
    shortlist: { from: ['SUBMITTED'], to: 'SHORTLISTED' },
    // Acceptance is a commitment (it starts a collaboration): it follows a shortlist.
    accept: { from: ['SHORTLISTED'], to: 'ACCEPTED' },
    decline: { from: ['SUBMITTED', 'SHORTLISTED'], to: 'DECLINED' },
    withdraw: { from: ['SUBMITTED', 'SHORTLISTED'], to: 'WITHDRAWN' },
  };

const CONFLICT_KEYS: Record<InterestAction, ErrorKey> = {
  shortlist: errorKey('interest.shortlistNotSubmitted'),
  accept: errorKey('interest.acceptNotShortlisted'),
  decline: errorKey('interest.declineDecided'),
  withdraw: errorKey('interest.withdrawDecided'),
};

const CONFLICT_MESSAGES: Record<InterestAction, string> = {
  shortlist: 'Only a submitted interest can be shortlisted.',
  accept: 'Shortlist an interest before accepting it.',
  decline: 'Only an undecided (submitted or shortlisted) interest can be declined.',
  withdraw: 'Only an undecided (submitted or shortlisted) interest can be withdrawn.',
};

// Refused on the field the mutation names: `reason`.
const declineReasonObject = z.object({ reason: declineReasonSchema });

export interface InterestTransition {
  status: InterestStatus;
  /** The owner's reason when declining, null otherwise. */
  declineReason: string | null;
}

/**
 * The next status, or CONFLICT on `status` for the wrong state, or BAD_USER_INPUT on
 * `reason` for a decline without a usable reason.
 */
export function transitionInterest(
  current: InterestStatus,
  action: InterestAction,
  options: { reason?: string | null | undefined } = {},
): InterestTransition {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current))
    throw new DomainError('CONFLICT', `${CONFLICT_MESSAGES[action]} This interest is ${current}.`, {
      field: 'status',
      key: CONFLICT_KEYS[action],
      params: { status: current },
    });
  if (action !== 'decline') return { status: transition.to, declineReason: null };
  const { reason } = parseInput(declineReasonObject, { reason: options.reason ?? '' });
  return { status: transition.to, declineReason: reason };
}

/** Actions possible from a status (whoever may take them), for showing only buttons that work. */
export function availableInterestActions(current: InterestStatus): InterestAction[] {
  return INTEREST_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(current));
}

export const isInterestFinal = (status: InterestStatus): boolean =>
  availableInterestActions(status).length === 0;
