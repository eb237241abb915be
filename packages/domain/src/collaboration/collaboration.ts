import { badInput, conflict, errorKey } from '../errors/domain-error';
import { COLLABORATION_TYPES, type CollaborationType } from '../need/need';

/**
 * A collaboration (협력): an edge of the collaboration network between two organizations.
 * It starts ACTIVE when an interest is accepted; either side marks it COMPLETED with an
 * outcome. COMPLETED is final.
 */
export const COLLABORATION_STATUSES = ['ACTIVE', 'COMPLETED'] as const;
export type CollaborationStatus = (typeof COLLABORATION_STATUSES)[number];

/**
 * How it ended: SOLVED (the need it came from is met, so that need closes as SOLVED),
 * ONGOING (the work goes on outside the platform), DISCONTINUED (stopped without a result).
 */
export const COLLABORATION_OUTCOMES = ['SOLVED', 'ONGOING', 'DISCONTINUED'] as const;
export type CollaborationOutcome = (typeof COLLABORATION_OUTCOMES)[number];

export const isCollaborationOutcome = (value: string): value is CollaborationOutcome =>
  (COLLABORATION_OUTCOMES as readonly string[]).includes(value);

export const isCollaborationType = (value: string): value is CollaborationType =>
  (COLLABORATION_TYPES as readonly string[]).includes(value);

/** The pair in the order the database stores it (smaller id first): each edge has one spelling. */
export const orderedPair = (one: string, other: string): [string, string] =>
  one < other ? [one, other] : [other, one];

export interface NewCollaborationFacts {
  organizationIds: readonly [string, string];
  type: string;
  needId?: string | null | undefined;
  capabilityId?: string | null | undefined;
}

/**
 * Checks a collaboration about to be recorded: two different organizations, a type from the
 * needs' vocabulary, and at most one source (the need or the capability an interest answered).
 */
export function assertNewCollaboration(facts: NewCollaborationFacts): {
  pair: [string, string];
  type: CollaborationType;
} {
  const [one, other] = facts.organizationIds;
  if (one === other)
    throw badInput(
      'organizationIds',
      'A collaboration is between two different organizations.',
      errorKey('collaboration.samePair'),
    );
  if (!isCollaborationType(facts.type))
    throw badInput(
      'type',
      `Choose the collaboration type from ${COLLABORATION_TYPES.join(', ')}.`,
      errorKey('collaboration.type'),
    );
  if (facts.needId && facts.capabilityId)
    throw badInput(
      'capabilityId',
      'A collaboration comes from one need or one capability, not both.',
      errorKey('collaboration.oneSource'),
    );
  return { pair: orderedPair(one, other), type: facts.type };
}

export interface CollaborationCompletion {
  status: 'COMPLETED';
  outcome: CollaborationOutcome;
  completedAt: Date;
  /** The need the collaboration came from closes as SOLVED (when it is still open). */
  closesNeed: boolean;
}

/**
 * ACTIVE → COMPLETED with an outcome. BAD_USER_INPUT on `outcome` for an unknown outcome,
 * CONFLICT on `status` when it was completed already (by either side).
 */
export function completeCollaboration(
  current: { status: CollaborationStatus; needId: string | null },
  outcome: string,
  now: Date,
): CollaborationCompletion {
  if (!isCollaborationOutcome(outcome))
    throw badInput(
      'outcome',
      `Say how the collaboration ended: ${COLLABORATION_OUTCOMES.join(', ')}.`,
      errorKey('collaboration.outcome'),
    );
  if (current.status !== 'ACTIVE')
    throw conflict(
      'This collaboration is already marked completed.',
      errorKey('collaboration.alreadyCompleted'),
      'status',
    );
  return {
    status: 'COMPLETED',
    outcome,
    completedAt: now,
    closesNeed: outcome === 'SOLVED' && current.needId !== null,
  };
}
