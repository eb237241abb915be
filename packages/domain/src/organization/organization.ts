import { z } from 'zod';
import {
  countryCodeSchema,
  regionCodeSchema,
  sectorCodesSchema,
  technologyAreaCodesSchema,
} from '../common/codes';
import { websiteSchema } from '../common/fields';
import { regionBelongsTo } from '../reference';
import { parseInput } from '../validation/parse-input';
import { trimInvisible } from '../common/text';

export const ORGANIZATION_KINDS = [
  'FIRM',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'CLUSTER_ORGANIZATION',
  'PUBLIC_AGENCY',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Firm size classes after the EU SME definition (Recommendation 2003/361/EC). */
export const ORGANIZATION_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type OrganizationSize = (typeof ORGANIZATION_SIZES)[number];

export const ORG_ROLES = ['ORG_ADMIN', 'ORG_MEMBER'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

const organizationFields = {
  name: z
    .string({ message: 'Enter the organization name.' })
    .overwrite(trimInvisible)
    .min(2, 'An organization name has at least 2 characters.')
    .max(200, 'An organization name has at most 200 characters.'),
  kind: z.enum(ORGANIZATION_KINDS, { message: 'Choose what kind of organization this is.' }),
  size: z
    .enum(ORGANIZATION_SIZES, { message: 'Choose a size: MICRO, SMALL, MEDIUM or LARGE.' })
    .nullish(),
  country: countryCodeSchema,
  region: regionCodeSchema.nullish(),
  sectors: sectorCodesSchema,
  technologyAreas: technologyAreaCodesSchema,
  description: z.string().trim().max(5000, 'A description has at most 5000 characters.'),
  website: websiteSchema.nullish().or(z.literal('').transform(() => null)),
};

interface OrganizationShape {
  kind: OrganizationKind;
  size?: OrganizationSize | null | undefined;
  country: string;
  region?: string | null | undefined;
}

/**
 * Rules that tie fields together. Each runs as soon as the fields it reads are valid, even
 * while others are not, so a form shows every problem at once instead of revealing the
 * cross-field ones only after the rest is fixed.
 */
const firmSizeRule = (value: OrganizationShape, ctx: z.RefinementCtx): void => {
  if (value.kind === 'FIRM' && !value.size)
    ctx.addIssue({ code: 'custom', path: ['size'], message: 'A firm states its size.' });
  if (value.kind !== 'FIRM' && value.size)
    ctx.addIssue({ code: 'custom', path: ['size'], message: 'Only firms have a size class.' });
};

const regionRule = (value: OrganizationShape, ctx: z.RefinementCtx): void => {
  if (value.region && !regionBelongsTo(value.region, value.country))
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: `Region ${value.region} is not in country ${value.country}.`,
    });
};

/** Runs a rule when none of `fields` has an issue yet (others may). */
const whenValid = (...fields: (keyof OrganizationShape)[]) => ({
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] | undefined }[] }) =>
    !payload.issues.some((issue) => fields.includes(issue.path?.[0] as keyof OrganizationShape)),
});

export const organizationSchema = z
  .object(organizationFields)
  .superRefine(firmSizeRule, whenValid('kind', 'size'))
  .superRefine(regionRule, whenValid('country', 'region'));
export type OrganizationInput = z.input<typeof organizationSchema>;
export type OrganizationValues = z.output<typeof organizationSchema>;

/** An edit is applied on top of the stored organization, then the whole is checked again. */
export const organizationPatchSchema = z.object(organizationFields).partial();
export type OrganizationPatch = z.output<typeof organizationPatchSchema>;

/**
 * An edit is applied on top of the stored organization and the whole is checked again, so
 * a patch that is fine alone but not with what is stored (a region of another country, a
 * firm without a size) is refused with the field to fix. `null` clears, `undefined` keeps.
 */
export function applyOrganizationPatch(
  current: OrganizationValues,
  patch: OrganizationPatch,
): OrganizationValues {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  return parseInput(organizationSchema, merged);
}
