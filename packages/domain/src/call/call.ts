import { z } from 'zod';
import { currencyCodeSchema, minorAmountSchema } from '../common/money';
import { trimInvisible } from '../common/text';
import { DomainError, errorKey } from '../errors/domain-error';
import { mergeProblems, type CompletenessCheck } from '../validation/completeness';
import { inputProblems, parseInput } from '../validation/parse-input';
import { BUDGET_RULES } from '../award/award-input';
import { FUNDING_MODES } from './call-funder';
import { callInstantSchema, offsetMismatch, timeZoneSchema, wallClock } from './call-time';
import { eligibilityRulesSchema } from './eligibility-rules';

const text = (label: string, max: number) =>
  z
    .string({ message: `${label} is text.` })
    .overwrite(trimInvisible)
    .max(max, `${label} has at most ${max} characters.`);

const whole = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label} is a number.` })
    .int(`${label} is a whole number.`)
    .min(min, `${label} is at least ${min}.`)
    .max(max, `${label} is at most ${max}.`);

/** One evaluation criterion (평가항목): reviewers score it from 0 to `maxScore`. */
export const evaluationCriterionSchema = z
  .object({
    name: text('A criterion name', 200).min(2, 'A criterion name has at least 2 characters.'),
    description: text('A criterion description', 2000).default(''),
    /** Its share of the overall score, in percent; the weights of an open call sum to 100. */
    weight: whole('A weight', 1, 100),
    maxScore: whole('A maximum score', 1, 100),
    /** A score below it rejects the application whatever its total. */
    minScore: whole('A minimum score', 0, 100).nullish(),
  })
  .superRefine((criterion, ctx) => {
    if (criterion.minScore != null && criterion.minScore > criterion.maxScore)
      ctx.addIssue({
        code: 'custom',
        path: ['minScore'],
        message: `The minimum score (${criterion.minScore}) must be at most the maximum score (${criterion.maxScore}).`,
      });
  });
export type EvaluationCriterion = z.output<typeof evaluationCriterionSchema>;

export const criteriaSchema = z
  .array(evaluationCriterionSchema)
  .max(20, 'A call has at most 20 evaluation criteria.')
  .superRefine((criteria, ctx) => {
    const names = criteria.map((c) => c.name.toLowerCase());
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: 'custom', message: 'Each criterion has its own name.' });
    const sum = criteria.reduce((total, c) => total + c.weight, 0);
    if (sum > 100)
      ctx.addIssue({
        code: 'custom',
        message: `The weights add up to ${sum}; they add up to 100 at most.`,
      });
  });

// Key order is the wizard's field order: it decides which problem is reported first.
const callFields = {
  programmeName: text('The programme name', 200).min(
    2,
    'The programme name has at least 2 characters.',
  ),
  titleEn: text('The English title', 200).nullish(),
  titleKo: text('The Korean title', 200).nullish(),
  descriptionEn: text('The English description', 20000).nullish(),
  descriptionKo: text('The Korean description', 20000).nullish(),
  timeZone: timeZoneSchema.nullish(),
  opensAt: callInstantSchema('The opening time').nullish(),
  closesAt: callInstantSchema('The closing time').nullish(),
  currency: currencyCodeSchema.nullish(),
  maxGrantPerProject: minorAmountSchema('The maximum grant per project').nullish(),
  /** Percent of a partner's costs the grant may pay. */
  maxFundingRate: whole('The maximum funding rate', 1, 100).nullish(),
  fundingMode: z
    .enum(FUNDING_MODES, {
      message: 'Choose a funding mode: VIRTUAL_COMMON_POT, REAL_COMMON_POT or MIXED.',
    })
    .nullish(),
  eligibility: eligibilityRulesSchema.nullish(),
  criteria: criteriaSchema.nullish(),
  /** Percent of the maximum weighted score an application needs to be fundable. */
  threshold: whole('The overall threshold', 0, 100).nullish(),
  reviewersPerApplication: whole('The number of reviewers per application', 1, 10).nullish(),
  /** What the award does with a project that does not fit what is left (see BudgetRule); STOP when unset. */
  budgetRule: z
    .enum(BUDGET_RULES, { message: 'Choose a budget rule: STOP, SKIP or PARTIAL.' })
    .nullish(),
  /** Days after the results are published during which applicants may request redress (0: none). */
  redressDays: whole('The redress window', 0, 90).nullish(),
};
export const CALL_FIELDS = Object.keys(callFields) as readonly (keyof typeof callFields)[];

/** The fields that make up a call's rules: all of them, frozen once it is OPEN. */
export type CallField = (typeof CALL_FIELDS)[number];

const callObject = z.object(callFields);
export type CallDraftInput = z.input<typeof callObject>;
export type CallDraftValues = z.output<typeof callObject>;

function checkCallShape(value: CallDraftValues, ctx: z.RefinementCtx): void {
  if (!value.titleEn?.trim() && !value.titleKo?.trim())
    ctx.addIssue({
      code: 'custom',
      path: ['titleEn'],
      message: 'Give the call a title, in English or Korean.',
    });
  if (value.opensAt && value.closesAt && value.closesAt.getTime() <= value.opensAt.getTime())
    ctx.addIssue({
      code: 'custom',
      path: ['closesAt'],
      message: 'The call closes after it opens.',
    });
  if (
    (value.maxGrantPerProject != null || value.eligibility?.maxBudgetPerPartner != null) &&
    !value.currency
  )
    ctx.addIssue({
      code: 'custom',
      path: ['currency'],
      message: 'Choose the currency of the call’s amounts (ISO 4217, like KRW or EUR).',
    });
  const perPartner = value.eligibility?.maxBudgetPerPartner;
  if (
    perPartner != null &&
    value.maxGrantPerProject != null &&
    perPartner > value.maxGrantPerProject
  )
    ctx.addIssue({
      code: 'custom',
      path: ['eligibility', 'maxBudgetPerPartner'],
      message: 'The maximum per partner cannot exceed the maximum grant per project.',
    });
}

/** Offsets stated in the text must be the call's time zone's offset at that instant. */
function checkOffsets(raw: unknown, ctx: z.RefinementCtx): void {
  if (typeof raw !== 'object' || raw === null) return;
  const record = raw as Record<string, unknown>;
  if (typeof record.timeZone !== 'string') return;
  for (const field of ['opensAt', 'closesAt'] as const) {
    const message = offsetMismatch(record[field], record.timeZone);
    if (message) ctx.addIssue({ code: 'custom', path: [field], message });
  }
}

/**
 * A call draft: a programme name and a title, and any other field valid alone and with the
 * others. The offset check reads the raw text (a parsed instant has lost its offset), hence
 * the preprocess step; typed with the object's own input so forms bind to its fields.
 */
export const callDraftSchema: z.ZodType<CallDraftValues, CallDraftInput> = z.preprocess(
  (raw, ctx) => {
    checkOffsets(raw, ctx);
    return raw;
  },
  callObject.superRefine(checkCallShape),
) as unknown as z.ZodType<CallDraftValues, CallDraftInput>;

export const callPatchSchema = callObject.partial();
export type CallPatch = z.input<typeof callPatchSchema>;

export interface CallOpenContext {
  now: Date;
  /** How many funding clusters the call has (its own cluster counts once added). */
  funderCount: number;
}

const blank = (value: string | null | undefined): boolean => !value?.trim();

function callOpenChecks({
  now,
  funderCount,
}: CallOpenContext): CompletenessCheck<CallDraftValues>[] {
  const required = (
    field: keyof CallDraftValues,
    message: string,
  ): CompletenessCheck<CallDraftValues> => ({
    field,
    problem: (v) =>
      v[field] == null || (typeof v[field] === 'string' && blank(v[field])) ? message : null,
  });
  return [
    required('titleEn', 'Give the call its English title.'),
    required('titleKo', 'Give the call its Korean title.'),
    required('descriptionEn', 'Describe the call in English.'),
    required('descriptionKo', 'Describe the call in Korean.'),
    required('timeZone', 'Choose the call’s time zone.'),
    required('opensAt', 'Set when the call opens.'),
    {
      field: 'closesAt',
      problem: (v) => {
        if (!v.closesAt) return 'Set when the call closes.';
        const zone = v.timeZone ?? 'UTC';
        return v.closesAt.getTime() > now.getTime()
          ? null
          : `The call must close after now (${wallClock(now, zone)}).`;
      },
    },
    required('currency', 'Choose the call’s currency.'),
    required('maxGrantPerProject', 'Set the maximum grant per project.'),
    required('maxFundingRate', 'Set the maximum funding rate.'),
    {
      field: 'fundingMode',
      problem: (v) => {
        if (!v.fundingMode) return 'Choose the funding mode.';
        return v.fundingMode !== 'REAL_COMMON_POT' && funderCount < 2
          ? 'A virtual common pot or a mixed mode needs at least two funders.'
          : null;
      },
    },
    required('eligibility', 'State the eligibility rules.'),
    {
      field: 'criteria',
      problem: (v) => {
        if (!v.criteria?.length) return 'Add at least one evaluation criterion.';
        const sum = v.criteria.reduce((total, c) => total + c.weight, 0);
        return sum === 100 ? null : `The weights add up to ${sum}; they must add up to 100.`;
      },
    },
    required('threshold', 'Set the overall threshold.'),
    required('reviewersPerApplication', 'Set how many reviewers score each application.'),
    { field: 'funders', problem: () => (funderCount > 0 ? null : 'Add at least one funder.') },
  ];
}

/** Every problem between the values and an OPEN call, keyed by field in wizard order; empty when it may open. */
export function callOpenProblems(
  values: CallDraftInput,
  context: CallOpenContext,
): Record<string, string> {
  const invalid = inputProblems(callDraftSchema, values);
  const parsed = callDraftSchema.safeParse(values);
  // Completeness reads parsed values; while some are invalid, read what parses field by field.
  const readable: CallDraftValues = parsed.success ? parsed.data : partialValues(values);
  return mergeProblems(invalid, callOpenChecks(context), readable, [...CALL_FIELDS, 'funders']);
}

function partialValues(values: CallDraftInput): CallDraftValues {
  const out: Record<string, unknown> = { programmeName: '' };
  for (const field of CALL_FIELDS) {
    const result = callFields[field].safeParse(values[field]);
    if (result.success) out[field] = result.data;
  }
  return out as CallDraftValues;
}

/** The values of a call that may open, or BAD_USER_INPUT naming the first field to fix. */
export function assertCallOpenable(
  values: CallDraftInput,
  context: CallOpenContext,
): CallDraftValues {
  const [field, message] = Object.entries(callOpenProblems(values, context))[0] ?? [];
  if (field !== undefined && message !== undefined)
    throw new DomainError('BAD_USER_INPUT', message, {
      field,
      issue: 'open',
      key: errorKey('call.notReadyToOpen'),
    });
  return parseInput(callDraftSchema, values);
}

/**
 * A draft edit: the patch on top of the stored values, the whole checked again (`null`
 * clears, `undefined` keeps). Once the call is OPEN its rules are frozen: every change is
 * refused except extending the deadline (`extendCallDeadline`).
 */
export function applyCallPatch(
  status: string,
  current: CallDraftValues,
  patch: CallPatch,
): CallDraftValues {
  const changed = CALL_FIELDS.filter((field) => patch[field] !== undefined);
  if (status !== 'DRAFT')
    throw new DomainError(
      'CONFLICT',
      'The call is open: its rules are frozen. Only the deadline may be extended.',
      {
        field: changed[0] ?? 'status',
        key: errorKey('call.rulesFrozen'),
      },
    );
  const merged: Record<string, unknown> = { ...current };
  for (const field of changed) merged[field] = patch[field];
  return parseInput(callDraftSchema, merged);
}
