import type { SearchKind } from '@spillover/domain';

// What one search statement returns (search-sql.ts) and how it becomes hits, a total and
// facets: pure, shared by the API and the benchmark's floor.

/** One row of a result page: the hit's card, and the public fields its snippet is cut from. */
export interface PageRow {
  id: string;
  kind: SearchKind;
  score: number;
  listedAt: string;
  title: string;
  status: string | null;
  capabilityKind: string | null;
  technologyAreas: string[];
  trlLow: number | null;
  trlHigh: number | null;
  deadline: string | null;
  country: string;
  region: string | null;
  organizationId: string;
  organizationName: string;
  fields: Record<string, string | null>;
}

/** The facets, in the order a counted row names the one filter it misses (search-sql's facetFilters: 1 = kinds). */
export const FACET_NAMES = [
  'kinds',
  'capabilityKinds',
  'statuses',
  'technologyAreas',
  'countries',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface SearchRows {
  page: PageRow[];
  total?: number;
  facets?: Record<FacetName, { value: string; count: number }[]>;
}

export interface RawSearchRow {
  page: PageRow[];
  /**
   * [facet set id, rows, miss]: every counted row once, under its facet set and, when the
   * filters of faceted facts were apart, the one of them it misses (0 or absent: none, a
   * hit; n: FACET_NAMES[n - 1], so it counts in that facet only).
   */
  stats?: [number, number, number?][];
}

/** What facets count a match by: a row of search_facet_set. */
export interface FacetSet {
  kind: string;
  capabilityKind: string | null;
  status: string | null;
  country: string;
  technologyAreas: string[];
}

const byCount = (a: { value: string; count: number }, b: { value: string; count: number }) =>
  b.count - a.count || a.value.localeCompare(b.value);

/**
 * What the one search statement returned: rows, the total, and facet counts sorted by
 * count, from the matches counted per facet set. Technology areas are rolled up to
 * top-level areas (the taxonomy's two-letter codes), once per item and area.
 *
 * Disjunctive: a row that misses one facet's filter only counts in that facet, so a chosen
 * facet counts its hits and its other values' items alike, as if it were not set, under
 * every other filter; the total and the other facets count hits only.
 */
export function readSearchRow(
  row: RawSearchRow,
  facetSets: ReadonlyMap<number, FacetSet>,
): SearchRows {
  if (!row.stats) return { page: row.page };
  const counts: Record<FacetName, Map<string, number>> = {
    kinds: new Map(),
    capabilityKinds: new Map(),
    statuses: new Map(),
    technologyAreas: new Map(),
    countries: new Map(),
  };
  let total = 0;
  for (const [id, count, miss = 0] of row.stats) {
    const set = facetSets.get(id);
    if (!set) throw new Error(`search counted facet set ${id}, which does not exist`);
    const only = miss === 0 ? null : FACET_NAMES[miss - 1];
    if (only === undefined) throw new Error(`search counted a row missing facet ${miss}`);
    const add = (facet: FacetName, value: string | null) => {
      if (value !== null && (only === null || only === facet))
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + count);
    };
    if (only === null) total += count;
    add('kinds', set.kind);
    add('capabilityKinds', set.capabilityKind);
    add('statuses', set.status);
    add('countries', set.country.trim());
    for (const area of new Set(set.technologyAreas.map((code) => code.slice(0, 2))))
      add('technologyAreas', area);
  }
  const facets = Object.fromEntries(
    Object.entries(counts).map(([facet, values]) => [
      facet,
      [...values].map(([value, count]) => ({ value, count })).sort(byCount),
    ]),
  ) as Record<FacetName, { value: string; count: number }[]>;
  return { page: row.page, total, facets };
}
