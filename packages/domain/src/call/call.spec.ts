import { DomainError } from '../errors/domain-error';
import {
  applyCallPatch,
  assertCallOpenable,
  callDraftSchema,
  callOpenProblems,
  type CallDraftInput,
} from './call';
import {
  acceptsSubmissions,
  availableCallActions,
  callPhase,
  extendCallDeadline,
  transitionCall,
  type CallStatus,
} from './call-status';
import { isTimeZone, localInZone, offsetMismatch, zonedInstant } from './call-time';
import { NO_ELIGIBILITY_RULES } from './eligibility-rules';
import { describeCallRules } from './rules-in-words';

const NOW = new Date('2026-12-01T00:00:00Z');

export const completeCall = (overrides: Partial<CallDraftInput> = {}): CallDraftInput => ({
  programmeName: 'Global collaborative R&DB',
  titleEn: 'Korea–Germany mobility call',
  titleKo: '한-독 모빌리티 국제공동 공모',
  descriptionEn: 'Joint projects between Daegu and Baden-Württemberg.',
  descriptionKo: '대구와 바덴뷔르템베르크의 공동 과제.',
  timeZone: 'Asia/Seoul',
  opensAt: '2026-12-10T09:00:00+09:00',
  closesAt: '2027-02-26T18:00:00+09:00',
  currency: 'EUR',
  maxGrantPerProject: 50_000_000,
  maxFundingRate: 75,
  fundingMode: 'VIRTUAL_COMMON_POT',
  eligibility: { minPartners: 3, requiredKinds: [{ kinds: ['FIRM'], min: 1 }] },
  criteria: [
    { name: 'Excellence', weight: 40, maxScore: 5, minScore: 3 },
    { name: 'Impact', weight: 40, maxScore: 5 },
    { name: 'Implementation', weight: 20, maxScore: 5 },
  ],
  threshold: 60,
  reviewersPerApplication: 3,
  ...overrides,
});

const problemsOf = (input: unknown): Record<string, string> => {
  const result = callDraftSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the call set-up schema', () => {
  it('takes a complete call, with instants read from their offsets', () => {
    const values = callDraftSchema.parse(completeCall());
    expect(values.opensAt?.toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(values.eligibility).toEqual({
      ...NO_ELIGIBILITY_RULES,
      minPartners: 3,
      requiredKinds: [{ kinds: ['FIRM'], min: 1 }],
    });
  });

  it('refuses a date or time without an offset', () => {
    expect(Object.keys(problemsOf(completeCall({ opensAt: '2026-12-10' })))).toEqual(['opensAt']);
    expect(Object.keys(problemsOf(completeCall({ closesAt: '2027-02-26T18:00:00' })))).toEqual([
      'closesAt',
    ]);
  });

  it('refuses an offset the call’s time zone does not have at that instant', () => {
    expect(problemsOf(completeCall({ closesAt: '2027-02-26T18:00:00+01:00' })).closesAt).toMatch(
      /not the offset of Asia\/Seoul.*\+09:00/,
    );
    // Berlin is +01:00 in winter, +02:00 in summer.
    expect(
      problemsOf(
        completeCall({
          timeZone: 'Europe/Berlin',
          opensAt: '2026-12-10T09:00:00+01:00',
          closesAt: '2027-07-01T18:00:00+02:00',
        }),
      ),
    ).toEqual({});
    expect(offsetMismatch('2027-07-01T18:00:00Z', 'Asia/Seoul')).toBeNull();
  });

  it('turns a wall-clock time of the call’s zone into an instant with that zone’s offset, and back', () => {
    expect(zonedInstant('2027-02-26T18:00', 'Asia/Seoul')).toBe('2027-02-26T18:00:00+09:00');
    expect(zonedInstant('2027-07-01T18:00', 'Europe/Berlin')).toBe('2027-07-01T18:00:00+02:00');
    expect(zonedInstant('2027-02-26', 'Asia/Seoul')).toBeNull();
    expect(zonedInstant('2027-02-26T18:00', 'Mars/Olympus')).toBeNull();
    expect(localInZone('2027-02-26T09:00:00Z', 'Asia/Seoul')).toBe('2027-02-26T18:00');
    expect(localInZone(null, 'Asia/Seoul')).toBe('');
  });

  it('takes IANA time zones only', () => {
    expect(isTimeZone('Asia/Seoul')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('+09:00')).toBe(false);
    expect(Object.keys(problemsOf(completeCall({ timeZone: 'KST' })))).toEqual(['timeZone']);
  });

  it('closes after it opens', () => {
    expect(
      Object.keys(problemsOf(completeCall({ closesAt: '2026-12-10T09:00:00+09:00' }))),
    ).toEqual(['closesAt']);
  });

  it('refuses weights above 100, duplicate criterion names and a minimum above the maximum score', () => {
    expect(
      Object.keys(
        problemsOf(
          completeCall({
            criteria: [
              { name: 'Excellence', weight: 60, maxScore: 5 },
              { name: 'Impact', weight: 50, maxScore: 5 },
            ],
          }),
        ),
      ),
    ).toEqual(['criteria']);
    expect(
      Object.keys(
        problemsOf(
          completeCall({
            criteria: [
              { name: 'Impact', weight: 50, maxScore: 5 },
              { name: 'impact', weight: 50, maxScore: 5 },
            ],
          }),
        ),
      ),
    ).toEqual(['criteria']);
    expect(
      Object.keys(
        problemsOf(
          completeCall({ criteria: [{ name: 'Impact', weight: 100, maxScore: 5, minScore: 6 }] }),
        ),
      ),
    ).toEqual(['criteria.0.minScore']);
  });

  it('refuses inconsistent eligibility rules', () => {
    expect(
      Object.keys(problemsOf(completeCall({ eligibility: { minPartners: 4, maxPartners: 3 } }))),
    ).toEqual(['eligibility.maxPartners']);
    expect(
      Object.keys(
        problemsOf(
          completeCall({
            eligibility: {
              maxPartners: 2,
              requiredKinds: [
                { kinds: ['FIRM'], min: 2 },
                { kinds: ['UNIVERSITY'], min: 1 },
              ],
            },
          }),
        ),
      ),
    ).toEqual(['eligibility.requiredKinds']);
    expect(
      Object.keys(
        problemsOf(
          completeCall({ eligibility: { leadKinds: ['UNIVERSITY'], leadSizes: ['SMALL'] } }),
        ),
      ),
    ).toEqual(['eligibility.leadSizes']);
    expect(
      Object.keys(problemsOf(completeCall({ eligibility: { maxBudgetPerPartner: 60_000_000 } }))),
    ).toEqual(['eligibility.maxBudgetPerPartner']);
  });

  it('needs a title in one language at least, and a currency for amounts', () => {
    expect(Object.keys(problemsOf({ programmeName: 'P' + 'x' }))).toEqual(['titleEn']);
    expect(problemsOf({ programmeName: 'Px', titleKo: '공모' })).toEqual({});
    expect(
      Object.keys(problemsOf({ programmeName: 'Px', titleKo: '공모', maxGrantPerProject: 5 })),
    ).toEqual(['currency']);
  });
});

describe('opening a call', () => {
  it('opens a complete call with its funders', () => {
    expect(callOpenProblems(completeCall(), { now: NOW, funderCount: 2 })).toEqual({});
  });

  it('names every missing field in wizard order', () => {
    expect(
      Object.keys(
        callOpenProblems(
          { programmeName: 'Programme', titleEn: 'A call' },
          { now: NOW, funderCount: 0 },
        ),
      ),
    ).toEqual([
      'titleKo',
      'descriptionEn',
      'descriptionKo',
      'timeZone',
      'opensAt',
      'closesAt',
      'currency',
      'maxGrantPerProject',
      'maxFundingRate',
      'fundingMode',
      'eligibility',
      'criteria',
      'threshold',
      'reviewersPerApplication',
      'funders',
    ]);
  });

  it('needs the weights to add up to 100, a deadline ahead, and two funders for a virtual pot', () => {
    const ctx = { now: NOW, funderCount: 2 };
    expect(
      callOpenProblems(
        completeCall({ criteria: [{ name: 'Impact', weight: 90, maxScore: 5 }] }),
        ctx,
      ),
    ).toEqual({ criteria: 'The weights add up to 90; they must add up to 100.' });
    expect(
      callOpenProblems(completeCall(), { now: new Date('2027-03-01T00:00:00Z'), funderCount: 2 }),
    ).toEqual({ closesAt: 'The call must close after now (2027-03-01 09:00 (+09:00)).' });
    expect(Object.keys(callOpenProblems(completeCall(), { now: NOW, funderCount: 1 }))).toEqual([
      'fundingMode',
    ]);
    expect(
      callOpenProblems(completeCall({ fundingMode: 'REAL_COMMON_POT' }), {
        now: NOW,
        funderCount: 1,
      }),
    ).toEqual({});
  });

  it('refuses with the first field and a key', () => {
    expect(() =>
      assertCallOpenable(completeCall({ titleKo: ' ' }), { now: NOW, funderCount: 2 }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'titleKo',
        key: 'call.notReadyToOpen',
      }),
    );
  });
});

describe('frozen rules', () => {
  const stored = callDraftSchema.parse(completeCall());

  it('edits a draft, the whole checked again', () => {
    expect(applyCallPatch('DRAFT', stored, { threshold: 70 }).threshold).toBe(70);
    expect(() =>
      applyCallPatch('DRAFT', stored, { closesAt: '2026-12-09T09:00:00+09:00' }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'closesAt' }));
    expect(applyCallPatch('DRAFT', stored, { maxFundingRate: null }).maxFundingRate).toBeNull();
  });

  it.each(['OPEN', 'CLOSED', 'IN_EVALUATION', 'RESULTS_PUBLISHED'])(
    'refuses any change once %s, naming the field',
    (status) => {
      expect(() => applyCallPatch(status, stored, { eligibility: { minPartners: 2 } })).toThrow(
        expect.objectContaining({
          code: 'CONFLICT',
          field: 'eligibility',
          key: 'call.rulesFrozen',
        }),
      );
      expect(() =>
        applyCallPatch(status, stored, { closesAt: '2027-03-26T18:00:00+09:00' }),
      ).toThrow(expect.objectContaining({ code: 'CONFLICT', field: 'closesAt' }));
    },
  );
});

describe('call transitions', () => {
  const timing = {
    opensAt: new Date('2026-12-10T00:00:00Z'),
    closesAt: new Date('2027-02-26T09:00:00Z'),
    timeZone: 'Asia/Seoul',
  };
  const manager = (now: Date) => ({ ...timing, by: 'MANAGER' as const, now });

  it('follows DRAFT → OPEN → CLOSED → IN_EVALUATION → RESULTS_PUBLISHED', () => {
    let status: CallStatus = 'DRAFT';
    status = transitionCall(status, 'open', manager(NOW));
    expect(status).toBe('OPEN');
    status = transitionCall(status, 'close', { ...timing, by: 'SYSTEM', now: timing.closesAt });
    expect(status).toBe('CLOSED');
    status = transitionCall(status, 'startEvaluation', manager(NOW));
    status = transitionCall(status, 'publishResults', manager(NOW));
    expect(status).toBe('RESULTS_PUBLISHED');
  });

  it('refuses every action from the wrong status', () => {
    expect(() => transitionCall('OPEN', 'open', manager(NOW))).toThrow(
      expect.objectContaining({ code: 'CONFLICT', field: 'status', key: 'call.openNotDraft' }),
    );
    expect(() => transitionCall('DRAFT', 'close', manager(NOW))).toThrow(
      expect.objectContaining({ key: 'call.closeNotOpen' }),
    );
    expect(() => transitionCall('OPEN', 'startEvaluation', manager(NOW))).toThrow(
      expect.objectContaining({ key: 'call.evaluateNotClosed' }),
    );
    expect(() => transitionCall('CLOSED', 'publishResults', manager(NOW))).toThrow(
      expect.objectContaining({ key: 'call.publishNotInEvaluation' }),
    );
  });

  it('lets the platform only close, and only at the deadline', () => {
    expect(() => transitionCall('DRAFT', 'open', { ...timing, by: 'SYSTEM', now: NOW })).toThrow(
      expect.objectContaining({ key: 'call.notByThisActor' }),
    );
    const oneMsEarly = new Date(timing.closesAt.getTime() - 1);
    expect(() =>
      transitionCall('OPEN', 'close', { ...timing, by: 'SYSTEM', now: oneMsEarly }),
    ).toThrow(
      expect.objectContaining({
        field: 'closesAt',
        key: 'call.closeBeforeDeadline',
        params: { deadline: '2027-02-26 18:00 (+09:00)' },
      }),
    );
  });

  it('lets a manager close a call nobody could apply to yet, not one that is taking applications', () => {
    expect(transitionCall('OPEN', 'close', manager(NOW))).toBe('CLOSED');
    expect(() =>
      transitionCall('OPEN', 'close', manager(new Date('2027-01-01T00:00:00Z'))),
    ).toThrow(expect.objectContaining({ key: 'call.closeBeforeDeadline' }));
    expect(transitionCall('OPEN', 'close', manager(timing.closesAt))).toBe('CLOSED');
  });

  it('accepts submissions from the opening up to, not at, the deadline', () => {
    const call = { ...timing, status: 'OPEN' as const };
    expect(acceptsSubmissions(call, new Date(timing.opensAt.getTime() - 1))).toBe(false);
    expect(acceptsSubmissions(call, timing.opensAt)).toBe(true);
    expect(acceptsSubmissions(call, new Date(timing.closesAt.getTime() - 1))).toBe(true);
    expect(acceptsSubmissions(call, timing.closesAt)).toBe(false);
    expect(callPhase(call, NOW)).toBe('UPCOMING');
    expect(callPhase(call, timing.opensAt)).toBe('OPEN');
    expect(callPhase(call, timing.closesAt)).toBe('CLOSED');
    expect(callPhase({ ...call, status: 'DRAFT' }, NOW)).toBe('DRAFT');
  });

  it('extends the deadline of an OPEN call to a later instant, before it passes', () => {
    const call = { ...timing, status: 'OPEN' as const };
    const later = new Date('2027-03-05T09:00:00Z');
    expect(extendCallDeadline(call, later, NOW)).toBe(later);
    expect(() => extendCallDeadline(call, timing.closesAt, NOW)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'closesAt',
        key: 'call.extendNotLater',
      }),
    );
    expect(() => extendCallDeadline(call, later, timing.closesAt)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'call.deadlinePassed' }),
    );
    expect(() => extendCallDeadline({ ...call, status: 'DRAFT' }, later, NOW)).toThrow(DomainError);
  });

  it('offers a manager the actions of each status', () => {
    expect(availableCallActions('DRAFT')).toEqual(['open']);
    expect(availableCallActions('OPEN')).toEqual(['extendDeadline', 'close']);
    expect(availableCallActions('RESULTS_PUBLISHED')).toEqual([]);
  });
});

describe('the rules in words', () => {
  it('says each rule with its key and parameters, in checking order', () => {
    const values = callDraftSchema.parse(
      completeCall({
        eligibility: {
          minPartners: 3,
          maxPartners: 5,
          leadSizes: ['SMALL', 'MEDIUM'],
          internationalPartnerRequired: true,
          membership: 'LEAD',
        },
      }),
    );
    const words = describeCallRules({
      rules: values.eligibility ?? NO_ELIGIBILITY_RULES,
      currency: 'EUR',
      maxGrantPerProject: 50_000_000,
      maxFundingRate: 75,
      fundingMode: 'VIRTUAL_COMMON_POT',
      funders: [
        { clusterId: 'k1', funds: 'MEMBERS', country: 'KR', region: 'KR-27' },
        { clusterId: 'k2', funds: 'REGION', country: 'DE', region: 'DE-BW' },
      ],
    });
    expect(words).toEqual([
      { key: 'call.rule.partnersBetween', params: { min: 3, max: 5 } },
      { key: 'call.rule.leadSizes', params: { sizes: 'SMALL,MEDIUM' } },
      { key: 'call.rule.internationalPartner', params: {} },
      { key: 'call.rule.leadMember', params: {} },
      { key: 'call.rule.maxGrantPerProject', params: { amount: 50_000_000, currency: 'EUR' } },
      { key: 'call.rule.maxFundingRate', params: { rate: 75 } },
      { key: 'call.rule.mode.VIRTUAL_COMMON_POT', params: { count: 2 } },
      {
        key: 'call.rule.funds.MEMBERS',
        params: { clusterId: 'k1', country: 'KR', region: 'KR-27' },
      },
      {
        key: 'call.rule.funds.REGION',
        params: { clusterId: 'k2', country: 'DE', region: 'DE-BW' },
      },
    ]);
  });

  it('says nothing when there are no rules', () => {
    expect(
      describeCallRules({
        rules: NO_ELIGIBILITY_RULES,
        currency: null,
        maxGrantPerProject: null,
        maxFundingRate: null,
        fundingMode: null,
        funders: [],
      }),
    ).toEqual([]);
  });
});
