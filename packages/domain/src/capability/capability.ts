import { z } from 'zod';
import { sectorCodesSchema, technologyAreaCodesSchema } from '../common/codes';
import { emailSchema } from '../common/fields';
import { trlField } from '../common/trl';
import {
  audienceGap,
  checkAudience,
  checkOwnerNotInvited,
  invitedOrganizationIdsSchema,
  visibilitySchema,
  type Visibility,
} from '../common/visibility';
import { DomainError } from '../errors/domain-error';
import { mergeProblems, type CompletenessCheck } from '../validation/completeness';
import { inputProblems, parseInput } from '../validation/parse-input';
import { trimInvisible } from '../common/text';

/** What an organization offers (보유역량): know-how, a machine, a site, licensable IP, a service. */
export const CAPABILITY_KINDS = ['EXPERTISE', 'EQUIPMENT', 'FACILITY', 'IP', 'SERVICE'] as const;
export type CapabilityKind = (typeof CAPABILITY_KINDS)[number];

/** DRAFT → PUBLISHED ⇄ ARCHIVED; see capability-status.ts. */
export const CAPABILITY_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type CapabilityStatus = (typeof CAPABILITY_STATUSES)[number];

export const LICENSING_STATUSES = [
  'AVAILABLE',
  'EXCLUSIVE_LICENSED',
  'NON_EXCLUSIVE_LICENSED',
  'NOT_AVAILABLE',
] as const;
export type LicensingStatus = (typeof LICENSING_STATUSES)[number];

/** Kinds that are a place or a machine someone books: they say where. */
export const LOCATED_KINDS = ['EQUIPMENT', 'FACILITY'] as const satisfies readonly CapabilityKind[];

/** Fields that belong to some kinds only; a value on another kind is refused on that field. */
export const KIND_FIELDS = {
  model: LOCATED_KINDS,
  location: LOCATED_KINDS,
  bookingTerms: LOCATED_KINDS,
  patentNumber: ['IP'],
  licensingStatus: ['IP'],
} as const satisfies Record<string, readonly CapabilityKind[]>;
type KindField = keyof typeof KIND_FIELDS;

const KIND_FIELD_OWNERS: Record<KindField, string> = {
  model: 'equipment and facilities',
  location: 'equipment and facilities',
  bookingTerms: 'equipment and facilities',
  patentNumber: 'IP',
  licensingStatus: 'IP',
};

const text = (label: string, max: number) =>
  z
    .string({ message: `${label} is text.` })
    .trim()
    .max(max, `${label} has at most ${max} characters.`);

/**
 * Lenient on purpose: offices write numbers differently (KR 10-2021-0123456, EP1234567,
 * US 11,234,567 B2, WO2021/123456, 특허 제10-1234567호). Letters of any script, digits, spaces
 * and , . - / ( ) #, with at least four digits, so that a name or a note is not taken for one.
 */
export const patentNumberSchema = z
  .string({ message: 'Enter the patent or application number.' })
  .trim()
  .min(
    1,
    'Enter the patent or application number, like KR 10-2021-0123456, EP1234567 or US 11,234,567 B2.',
  )
  .max(64, 'A patent number has at most 64 characters.')
  .regex(
    /^[\p{L}\p{N} ,.\-/()#]+$/u,
    'Enter the patent or application number, like KR 10-2021-0123456, EP1234567 or US 11,234,567 B2.',
  )
  .refine((value): boolean => (value.match(/\d/g)?.length ?? 0) >= 4, {
    message: 'A patent or application number has at least 4 digits, like EP1234567.',
  });

// Key order is the form's field order: it decides which problem is reported first.
const capabilityFields = {
  kind: z.enum(CAPABILITY_KINDS, {
    message:
      'Choose what kind of capability this is: EXPERTISE, EQUIPMENT, FACILITY, IP or SERVICE.',
  }),
  title: z
    .string({ message: 'Enter a title for the capability.' })
    .overwrite(trimInvisible)
    .min(3, 'A title has at least 3 characters.')
    .max(200, 'A title has at most 200 characters.'),
  description: text('The description', 20000).nullish(),
  technologyAreas: technologyAreaCodesSchema.nullish(),
  sectors: sectorCodesSchema.nullish(),
  trl: trlField('The TRL').nullish(),
  contactName: text('The contact name', 120).nullish(),
  contactEmail: emailSchema.nullish(),
  availability: text('The availability', 500).nullish(),
  visibility: visibilitySchema.nullish(),
  invitedOrganizationIds: invitedOrganizationIdsSchema.nullish(),
  model: text('The model', 200).nullish(),
  location: text('The location', 300).nullish(),
  bookingTerms: text('The booking terms', 2000).nullish(),
  patentNumber: patentNumberSchema.nullish(),
  licensingStatus: z
    .enum(LICENSING_STATUSES, {
      message:
        'Choose a licensing status: AVAILABLE, EXCLUSIVE_LICENSED, NON_EXCLUSIVE_LICENSED or NOT_AVAILABLE.',
    })
    .nullish(),
};
export const CAPABILITY_FIELDS = Object.keys(
  capabilityFields,
) as readonly (keyof typeof capabilityFields)[];

type CapabilityShape = {
  kind: CapabilityKind;
  visibility?: Visibility | null | undefined;
  invitedOrganizationIds?: readonly string[] | null | undefined;
} & {
  [K in KindField]?: string | null | undefined;
};

const isSet = (value: string | null | undefined): boolean => value != null && value.trim() !== '';

/** Whether a kind-specific field belongs to a kind (e.g. location to EQUIPMENT). */
export const capabilityKindHasField = (kind: CapabilityKind, field: KindField): boolean =>
  (KIND_FIELDS[field] as readonly CapabilityKind[]).includes(kind);

function checkCapabilityShape(value: CapabilityShape, ctx: z.RefinementCtx): void {
  // `kind` is refused on its own when unknown; nothing else can be said about the others then.
  if (!(CAPABILITY_KINDS as readonly string[]).includes(value.kind)) return;
  for (const field of Object.keys(KIND_FIELDS) as KindField[])
    if (isSet(value[field]) && !capabilityKindHasField(value.kind, field))
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `Only ${KIND_FIELD_OWNERS[field]} have this field; clear it for a capability of kind ${value.kind}.`,
      });
  checkAudience(value, ctx, 'capability');
}

/**
 * What a draft may hold: a kind and a title, and any other field, each valid on its own and
 * consistent with the kind. Completeness is asked only when publishing.
 */
export const capabilityDraftSchema = z.object(capabilityFields).superRefine(checkCapabilityShape);
export type CapabilityDraftInput = z.input<typeof capabilityDraftSchema>;
export type CapabilityDraftValues = z.output<typeof capabilityDraftSchema>;

/** The draft schema of one organization's capability: the owner is not among its invitees either. */
export const capabilityDraftSchemaOf = (
  ownerOrganizationId: string | null | undefined,
): typeof capabilityDraftSchema =>
  ownerOrganizationId
    ? capabilityDraftSchema.superRefine((value, ctx) =>
        checkOwnerNotInvited(value, ownerOrganizationId, ctx, 'capability'),
      )
    : capabilityDraftSchema;

export const capabilityPatchSchema = z.object(capabilityFields).partial();
/** A patch as it arrives: the merged whole is parsed. */
export type CapabilityPatch = z.input<typeof capabilityPatchSchema>;

export type PublishableCapability = CapabilityDraftValues & {
  description: string;
  technologyAreas: string[];
  sectors: string[];
  contactName: string;
  contactEmail: string;
  visibility: Visibility;
  invitedOrganizationIds: string[];
};

/**
 * TRL is asked only of IP: a licensable technology has a maturity, and matching weighs it.
 * Expertise, services, equipment and facilities may state the level they work at, but a
 * microscope or a consulting service has no readiness level of its own.
 */
export const TRL_REQUIRED_KINDS = ['IP'] as const satisfies readonly CapabilityKind[];

const CAPABILITY_PUBLISH_CHECKS: readonly CompletenessCheck<CapabilityDraftInput>[] = [
  {
    field: 'description',
    problem: (v) =>
      isSet(v.description)
        ? null
        : 'Describe the capability: what it is and what it can do for others.',
  },
  {
    field: 'technologyAreas',
    problem: (v) =>
      v.technologyAreas?.length
        ? null
        : 'Choose at least one technology area, so that the capability can be found and matched.',
  },
  {
    field: 'trl',
    problem: (v) =>
      v.trl == null && (TRL_REQUIRED_KINDS as readonly string[]).includes(v.kind)
        ? 'Choose the TRL (1–9) of the licensable technology.'
        : null,
  },
  {
    field: 'contactName',
    problem: (v) => (isSet(v.contactName) ? null : 'Name the contact person.'),
  },
  {
    field: 'contactEmail',
    problem: (v) => (isSet(v.contactEmail) ? null : 'Enter the contact person’s e-mail address.'),
  },
  {
    field: 'visibility',
    problem: (v) =>
      v.visibility ? null : 'Choose who may see the capability: PUBLIC, CLUSTER or PRIVATE.',
  },
  { field: 'invitedOrganizationIds', problem: (v) => audienceGap(v, 'capability') },
  {
    field: 'location',
    problem: (v) =>
      (LOCATED_KINDS as readonly string[]).includes(v.kind) && !isSet(v.location)
        ? 'Say where the equipment or facility is.'
        : null,
  },
  {
    field: 'patentNumber',
    problem: (v) =>
      v.kind === 'IP' && !isSet(v.patentNumber)
        ? 'Enter the patent or application number of the IP.'
        : null,
  },
  {
    field: 'licensingStatus',
    problem: (v) =>
      v.kind === 'IP' && !v.licensingStatus ? 'Choose the licensing status of the IP.' : null,
  },
];

/** Every problem standing between the values and a PUBLISHED capability, in form order. */
export function capabilityPublishProblems(values: CapabilityDraftInput): Record<string, string> {
  return mergeProblems(
    inputProblems(capabilityDraftSchema, values),
    CAPABILITY_PUBLISH_CHECKS,
    values,
    CAPABILITY_FIELDS,
  );
}

/** The values as a PUBLISHED capability, or BAD_USER_INPUT naming the first field to fix. */
export function assertCapabilityPublishable(values: CapabilityDraftInput): PublishableCapability {
  const [field, message] = Object.entries(capabilityPublishProblems(values))[0] ?? [];
  // A validation message of the form's own checks: the web translates it by field.
  if (field !== undefined && message !== undefined)
    throw new DomainError('BAD_USER_INPUT', message, { field, issue: 'publish' });
  const draft = parseInput(capabilityDraftSchema, values);
  return {
    ...draft,
    sectors: draft.sectors ?? [],
    invitedOrganizationIds: draft.invitedOrganizationIds ?? [],
  } as PublishableCapability;
}

/**
 * An edit is applied on top of the stored capability and the whole is checked again (a
 * change of kind must clear the old kind's fields). `null` clears, `undefined` keeps. A
 * PUBLISHED capability must stay publishable; drafts and archived ones may be incomplete
 * (republishing checks again).
 */
export function applyCapabilityPatch(
  current: CapabilityDraftValues,
  patch: CapabilityPatch,
  context?: {
    status: CapabilityStatus;
    /** The owner, refused among the invitees. */ organizationId?: string;
  },
): CapabilityDraftValues {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  const next = parseInput(capabilityDraftSchemaOf(context?.organizationId), merged);
  if (context?.status === 'PUBLISHED') assertCapabilityPublishable(next);
  return next;
}
