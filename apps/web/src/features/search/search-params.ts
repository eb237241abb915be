import {
  CAPABILITY_KINDS,
  COLLABORATION_TYPES,
  SEARCH_KINDS,
  SEARCH_STATUSES,
  type CapabilityKind,
  type CollaborationType,
  type SearchKind,
  type SearchStatus,
} from '@spillover/domain';
import type { SearchCriteriaInput } from '../../generated/graphql';

/** The filters of the search page as the URL keeps them: lists are empty when unset. */
export interface SearchParamsFilter {
  query: string;
  kinds: SearchKind[];
  capabilityKinds: CapabilityKind[];
  technologyAreas: string[];
  sectors: string[];
  trlMin: number | null;
  trlMax: number | null;
  countries: string[];
  regions: string[];
  clusterIds: string[];
  collaborationTypes: CollaborationType[];
  statuses: SearchStatus[];
  /** Needs whose deadline falls on this day or later (YYYY-MM-DD, the user's calendar). */
  deadlineFrom: string | null;
  /** Needs whose deadline falls on this day or earlier. */
  deadlineTo: string | null;
}

/** The URL parameter of each filter, short enough to share. */
export const PARAM = {
  query: 'q',
  kinds: 'kind',
  capabilityKinds: 'capabilityKind',
  technologyAreas: 'tech',
  sectors: 'sector',
  trlMin: 'trlMin',
  trlMax: 'trlMax',
  countries: 'country',
  regions: 'region',
  clusterIds: 'cluster',
  collaborationTypes: 'collaboration',
  statuses: 'status',
  deadlineFrom: 'deadlineFrom',
  deadlineTo: 'deadlineTo',
} as const satisfies Record<keyof SearchParamsFilter, string>;

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);

const trl = (value: string | null): number | null => {
  const number = Number(value);
  return value && Number.isInteger(number) ? number : null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of a calendar day in the user's time zone; null for what is no real day (2027-02-30). */
function startOfDay(day: string | null): Date | null {
  const match = day ? DAY.exec(day) : null;
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, date);
  return start.getFullYear() === year && start.getMonth() === month - 1 && start.getDate() === date
    ? start
    : null;
}

/** The calendar day (YYYY-MM-DD) of an instant in the user's time zone, `shift` days later. */
function dayOf(instant: string | Date, shift = 0): string {
  const date = new Date(instant);
  date.setDate(date.getDate() + shift);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const day = (value: string | null): string | null => (startOfDay(value) ? value : null);

/** Reads the filters from the URL, dropping values no list knows (a stale or edited link). */
export function parseSearchParams(params: URLSearchParams): SearchParamsFilter {
  return {
    query: params.get(PARAM.query) ?? '',
    kinds: params.getAll(PARAM.kinds).filter(oneOf(SEARCH_KINDS)),
    capabilityKinds: params.getAll(PARAM.capabilityKinds).filter(oneOf(CAPABILITY_KINDS)),
    technologyAreas: params.getAll(PARAM.technologyAreas),
    sectors: params.getAll(PARAM.sectors),
    trlMin: trl(params.get(PARAM.trlMin)),
    trlMax: trl(params.get(PARAM.trlMax)),
    countries: params.getAll(PARAM.countries),
    regions: params.getAll(PARAM.regions),
    clusterIds: params.getAll(PARAM.clusterIds).filter((id) => UUID.test(id)),
    collaborationTypes: params.getAll(PARAM.collaborationTypes).filter(oneOf(COLLABORATION_TYPES)),
    statuses: params.getAll(PARAM.statuses).filter(oneOf(SEARCH_STATUSES)),
    deadlineFrom: day(params.get(PARAM.deadlineFrom)),
    deadlineTo: day(params.get(PARAM.deadlineTo)),
  };
}

/** The filters as the API takes them; what is unset is left out, so the API's defaults apply. */
export function toCriteria(filter: SearchParamsFilter): SearchCriteriaInput {
  const criteria: SearchCriteriaInput = {};
  const query = filter.query.trim();
  if (query) criteria.query = query;
  if (filter.kinds.length) criteria.kinds = filter.kinds;
  if (filter.capabilityKinds.length) criteria.capabilityKinds = filter.capabilityKinds;
  if (filter.technologyAreas.length) criteria.technologyAreas = filter.technologyAreas;
  if (filter.sectors.length) criteria.sectors = filter.sectors;
  if (filter.trlMin != null) criteria.trlMin = filter.trlMin;
  if (filter.trlMax != null) criteria.trlMax = filter.trlMax;
  if (filter.countries.length) criteria.countries = filter.countries;
  if (filter.regions.length) criteria.regions = filter.regions;
  if (filter.clusterIds.length) criteria.clusterIds = filter.clusterIds;
  if (filter.collaborationTypes.length) criteria.collaborationTypes = filter.collaborationTypes;
  if (filter.statuses.length) criteria.statuses = filter.statuses;
  // Days in the user's calendar, both included: from the start of the first to the start
  // of the day after the last (the API's deadlineBefore is exclusive).
  const from = startOfDay(filter.deadlineFrom);
  if (from) criteria.deadlineAfter = from.toISOString();
  const to = startOfDay(filter.deadlineTo);
  if (to) {
    to.setDate(to.getDate() + 1);
    criteria.deadlineBefore = to.toISOString();
  }
  return criteria;
}

/** A letter or digit: words without one are no words to the API, which then browses. */
const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether the criteria search for something: words, or any filter. Without either the page
 * browses the newest items and asks for no counts, which would count the whole corpus.
 */
export function searchesFor(criteria: SearchCriteriaInput): boolean {
  return Object.entries(criteria).some(([key, value]) =>
    key === 'query' ? typeof value === 'string' && WORD.test(value) : value != null,
  );
}

type StoredCriteria = { [K in keyof SearchCriteriaInput]?: SearchCriteriaInput[K] | null };

/** The deadline range of stored criteria as the page's days (the inverse of toCriteria). */
export function deadlineDays(criteria: StoredCriteria): {
  deadlineFrom: string | null;
  deadlineTo: string | null;
} {
  return {
    deadlineFrom: criteria.deadlineAfter ? dayOf(criteria.deadlineAfter) : null,
    deadlineTo: criteria.deadlineBefore ? dayOf(criteria.deadlineBefore, -1) : null,
  };
}

/** The search page's URL for stored criteria (a saved search), in the page's own parameters. */
export function searchUrl(criteria: StoredCriteria): string {
  const params = new URLSearchParams();
  const values = { ...criteria, ...deadlineDays(criteria) };
  for (const key of Object.keys(PARAM) as (keyof typeof PARAM)[]) {
    const value = values[key];
    if (value == null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value])
      params.append(PARAM[key], String(item));
  }
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}
