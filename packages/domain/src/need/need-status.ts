import { DomainError, badInput, errorKey, type ErrorKey } from '../errors/domain-error';
import {
  assertPublishable,
  type NeedCloseReason,
  type NeedDraftInput,
  type NeedStatus,
} from './need';

/**
 * A need's life: its owner publishes a DRAFT (OPEN), then closes it as SOLVED or WITHDRAWN;
 * the platform's scheduled job closes an OPEN need as EXPIRED once its deadline has passed.
 * CLOSED is final: to ask again, post a new need (a copy of the old one is a new draft).
 */
export type NeedAction = 'publish' | 'close' | 'expire';

/** Actions a person may take; `expire` belongs to the scheduled job. */
export const NEED_USER_ACTIONS = ['publish', 'close'] as const satisfies readonly NeedAction[];

/** The reasons an owner may give when closing. */
export const NEED_USER_CLOSE_REASONS = [
  'SOLVED',
  'WITHDRAWN',
] as const satisfies readonly NeedCloseReason[];

const TRANSITIONS: Record<NeedAction, { from: NeedStatus; to: NeedStatus }> = {
  publish: { from: 'DRAFT', to: 'OPEN' },
  close: { from: 'OPEN', to: 'CLOSED' },
  expire: { from: 'OPEN', to: 'CLOSED' },
};

const CONFLICT_KEYS: Record<NeedAction, ErrorKey> = {
  publish: errorKey('need.publishNotDraft'),
  close: errorKey('need.closeNotOpen'),
  expire: errorKey('need.expireNotOpen'),
};

const CONFLICT_MESSAGES: Record<NeedAction, string> = {
  publish: 'Only a draft can be published.',
  close: 'Only an open need can be closed.',
  expire: 'Only an open need can expire.',
};

export interface NeedTransitionOptions {
  /** The moment of the transition; rules never read the clock themselves. */
  now: Date;
  /** The need's values: all of them to publish, at least the deadline to expire. */
  values?: NeedDraftInput | undefined;
  /** Why the owner closes it: SOLVED or WITHDRAWN. */
  reason?: string | null | undefined;
  /** IANA zone naming "today" in the deadline message (e.g. Asia/Seoul); UTC by default. */
  timeZone?: string | undefined;
}

export interface NeedTransition {
  status: NeedStatus;
  /** Set when the need closes, null otherwise. */
  closeReason: NeedCloseReason | null;
}

/**
 * Whether an OPEN need's deadline has passed at `now` (the deadline instant itself counts as
 * passed: publishing requires a deadline strictly after `now`, so the two never overlap).
 */
export function isExpired(
  need: { status: NeedStatus; responseDeadline?: Date | string | null | undefined },
  now: Date,
): boolean {
  if (need.status !== 'OPEN' || need.responseDeadline == null) return false;
  const deadline =
    need.responseDeadline instanceof Date ? need.responseDeadline : new Date(need.responseDeadline);
  return !Number.isNaN(deadline.getTime()) && deadline.getTime() <= now.getTime();
}

const instantText = (value: Date | string): string => {
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? String(value) : instant.toISOString();
};

const isUserCloseReason = (reason: string): reason is (typeof NEED_USER_CLOSE_REASONS)[number] =>
  (NEED_USER_CLOSE_REASONS as readonly string[]).includes(reason);

/**
 * The next status (and close reason), or CONFLICT on `status` for the wrong state,
 * BAD_USER_INPUT naming the field for incomplete values or a missing reason, and CONFLICT on
 * `responseDeadline` when the job tries to expire a need whose deadline is still ahead.
 */
export function transitionNeed(
  current: NeedStatus,
  action: NeedAction,
  options: NeedTransitionOptions,
): NeedTransition {
  const transition = TRANSITIONS[action];
  if (current !== transition.from)
    throw new DomainError('CONFLICT', `${CONFLICT_MESSAGES[action]} This need is ${current}.`, {
      field: 'status',
      key: CONFLICT_KEYS[action],
    });
  switch (action) {
    case 'publish': {
      if (!options.values)
        throw badInput(
          'input',
          'Give the need’s values to publish it.',
          errorKey('need.valuesRequired'),
        );
      assertPublishable(
        options.values,
        options.now,
        options.timeZone === undefined ? {} : { timeZone: options.timeZone },
      );
      return { status: transition.to, closeReason: null };
    }
    case 'close': {
      const reason = options.reason?.trim() ?? '';
      if (reason === 'EXPIRED')
        throw badInput(
          'reason',
          'A need expires by itself when its deadline passes; close it as SOLVED or WITHDRAWN.',
          errorKey('need.closeAsExpired'),
        );
      if (!isUserCloseReason(reason))
        throw badInput(
          'reason',
          'Say why you close the need: SOLVED or WITHDRAWN.',
          errorKey('need.closeReason'),
        );
      return { status: transition.to, closeReason: reason };
    }
    case 'expire': {
      const responseDeadline = options.values?.responseDeadline;
      if (!isExpired({ status: current, responseDeadline }, options.now))
        throw new DomainError(
          'CONFLICT',
          responseDeadline == null
            ? 'This need has no deadline, so it cannot expire.'
            : `This need stays open until its deadline (${instantText(responseDeadline)}); it expires after that.`,
          responseDeadline == null
            ? { field: 'responseDeadline', key: errorKey('need.noDeadline') }
            : {
                field: 'responseDeadline',
                key: errorKey('need.notYetExpired'),
                params: { deadline: instantText(responseDeadline) },
              },
        );
      return { status: transition.to, closeReason: 'EXPIRED' };
    }
  }
}

/** Actions a person could take from a status, for showing only the buttons that work. */
export function availableNeedActions(current: NeedStatus): NeedAction[] {
  return NEED_USER_ACTIONS.filter((action) => TRANSITIONS[action].from === current);
}
