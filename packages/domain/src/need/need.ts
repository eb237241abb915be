import { z } from 'zod';
import { sectorCodesSchema, technologyAreaCodesSchema } from '../common/codes';
import { instantSchema, parseInstant } from '../common/instant';
import { currencyCodeSchema, minorAmountSchema } from '../common/money';
import { trlField } from '../common/trl';
import {
  audienceGap,
  checkAudience,
  checkOwnerNotInvited,
  invitedOrganizationIdsSchema,
  visibilitySchema,
  type Visibility,
} from '../common/visibility';
import { DomainError, errorKey } from '../errors/domain-error';
import { mergeProblems, type CompletenessCheck } from '../validation/completeness';
import { inputProblems, parseInput } from '../validation/parse-input';
import { trimInvisible } from '../common/text';

/** DRAFT → OPEN → CLOSED; see need-status.ts for the transitions. */
export const NEED_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** EXPIRED is set by the platform when the deadline passes; owners choose SOLVED or WITHDRAWN. */
export const NEED_CLOSE_REASONS = ['SOLVED', 'WITHDRAWN', 'EXPIRED'] as const;
export type NeedCloseReason = (typeof NEED_CLOSE_REASONS)[number];

export const COLLABORATION_TYPES = [
  'RESEARCH_COOPERATION',
  'TECHNICAL_COOPERATION',
  'LICENSE',
  'JOINT_VENTURE',
  'SERVICE',
  'EQUIPMENT_ACCESS',
] as const;
export type CollaborationType = (typeof COLLABORATION_TYPES)[number];

export const collaborationTypesSchema = z
  .array(
    z.enum(COLLABORATION_TYPES, {
      message:
        'Choose collaboration types from RESEARCH_COOPERATION, TECHNICAL_COOPERATION, LICENSE, JOINT_VENTURE, SERVICE, EQUIPMENT_ACCESS.',
    }),
    { message: 'Choose the collaboration types you are looking for.' },
  )
  .refine((types) => new Set(types).size === types.length, {
    message: 'Each collaboration type may be chosen once.',
  });

/**
 * An instant with its time zone: a Date (from the API's DateTime scalar or the database) or an
 * ISO 8601 string with an offset, like 2026-12-31T18:00:00+09:00. A bare date or local time is
 * refused: "the 31st" ends at different instants in Daegu and in Stuttgart.
 */
export const responseDeadlineSchema = instantSchema(
  'Enter the response deadline as a date and time with its time zone, like 2026-12-31T18:00:00+09:00.',
);

const text = (label: string, max: number) =>
  z
    .string({ message: `${label} is text.` })
    .trim()
    .max(max, `${label} has at most ${max} characters.`);

export const needTitleSchema = z
  .string({ message: 'Enter a title for the need.' })
  .overwrite(trimInvisible)
  .min(3, 'A title has at least 3 characters.')
  .max(200, 'A title has at most 200 characters.');

// Key order is the form's field order: it decides which problem is reported first.
const needFields = {
  title: needTitleSchema,
  publicSummary: text('The public summary', 2000).nullish(),
  confidentialDetails: text('The confidential details', 20000).nullish(),
  desiredOutcome: text('The desired outcome', 5000).nullish(),
  technologyAreas: technologyAreaCodesSchema.nullish(),
  sectors: sectorCodesSchema.nullish(),
  currentTrl: trlField('The current TRL').nullish(),
  targetTrl: trlField('The target TRL').nullish(),
  budgetMin: minorAmountSchema('The minimum budget').nullish(),
  budgetMax: minorAmountSchema('The maximum budget').nullish(),
  currency: currencyCodeSchema.nullish(),
  responseDeadline: responseDeadlineSchema.nullish(),
  collaborationTypes: collaborationTypesSchema.nullish(),
  // Proximity counts in matching; abroad ranks low unless the owner says partners abroad are welcome.
  internationalPartnersWelcome: z
    .boolean({ message: 'Say yes or no: are partners from abroad welcome?' })
    .nullish(),
  visibility: visibilitySchema.nullish(),
  invitedOrganizationIds: invitedOrganizationIdsSchema.nullish(),
};
export const NEED_FIELDS = Object.keys(needFields) as readonly (keyof typeof needFields)[];

interface NeedShape {
  currentTrl?: number | null | undefined;
  targetTrl?: number | null | undefined;
  budgetMin?: number | null | undefined;
  budgetMax?: number | null | undefined;
  currency?: string | null | undefined;
  visibility?: Visibility | null | undefined;
  invitedOrganizationIds?: readonly string[] | null | undefined;
}

/** Rules that tie fields together, applied wherever both sides are present (drafts too). */
function checkNeedShape(value: NeedShape, ctx: z.RefinementCtx): void {
  if (value.currentTrl != null && value.targetTrl != null && value.targetTrl < value.currentTrl)
    ctx.addIssue({
      code: 'custom',
      path: ['targetTrl'],
      message: `The target TRL (${value.targetTrl}) must be at least the current TRL (${value.currentTrl}).`,
    });
  if (value.budgetMin != null && value.budgetMax != null && value.budgetMin > value.budgetMax)
    ctx.addIssue({
      code: 'custom',
      path: ['budgetMax'],
      message: 'The maximum budget must be at least the minimum budget.',
    });
  // An amount in minor units means nothing without its currency (100 is 100 won or 1 euro).
  if ((value.budgetMin != null || value.budgetMax != null) && !value.currency)
    ctx.addIssue({
      code: 'custom',
      path: ['currency'],
      message: 'Choose the currency of the budget (ISO 4217, like KRW or EUR).',
    });
  checkAudience(value, ctx, 'need');
}

/**
 * What a draft may hold: a title, and any other field, each valid on its own and consistent
 * with the others that are present. Completeness is asked only when publishing.
 */
export const needDraftSchema = z.object(needFields).superRefine(checkNeedShape);
export type NeedDraftInput = z.input<typeof needDraftSchema>;
export type NeedDraftValues = z.output<typeof needDraftSchema>;

/** The draft schema of one organization's need: the owner is not among its invitees either. */
export const needDraftSchemaOf = (
  ownerOrganizationId: string | null | undefined,
): typeof needDraftSchema =>
  ownerOrganizationId
    ? needDraftSchema.superRefine((value, ctx) =>
        checkOwnerNotInvited(value, ownerOrganizationId, ctx, 'need'),
      )
    : needDraftSchema;

export const needPatchSchema = z.object(needFields).partial();
/** A patch as it arrives (the deadline may still be a string): the merged whole is parsed. */
export type NeedPatch = z.input<typeof needPatchSchema>;

/** The values of an OPEN need: everything publishing asks for is there. */
export type PublishableNeed = NeedDraftValues & {
  publicSummary: string;
  technologyAreas: string[];
  sectors: string[];
  currentTrl: number;
  targetTrl: number;
  responseDeadline: Date;
  collaborationTypes: CollaborationType[];
  visibility: Visibility;
  invitedOrganizationIds: string[];
};

export interface NeedPublishOptions {
  /** IANA zone used to name "today" in the deadline message; UTC when absent or unknown. */
  timeZone?: string;
  /**
   * Whether the deadline must be after `now`. Always when publishing; when editing an OPEN
   * need only if the edit touches the deadline (the expiry job closes needs whose deadline
   * passed, so unrelated edits are not blocked in the minutes before it runs).
   */
  checkDeadline?: boolean;
}

/** The calendar day of `now` in a time zone, as YYYY-MM-DD. */
export function calendarDay(now: Date, timeZone = 'UTC'): string {
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const blank = (value: string | null | undefined): boolean => !value?.trim();

function deadlineOf(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'string') return parseInstant(value);
  return null;
}

interface NeedCheckContext extends NeedPublishOptions {
  now: Date;
}

function needPublishChecks(context: NeedCheckContext): CompletenessCheck<NeedDraftInput>[] {
  return [
    {
      field: 'publicSummary',
      problem: (v) =>
        blank(v.publicSummary)
          ? 'Write a public summary: it is what everyone sees of the need.'
          : null,
    },
    {
      field: 'technologyAreas',
      problem: (v) =>
        v.technologyAreas?.length
          ? null
          : 'Choose at least one technology area, so that the need can be found and matched.',
    },
    {
      field: 'currentTrl',
      problem: (v) =>
        v.currentTrl == null ? 'Choose the current TRL (1–9) of your technology.' : null,
    },
    {
      field: 'targetTrl',
      problem: (v) =>
        v.targetTrl == null ? 'Choose the target TRL (1–9) you want to reach.' : null,
    },
    {
      field: 'responseDeadline',
      problem: (v) => {
        const deadline = deadlineOf(v.responseDeadline);
        if (!deadline) return 'Set a response deadline.';
        if (context.checkDeadline !== false && !(deadline.getTime() > context.now.getTime()))
          return `The deadline must be after today (${calendarDay(context.now, context.timeZone)}).`;
        return null;
      },
    },
    {
      field: 'collaborationTypes',
      problem: (v) =>
        v.collaborationTypes?.length
          ? null
          : 'Choose at least one collaboration type you are looking for.',
    },
    {
      field: 'visibility',
      problem: (v) =>
        v.visibility ? null : 'Choose who may see the need: PUBLIC, CLUSTER or PRIVATE.',
    },
    { field: 'invitedOrganizationIds', problem: (v) => audienceGap(v, 'need') },
  ];
}

/**
 * Every problem that stands between the values and an OPEN need, keyed by field in form
 * order: invalid values first, then what is missing. Empty when the need may be published.
 */
export function needPublishProblems(
  values: NeedDraftInput,
  now: Date,
  options: NeedPublishOptions = {},
): Record<string, string> {
  return mergeProblems(
    inputProblems(needDraftSchema, values),
    needPublishChecks({ ...options, now }),
    values,
    NEED_FIELDS,
  );
}

/**
 * The values as an OPEN need, or BAD_USER_INPUT naming the first field (in form order) that
 * is missing or invalid. The deadline must be after `now`.
 */
export function assertPublishable(
  values: NeedDraftInput,
  now: Date,
  options: NeedPublishOptions = {},
): PublishableNeed {
  const problems = needPublishProblems(values, now, options);
  const [field, message] = Object.entries(problems)[0] ?? [];
  // A validation message of the form's own checks: the web translates it by field.
  if (field !== undefined && message !== undefined)
    throw new DomainError('BAD_USER_INPUT', message, { field, issue: 'publish' });
  const draft = parseInput(needDraftSchema, values);
  return {
    ...draft,
    sectors: draft.sectors ?? [],
    invitedOrganizationIds: draft.invitedOrganizationIds ?? [],
  } as PublishableNeed;
}

export interface NeedEditContext {
  status: NeedStatus;
  now: Date;
  timeZone?: string;
  /** The owner, refused among the invitees. */
  organizationId?: string;
}

/**
 * An edit is applied on top of the stored need and the whole is checked again, so a patch
 * that is fine alone but not with what is stored (a target TRL below the stored current TRL)
 * is refused with the field to fix. `null` clears, `undefined` keeps. With a context, an OPEN
 * need must stay publishable and a CLOSED need is not edited at all.
 */
export function applyNeedPatch(
  current: NeedDraftValues,
  patch: NeedPatch,
  context?: NeedEditContext,
): NeedDraftValues {
  if (context?.status === 'CLOSED')
    throw new DomainError(
      'CONFLICT',
      'A closed need can no longer be edited; post a new one instead.',
      { field: 'status', key: errorKey('need.closedNotEditable') },
    );
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  const next = parseInput(needDraftSchemaOf(context?.organizationId), merged);
  if (context?.status === 'OPEN')
    assertPublishable(next, context.now, {
      ...(context.timeZone === undefined ? {} : { timeZone: context.timeZone }),
      checkDeadline: patch.responseDeadline !== undefined,
    });
  return next;
}
