import { DomainError, badInput, errorKey, type ErrorKey } from '../errors/domain-error';
import { wallClock } from './call-time';

/** A call's life (공모): set up as a DRAFT, OPEN for submissions, CLOSED, evaluated, results out. */
export const CALL_STATUSES = [
  'DRAFT',
  'OPEN',
  'CLOSED',
  'IN_EVALUATION',
  'RESULTS_PUBLISHED',
] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export type CallAction = 'open' | 'extendDeadline' | 'close' | 'startEvaluation' | 'publishResults';

/** Who acts: a manager of the call's cluster, or the platform's scheduled job. */
export type CallActor = 'MANAGER' | 'SYSTEM';

interface TransitionSpec {
  from: CallStatus;
  to: CallStatus;
  by: readonly CallActor[];
}

/** Who may do what, from which status. */
export const CALL_TRANSITIONS: Readonly<Record<CallAction, TransitionSpec>> = {
  open: { from: 'DRAFT', to: 'OPEN', by: ['MANAGER'] },
  extendDeadline: { from: 'OPEN', to: 'OPEN', by: ['MANAGER'] },
  // The job closes a call at its deadline; a manager may close one that nobody could apply to
  // yet (not open yet) or whose deadline passed, never one whose applicants are still writing.
  close: { from: 'OPEN', to: 'CLOSED', by: ['MANAGER', 'SYSTEM'] },
  startEvaluation: { from: 'CLOSED', to: 'IN_EVALUATION', by: ['MANAGER'] },
  publishResults: { from: 'IN_EVALUATION', to: 'RESULTS_PUBLISHED', by: ['MANAGER'] },
};

const CONFLICT_KEYS: Record<CallAction, ErrorKey> = {
  open: errorKey('call.openNotDraft'),
  extendDeadline: errorKey('call.extendNotOpen'),
  close: errorKey('call.closeNotOpen'),
  startEvaluation: errorKey('call.evaluateNotClosed'),
  publishResults: errorKey('call.publishNotInEvaluation'),
};

export interface CallTiming {
  opensAt: Date | null;
  closesAt: Date | null;
  timeZone: string | null;
}

/** Submissions are accepted from `opensAt` up to, not including, `closesAt` (server clock). */
export function acceptsSubmissions(call: CallTiming & { status: CallStatus }, now: Date): boolean {
  return (
    call.status === 'OPEN' &&
    call.opensAt !== null &&
    call.closesAt !== null &&
    call.opensAt.getTime() <= now.getTime() &&
    now.getTime() < call.closesAt.getTime()
  );
}

/** How a list shows a call: not yet open, open, or past its deadline (closed or later). */
export const CALL_PHASES = ['DRAFT', 'UPCOMING', 'OPEN', 'CLOSED'] as const;
export type CallPhase = (typeof CALL_PHASES)[number];

export function callPhase(call: CallTiming & { status: CallStatus }, now: Date): CallPhase {
  if (call.status === 'DRAFT') return 'DRAFT';
  if (call.status !== 'OPEN') return 'CLOSED';
  if (call.opensAt && now.getTime() < call.opensAt.getTime()) return 'UPCOMING';
  return call.closesAt && now.getTime() >= call.closesAt.getTime() ? 'CLOSED' : 'OPEN';
}

/**
 * The next status, or CONFLICT on `status` for the wrong state or actor, CONFLICT on
 * `closesAt` when closing while applicants may still submit. Opening also needs the call's
 * values complete (`assertCallOpenable`), which the caller checks with the funders it has.
 */
export function transitionCall(
  current: CallStatus,
  action: CallAction,
  context: CallTiming & { by: CallActor; now: Date },
): CallStatus {
  const spec = CALL_TRANSITIONS[action];
  if (!spec.by.includes(context.by))
    throw new DomainError('CONFLICT', `The platform does not ${action} calls by itself.`, {
      field: 'status',
      key: errorKey('call.notByThisActor'),
    });
  if (current !== spec.from)
    throw new DomainError(
      'CONFLICT',
      `This call is ${current}; only a ${spec.from} call can do this.`,
      { field: 'status', key: CONFLICT_KEYS[action], params: { status: current } },
    );
  if (action === 'close') {
    const now = context.now.getTime();
    const notOpenYet =
      context.opensAt !== null && now < context.opensAt.getTime() && context.by === 'MANAGER';
    const deadlinePassed = context.closesAt !== null && now >= context.closesAt.getTime();
    if (!notOpenYet && !deadlinePassed) {
      const deadline = context.closesAt
        ? wallClock(context.closesAt, context.timeZone ?? 'UTC')
        : '';
      throw new DomainError(
        'CONFLICT',
        `Applicants may submit until the deadline (${deadline}); the call closes then, or extend it.`,
        {
          field: 'closesAt',
          key: errorKey('call.closeBeforeDeadline'),
          params: { deadline },
        },
      );
    }
  }
  return spec.to;
}

/**
 * The one change an OPEN call takes: a later deadline, while the current one has not
 * passed (once it has, submissions are over for everyone alike). Returns the new deadline.
 */
export function extendCallDeadline(
  call: CallTiming & { status: CallStatus },
  closesAt: Date,
  now: Date,
): Date {
  transitionCall(call.status, 'extendDeadline', { ...call, by: 'MANAGER', now });
  const zone = call.timeZone ?? 'UTC';
  if (call.closesAt && call.closesAt.getTime() <= now.getTime()) {
    const deadline = wallClock(call.closesAt, zone);
    throw new DomainError(
      'CONFLICT',
      `The deadline (${deadline}) has passed; it can no longer be extended.`,
      { field: 'closesAt', key: errorKey('call.deadlinePassed'), params: { deadline } },
    );
  }
  if (call.closesAt && closesAt.getTime() <= call.closesAt.getTime()) {
    const deadline = wallClock(call.closesAt, zone);
    throw badInput(
      'closesAt',
      `The new deadline must be after the current one (${deadline}).`,
      errorKey('call.extendNotLater'),
      { deadline },
    );
  }
  return closesAt;
}

/** Actions a manager could take from a status, for showing only the buttons that work. */
export function availableCallActions(current: CallStatus): CallAction[] {
  return (Object.keys(CALL_TRANSITIONS) as CallAction[]).filter(
    (action) =>
      CALL_TRANSITIONS[action].from === current && CALL_TRANSITIONS[action].by.includes('MANAGER'),
  );
}
