import {
  answerInvitation,
  applicationDraftSchema,
  consortiumOfApplication,
  transitionApplication,
  type ApplicationStatus,
} from './application';
import type { EligibilityFailure } from './eligibility';
import { MAX_BUDGET_AMOUNT, consortiumMemberSchema } from './consortium-input';
import { parseInput } from '../validation/parse-input';

const call = {
  status: 'OPEN' as const,
  opensAt: new Date('2026-12-01T00:00:00Z'),
  closesAt: new Date('2027-02-26T09:00:00Z'),
  timeZone: 'Asia/Seoul',
};
const during = new Date('2027-01-15T00:00:00Z');
const failure: EligibilityFailure = {
  rule: 'minPartners',
  key: 'call.eligibility.minPartners',
  params: { min: 3, actual: 2 },
  organizations: [],
};

describe('applications', () => {
  it('counts only the partners who accepted', () => {
    const consortium = consortiumOfApplication({
      leadOrganizationId: 'lead',
      leadRequestedBudget: 10,
      leadOwnContribution: 5,
      partners: [
        { organizationId: 'a', status: 'ACCEPTED', requestedBudget: 1, ownContribution: 1 },
        { organizationId: 'b', status: 'INVITED', requestedBudget: 1, ownContribution: 1 },
        { organizationId: 'c', status: 'DECLINED', requestedBudget: 1, ownContribution: 1 },
      ],
    });
    expect(consortium).toEqual({
      lead: { organizationId: 'lead', requestedBudget: 10, ownContribution: 5 },
      partners: [{ organizationId: 'a', requestedBudget: 1, ownContribution: 1 }],
    });
  });

  it('lets a partner answer once', () => {
    expect(answerInvitation('INVITED', 'accept')).toBe('ACCEPTED');
    expect(answerInvitation('INVITED', 'decline')).toBe('DECLINED');
    expect(() => answerInvitation('DECLINED', 'accept')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'application.invitationAnswered' }),
    );
  });

  it('submits an eligible draft inside the window, refusing one second late with the deadline', () => {
    expect(transitionApplication('DRAFT', 'submit', { now: during, call, failures: [] })).toBe(
      'SUBMITTED',
    );
    expect(
      transitionApplication('DRAFT', 'submit', {
        now: new Date(call.closesAt.getTime() - 1000),
        call,
      }),
    ).toBe('SUBMITTED');
    expect(() => transitionApplication('DRAFT', 'submit', { now: call.closesAt, call })).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        field: 'closesAt',
        key: 'application.callNotTakingSubmissions',
        params: { deadline: '2027-02-26 18:00 (+09:00)' },
      }),
    );
    expect(() =>
      transitionApplication('DRAFT', 'submit', {
        now: during,
        call: { ...call, status: 'CLOSED' },
      }),
    ).toThrow(expect.objectContaining({ key: 'application.callNotTakingSubmissions' }));
  });

  it('refuses an ineligible consortium at submission, naming the first failed rule', () => {
    expect(() =>
      transitionApplication('DRAFT', 'submit', { now: during, call, failures: [failure] }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'consortium',
        key: 'application.ineligible',
        params: { rule: 'minPartners', count: 1 },
      }),
    );
  });

  it('withdraws a submitted application until the call closes', () => {
    expect(transitionApplication('SUBMITTED', 'withdraw', { now: during, call })).toBe('WITHDRAWN');
    expect(() =>
      transitionApplication('SUBMITTED', 'withdraw', { now: call.closesAt, call }),
    ).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => transitionApplication('DRAFT', 'withdraw', { now: during, call })).toThrow(
      expect.objectContaining({ key: 'application.withdrawNotSubmitted' }),
    );
  });

  it('decides eligibility at close from the failures, and a manager overrides with a reason', () => {
    const closed = { ...call, status: 'CLOSED' as const };
    expect(
      transitionApplication('SUBMITTED', 'decideEligibility', {
        now: call.closesAt,
        call: closed,
        failures: [],
      }),
    ).toBe('ELIGIBLE');
    expect(
      transitionApplication('SUBMITTED', 'decideEligibility', {
        now: call.closesAt,
        call: closed,
        failures: [failure],
      }),
    ).toBe('INELIGIBLE');
    expect(
      transitionApplication('INELIGIBLE', 'overrideEligibility', {
        now: call.closesAt,
        call: closed,
        override: {
          decision: 'ELIGIBLE',
          reason: 'The partner joined the cluster before the deadline.',
        },
      }),
    ).toBe('ELIGIBLE');
    expect(() =>
      transitionApplication('INELIGIBLE', 'overrideEligibility', {
        now: call.closesAt,
        call: closed,
        override: { decision: 'ELIGIBLE', reason: ' ' },
      }),
    ).toThrow(expect.objectContaining({ field: 'reason', key: 'application.overrideReason' }));
    expect(() =>
      transitionApplication('ELIGIBLE', 'overrideEligibility', {
        now: call.closesAt,
        call: closed,
        override: { decision: 'ELIGIBLE', reason: 'x' },
      }),
    ).toThrow(expect.objectContaining({ field: 'decision', key: 'application.overrideSame' }));
  });

  it.each<ApplicationStatus>(['ELIGIBLE', 'UNDER_REVIEW', 'FUNDED', 'WITHDRAWN'])(
    'refuses to submit from %s',
    (status) => {
      expect(() => transitionApplication(status, 'submit', { now: during, call })).toThrow(
        expect.objectContaining({
          code: 'CONFLICT',
          field: 'status',
          key: 'application.submitNotDraft',
        }),
      );
    },
  );

  it('checks a draft: a title, a duration in months, budgets in minor units', () => {
    expect(applicationDraftSchema.parse({ title: 'Lightweight e-axle housings' })).toMatchObject({
      abstract: '',
      linkedNeedIds: [],
      leadRequestedBudget: 0,
    });
    expect(
      applicationDraftSchema.safeParse({ title: 'Lightweight e-axle housings', durationMonths: 61 })
        .success,
    ).toBe(false);
    expect(
      applicationDraftSchema.safeParse({ title: 'ok', leadRequestedBudget: 1.5 }).success,
    ).toBe(false);
  });

  it('takes budgets as whole minor units from 0 to the ceiling, refusing negatives, fractions and overflow by field', () => {
    const member = {
      organizationId: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      requestedBudget: MAX_BUDGET_AMOUNT,
      ownContribution: 0,
    };
    expect(parseInput(consortiumMemberSchema, member)).toEqual(member);
    const fieldOf = (input: unknown, schema: Parameters<typeof parseInput>[0]) => {
      try {
        parseInput(schema, input);
      } catch (error) {
        return (error as { field?: string; details?: { issue?: string } }).field;
      }
      return null;
    };
    expect(fieldOf({ ...member, requestedBudget: -1 }, consortiumMemberSchema)).toBe(
      'requestedBudget',
    );
    expect(fieldOf({ ...member, ownContribution: 1.5 }, consortiumMemberSchema)).toBe(
      'ownContribution',
    );
    expect(
      fieldOf({ ...member, requestedBudget: MAX_BUDGET_AMOUNT + 1 }, consortiumMemberSchema),
    ).toBe('requestedBudget');
    expect(fieldOf({ title: 'Cooling', leadOwnContribution: -5 }, applicationDraftSchema)).toBe(
      'leadOwnContribution',
    );
    expect(
      fieldOf(
        { title: 'Cooling', leadRequestedBudget: MAX_BUDGET_AMOUNT * 2 },
        applicationDraftSchema,
      ),
    ).toBe('leadRequestedBudget');
    // 51 organizations at the ceiling still sum exactly.
    expect(Number.isSafeInteger(MAX_BUDGET_AMOUNT * 51)).toBe(true);
  });
});
