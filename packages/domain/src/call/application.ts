import { z } from 'zod';
import { uuidSchema } from '../common/fields';
import { trimInvisible } from '../common/text';
import { DomainError, badInput, errorKey, type ErrorKey } from '../errors/domain-error';
import { acceptsSubmissions, type CallStatus, type CallTiming } from './call-status';
import { wallClock } from './call-time';
import { budgetAmountSchema, type ConsortiumInput } from './consortium-input';
import type { EligibilityFailure } from './eligibility';

/**
 * An application (신청) to a call: a lead organization drafts it, invites partners, submits
 * it before the deadline; at close the platform marks it ELIGIBLE or INELIGIBLE (managers may
 * override with a reason); evaluation and award (next issue) take it from there.
 */
export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'ELIGIBLE',
  'INELIGIBLE',
  'UNDER_REVIEW',
  'FUNDED',
  'RESERVE',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A partner's answer to the lead's invitation; only ACCEPTED partners are in the consortium. */
export const PARTNER_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export const applicationDraftSchema = z.object({
  title: z
    .string({ message: 'Give the application a title.' })
    .overwrite(trimInvisible)
    .min(3, 'A title has at least 3 characters.')
    .max(200, 'A title has at most 200 characters.'),
  abstract: z
    .string()
    .overwrite(trimInvisible)
    .max(5000, 'An abstract has at most 5000 characters.')
    .default(''),
  workPlanSummary: z
    .string()
    .overwrite(trimInvisible)
    .max(10000, 'A work-plan summary has at most 10000 characters.')
    .default(''),
  durationMonths: z
    .number({ message: 'The duration is a number of months.' })
    .int('The duration is a whole number of months.')
    .min(1, 'A project lasts at least 1 month.')
    .max(60, 'A project lasts at most 60 months.')
    .nullish(),
  linkedNeedIds: z.array(uuidSchema('A linked need')).max(20, 'Link at most 20 needs.').default([]),
  linkedCollaborationIds: z
    .array(uuidSchema('A linked collaboration'))
    .max(20, 'Link at most 20 collaborations.')
    .default([]),
  leadRequestedBudget: budgetAmountSchema('The lead’s requested budget').default(0),
  leadOwnContribution: budgetAmountSchema('The lead’s own contribution').default(0),
});
export type ApplicationDraftInput = z.input<typeof applicationDraftSchema>;
export type ApplicationDraftValues = z.output<typeof applicationDraftSchema>;

export interface ApplicationPartner {
  organizationId: string;
  status: PartnerStatus;
  requestedBudget: number;
  ownContribution: number;
}

/** The consortium eligibility reads: the lead and the partners who ACCEPTED (invited and declined ones do not count). */
export function consortiumOfApplication(application: {
  leadOrganizationId: string;
  leadRequestedBudget: number;
  leadOwnContribution: number;
  partners: readonly ApplicationPartner[];
}): ConsortiumInput {
  return {
    lead: {
      organizationId: application.leadOrganizationId,
      requestedBudget: application.leadRequestedBudget,
      ownContribution: application.leadOwnContribution,
    },
    partners: application.partners
      .filter((partner) => partner.status === 'ACCEPTED')
      .map(({ organizationId, requestedBudget, ownContribution }) => ({
        organizationId,
        requestedBudget,
        ownContribution,
      })),
  };
}

/** A partner answers once: INVITED → ACCEPTED | DECLINED. */
export function answerInvitation(
  current: PartnerStatus,
  answer: 'accept' | 'decline',
): PartnerStatus {
  if (current !== 'INVITED')
    throw new DomainError('CONFLICT', `This invitation was already answered (${current}).`, {
      field: 'status',
      key: errorKey('application.invitationAnswered'),
      params: { status: current },
    });
  return answer === 'accept' ? 'ACCEPTED' : 'DECLINED';
}

export type ApplicationAction = 'submit' | 'withdraw' | 'decideEligibility' | 'overrideEligibility';

const FROM: Record<ApplicationAction, readonly ApplicationStatus[]> = {
  submit: ['DRAFT'],
  withdraw: ['SUBMITTED'],
  decideEligibility: ['SUBMITTED'],
  overrideEligibility: ['ELIGIBLE', 'INELIGIBLE'],
};

const CONFLICT_KEYS: Record<ApplicationAction, ErrorKey> = {
  submit: errorKey('application.submitNotDraft'),
  withdraw: errorKey('application.withdrawNotSubmitted'),
  decideEligibility: errorKey('application.decideNotSubmitted'),
  overrideEligibility: errorKey('application.overrideNotDecided'),
};

export interface ApplicationTransitionContext {
  /** The server's clock: rules never read it themselves. */
  now: Date;
  call: CallTiming & { status: CallStatus };
  /** The eligibility function's answer for the application's consortium (submit, decide). */
  failures?: readonly EligibilityFailure[];
  /** A manager's override: the decision they make and their written reason. */
  override?: { decision: 'ELIGIBLE' | 'INELIGIBLE'; reason: string | null | undefined };
}

const deadlineOf = (call: CallTiming): string =>
  call.closesAt ? wallClock(call.closesAt, call.timeZone ?? 'UTC') : '';

/**
 * Refuses (CONFLICT on `closesAt`, the deadline in its parameters) when the call does not
 * take applications at `now`: drafting, submitting and withdrawing all stop at the
 * deadline, one second late being late.
 */
export function assertTakesApplications(
  call: CallTiming & { status: CallStatus },
  now: Date,
): void {
  if (acceptsSubmissions(call, now)) return;
  const deadline = deadlineOf(call);
  throw new DomainError(
    'CONFLICT',
    `The call does not take submissions now; its deadline is ${deadline}.`,
    {
      field: 'closesAt',
      key: errorKey('application.callNotTakingSubmissions'),
      params: { deadline },
    },
  );
}

/**
 * The next status, or the refusal: CONFLICT on `status` from the wrong state; CONFLICT on
 * `closesAt` with the deadline in its parameters when the call no longer takes submissions
 * (one second late is late); BAD_USER_INPUT on `consortium` naming the first failed rule
 * when an ineligible consortium is submitted; BAD_USER_INPUT on `reason` for an override
 * without one, CONFLICT on `decision` for an override that changes nothing.
 */
export function transitionApplication(
  current: ApplicationStatus,
  action: ApplicationAction,
  context: ApplicationTransitionContext,
): ApplicationStatus {
  if (!FROM[action].includes(current))
    throw new DomainError('CONFLICT', `This application is ${current}.`, {
      field: 'status',
      key: CONFLICT_KEYS[action],
      params: { status: current },
    });
  const failures = context.failures ?? [];
  switch (action) {
    case 'submit':
    case 'withdraw': {
      assertTakesApplications(context.call, context.now);
      if (action === 'withdraw') return 'WITHDRAWN';
      const [first] = failures;
      if (first)
        throw badInput(
          'consortium',
          `The consortium fails the call's rules (${failures.map((f) => f.rule).join(', ')}).`,
          errorKey('application.ineligible'),
          { rule: first.rule, count: failures.length },
        );
      return 'SUBMITTED';
    }
    case 'decideEligibility':
      return failures.length ? 'INELIGIBLE' : 'ELIGIBLE';
    case 'overrideEligibility': {
      const decision = context.override?.decision;
      if (!decision || decision === current)
        throw new DomainError('CONFLICT', `This application is already ${current}.`, {
          field: 'decision',
          key: errorKey('application.overrideSame'),
          params: { status: current },
        });
      if (!context.override?.reason?.trim())
        throw badInput(
          'reason',
          'Write why the eligibility decision is overridden; applicants read it.',
          errorKey('application.overrideReason'),
        );
      return decision;
    }
  }
}
