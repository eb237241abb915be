import { z } from 'zod';
import { CAPABILITY_KINDS, type CapabilityStatus } from '../capability/capability';
import {
  countryCodeSchema,
  regionCodeSchema,
  sectorCodesSchema,
  technologyAreaCodesSchema,
} from '../common/codes';
import { instantSchema } from '../common/instant';
import { PAGE_SIZE_MAX } from '../common/pagination';
import { trlField } from '../common/trl';
import { COLLABORATION_TYPES, type NeedStatus } from '../need/need';
import { findRegion } from '../reference';
import { trimInvisible } from '../common/text';

/** What one search returns: needs, capabilities and organizations, ranked together. */
export const SEARCH_KINDS = ['NEED', 'CAPABILITY', 'ORGANIZATION'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Statuses of needs and capabilities together. Without a status filter a search shows what
 * is on offer: OPEN needs and PUBLISHED capabilities. DRAFT and ARCHIVED only ever match
 * the caller's own items (the API's visibility predicate decides that, not this list).
 */
export const SEARCH_STATUSES = [
  'DRAFT',
  'OPEN',
  'CLOSED',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly (NeedStatus | CapabilityStatus)[];
export type SearchStatus = (typeof SEARCH_STATUSES)[number];
export const DEFAULT_SEARCH_STATUSES = [
  'OPEN',
  'PUBLISHED',
] as const satisfies readonly SearchStatus[];

export const SEARCH_PAGE_SIZE_DEFAULT = 20;

const uniqueList = <T extends z.ZodType>(item: T, what: string, max: number) =>
  z
    .array(item, { message: `Choose ${what} from the list.` })
    .max(max, `Choose at most ${max} ${what}.`)
    .refine((values) => new Set(values).size === values.length, {
      message: `Each of the ${what} may be chosen once.`,
    });

const instant = (label: string) =>
  instantSchema(
    `Enter ${label} as a date and time with its time zone, like 2026-12-31T00:00:00+09:00.`,
  );

// The filters without paging: what a saved search stores.
const searchCriteriaFields = {
  query: z
    .string({ message: 'A search is text.' })
    .trim()
    .max(200, 'A search has at most 200 characters.')
    .nullish(),
  kinds: uniqueList(
    z.enum(SEARCH_KINDS, { message: 'Search NEED, CAPABILITY or ORGANIZATION.' }),
    'kinds',
    SEARCH_KINDS.length,
  ).nullish(),
  /** A parent area includes its fields (expandTechnologyAreas); a NACE section its divisions. */
  technologyAreas: technologyAreaCodesSchema.nullish(),
  sectors: sectorCodesSchema.nullish(),
  trlMin: trlField('The lowest TRL').nullish(),
  trlMax: trlField('The highest TRL').nullish(),
  countries: uniqueList(countryCodeSchema, 'countries', 50).nullish(),
  regions: uniqueList(regionCodeSchema, 'regions', 50).nullish(),
  clusterIds: uniqueList(
    z.string().trim().toLowerCase().uuid({ message: 'Choose clusters from the list.' }),
    'clusters',
    50,
  ).nullish(),
  collaborationTypes: uniqueList(
    z.enum(COLLABORATION_TYPES, { message: 'Unknown collaboration type.' }),
    'collaboration types',
    COLLABORATION_TYPES.length,
  ).nullish(),
  capabilityKinds: uniqueList(
    z.enum(CAPABILITY_KINDS, { message: 'Unknown capability kind.' }),
    'capability kinds',
    CAPABILITY_KINDS.length,
  ).nullish(),
  statuses: uniqueList(
    z.enum(SEARCH_STATUSES, { message: 'Unknown status.' }),
    'statuses',
    SEARCH_STATUSES.length,
  ).nullish(),
  /** Needs whose response deadline is at or after this instant. */
  deadlineAfter: instant('the earliest deadline').nullish(),
  /** Needs whose response deadline is before this instant. */
  deadlineBefore: instant('the latest deadline').nullish(),
};

interface SearchShape {
  trlMin?: number | null | undefined;
  trlMax?: number | null | undefined;
  countries?: readonly string[] | null | undefined;
  regions?: readonly string[] | null | undefined;
  deadlineAfter?: Date | null | undefined;
  deadlineBefore?: Date | null | undefined;
}

/** Ranges must be ranges, and a region must lie in one of the chosen countries. */
function checkSearchShape(value: SearchShape, ctx: z.RefinementCtx): void {
  if (value.trlMin != null && value.trlMax != null && value.trlMin > value.trlMax)
    ctx.addIssue({
      code: 'custom',
      path: ['trlMax'],
      message: `The highest TRL must be at least the lowest (${value.trlMin}).`,
    });
  if (
    value.deadlineAfter instanceof Date &&
    value.deadlineBefore instanceof Date &&
    value.deadlineAfter.getTime() >= value.deadlineBefore.getTime()
  )
    ctx.addIssue({
      code: 'custom',
      path: ['deadlineBefore'],
      message: 'The latest deadline must come after the earliest deadline.',
    });
  if (value.countries?.length && value.regions?.length)
    value.regions.forEach((region, index) => {
      const country = findRegion(region)?.country;
      if (country && !value.countries?.includes(country))
        ctx.addIssue({
          code: 'custom',
          path: ['regions', index],
          message: `Region ${region} is not in the chosen countries; add ${country} or remove the region.`,
        });
    });
}

export const searchCriteriaSchema = z.object(searchCriteriaFields).superRefine(checkSearchShape);
export type SearchCriteriaInput = z.input<typeof searchCriteriaSchema>;
export type SearchCriteria = z.output<typeof searchCriteriaSchema>;

/** One search over needs, capabilities and organizations, with cursor paging. */
export const searchFilterSchema = z
  .object({
    ...searchCriteriaFields,
    first: z
      .number({ message: 'Ask for a number of results.' })
      .int('Ask for a whole number of results.')
      .min(1, 'Ask for at least 1 result.')
      .max(PAGE_SIZE_MAX, `Ask for at most ${PAGE_SIZE_MAX} results per page.`)
      .default(SEARCH_PAGE_SIZE_DEFAULT),
    after: z.string().max(500, 'This cursor is not valid; start from the first page.').nullish(),
  })
  .superRefine(checkSearchShape);
export type SearchFilterInput = z.input<typeof searchFilterSchema>;
export type SearchFilter = z.output<typeof searchFilterSchema>;

/**
 * How often a saved search reports new results. Stored now; the alerts themselves arrive
 * with notifications. The API keeps, beside it, when results were last checked.
 */
export const SAVED_SEARCH_ALERTS = ['NONE', 'DAILY', 'WEEKLY'] as const;
export type SavedSearchAlert = (typeof SAVED_SEARCH_ALERTS)[number];

const savedSearchAlertField = z.enum(SAVED_SEARCH_ALERTS, {
  message: 'Choose how often to hear of new results: NONE, DAILY or WEEKLY.',
});

/** A change of a saved search's alert frequency (its owner's alone). */
export const savedSearchAlertSchema = z.object({ alert: savedSearchAlertField });

export const savedSearchSchema = z.object({
  name: z
    .string({ message: 'Name the saved search.' })
    .overwrite(trimInvisible)
    .min(1, 'Name the saved search.')
    .max(80, 'A saved search name has at most 80 characters.'),
  filter: searchCriteriaSchema,
  alert: savedSearchAlertField.default('WEEKLY'),
});
export type SavedSearchInput = z.input<typeof savedSearchSchema>;
export type SavedSearchValues = z.output<typeof savedSearchSchema>;
