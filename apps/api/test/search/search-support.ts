import { SearchRepository } from '../../src/search/search.repository';
import type { TestApp, TestClient } from '../support/test-app';

export const SEARCH = `query Search($filter: SearchFilterInput) {
  search(filter: $filter) {
    totalCount similarSpellings queryTechnologyAreas
    facets {
      kinds { value count } capabilityKinds { value count } statuses { value count }
      technologyAreas { value count } countries { value count }
    }
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      kind id score title listedAt status capabilityKind technologyAreas trlMin trlMax deadline country region organizationName
      snippet { field text highlights { start end } } organization { id } need { id status } capability { id kind }
    } }
  }
}`;

export interface Facet {
  value: string;
  count: number;
}

export interface Hit {
  kind: 'NEED' | 'CAPABILITY' | 'ORGANIZATION';
  id: string;
  score: number;
  title: string;
  listedAt: string;
  status: string | null;
  capabilityKind: string | null;
  technologyAreas: string[];
  trlMin: number | null;
  trlMax: number | null;
  deadline: string | null;
  country: string;
  region: string | null;
  organizationName: string;
  snippet: { field: string; text: string; highlights: { start: number; end: number }[] };
  organization: { id: string };
  need: { id: string; status: string } | null;
  capability: { id: string; kind: string } | null;
}

export interface SearchResult {
  totalCount: number;
  similarSpellings: boolean;
  queryTechnologyAreas: string[];
  facets: Record<
    'kinds' | 'capabilityKinds' | 'statuses' | 'technologyAreas' | 'countries',
    Facet[]
  >;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Hit }[];
}

export async function search(
  client: TestClient,
  filter: Record<string, unknown>,
): Promise<SearchResult> {
  return (await client.ok<{ search: SearchResult }>(SEARCH, { filter })).search;
}

export const idsOf = (result: SearchResult): string[] => result.edges.map((edge) => edge.node.id);
export const titlesOf = (result: SearchResult): string[] =>
  result.edges.map((edge) => edge.node.title);

/** The marked words of a snippet. */
export const marked = (hit: Hit): string[] =>
  hit.snippet.highlights.map((range) => hit.snippet.text.slice(range.start, range.end));

export const facet = (list: Facet[]): Record<string, number> =>
  Object.fromEntries(list.map((f) => [f.value, f.count]));

/**
 * Every hit of a filter, page by page: no hit twice, none missing, totalCount the same on
 * every page and equal to what was walked.
 */
export async function walk(
  client: TestClient,
  filter: Record<string, unknown>,
  first: number,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  let total: number | null = null;
  for (let guard = 0; guard < 200; guard += 1) {
    const page: SearchResult = await search(client, { ...filter, first, after });
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    seen.push(...idsOf(page));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(first);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toHaveLength(total!);
  return seen;
}

/** The search statements (those that return a page) the app ran while `during` ran, with its result. */
export async function withSearchStatements<T>(
  t: TestApp,
  during: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const run = jest.spyOn(t.app.get(SearchRepository), 'run');
  run.mockImplementation(async function (this: SearchRepository, compiled) {
    statements.push(compiled.sql);
    return SearchRepository.prototype.run.call(this, compiled);
  });
  try {
    const result = await during();
    return { result, statements: statements.filter((sql) => sql.includes(' AS page')) };
  } finally {
    run.mockRestore();
  }
}
