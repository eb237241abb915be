import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  parseInput,
  searchFilterSchema,
  type CapabilityKind,
  type SearchFilter,
  type SearchFilterInput,
  type SearchStatus,
  searchWords,
  taxonomyConcepts,
} from '@spillover/domain';
import type { CapabilityEntity } from '../capability/capability.entity';
import type { TechnologyNeedEntity } from '../need/need.entity';
import type { Actor } from '../platform/auth/actor';
import { decodeCursor, encodeCursor } from '../platform/graphql/connection';
import { Policy } from '../platform/policy/policy.service';
import { buildSnippet, type Snippet } from './snippet';
import {
  compileCorrections,
  compileSearch,
  dictionaryForm,
  hasWords,
  typoWords,
  type CompiledSql,
  type SearchStatement,
  type SearchVisibility,
  type SortKey,
} from './search-sql';
import { SearchRepository } from './search.repository';
import {
  readSearchRow,
  type FacetName,
  type PageRow,
  type RawSearchRow,
  type SearchRows,
} from './search-rows';

export interface SearchHit {
  kind: PageRow['kind'];
  id: string;
  score: number;
  title: string;
  snippet: Snippet;
  listedAt: Date;
  status: SearchStatus | null;
  capabilityKind: CapabilityKind | null;
  technologyAreas: string[];
  trlMin: number | null;
  trlMax: number | null;
  deadline: Date | null;
  country: string;
  region: string | null;
  organizationId: string;
  organizationName: string;
  cursor: string;
}

export interface SearchOutcome {
  hits: SearchHit[];
  hasNextPage: boolean;
  totalCount?: number;
  facets?: Record<FacetName, { value: string; count: number }[]>;
  similarSpellings: boolean;
  queryTechnologyAreas: string[];
}

export interface SearchOptions {
  /** Also count and facet the whole result (one statement either way). */
  stats: boolean;
  /** Only what was listed after this instant (a saved search's new results). */
  listedAfter?: Date | null;
}

/** Runs one statement of search-sql.ts and returns its rows; the benchmark passes one that goes straight to PostgreSQL. */
export type SearchRunner = <T>(compiled: CompiledSql) => Promise<T[]>;

/** What the statements of one search returned, and the words they searched for. */
export interface SearchExecution {
  rows: SearchRows;
  /** The words searched: as typed, or with typos corrected. */
  query: string | null;
  typo: boolean;
}

// Snippets come from these public fields, descriptive ones first; the title last.
const SNIPPET_FIELDS: Record<PageRow['kind'], string[]> = {
  NEED: ['publicSummary', 'desiredOutcome'],
  CAPABILITY: ['description', 'availability', 'model', 'location', 'patentNumber'],
  ORGANIZATION: ['description'],
};

/** The search use case: one filter, the caller's visibility, a page of hits with snippets. */
@Injectable()
export class SearchService {
  private readonly loaders = new WeakMap<
    Actor,
    {
      need: DataLoader<string, TechnologyNeedEntity | null>;
      capability: DataLoader<string, CapabilityEntity | null>;
    }
  >();

  constructor(
    private readonly repository: SearchRepository,
    private readonly policy: Policy,
  ) {}

  /** The policy's predicates over search_document (alias d), one per listing kind. */
  async visibility(actor: Actor): Promise<SearchVisibility> {
    const [need, capability] = await Promise.all([
      this.policy.listingVisibility(actor, 'd', 'need'),
      this.policy.listingVisibility(actor, 'd', 'capability'),
    ]);
    return { need, capability };
  }

  /**
   * The statements of one search, run by `run`: the words as typed first. When they fill
   * less than the first page, words that no indexed word equals or begins with are
   * corrected to the most similar indexed word, and the corrected search is used if it
   * finds more (the cursor remembers, so later pages agree with the first).
   */
  async execute(
    actor: Actor,
    filter: SearchFilter,
    options: SearchOptions,
    run: SearchRunner = (c) => this.repository.run(c),
  ): Promise<SearchExecution> {
    const typed = filter.query?.trim() ?? null;
    const words = hasWords(typed);
    const after = this.sortKeyOf(filter.after, words);
    const statement: SearchStatement = {
      criteria: filter,
      visibility: await this.visibility(actor),
      limit: filter.first,
      after,
      listedAfter: options.listedAfter ?? null,
      stats: options.stats,
    };
    const search = async (query: string | null) => {
      const [row] = await run<RawSearchRow>(
        compileSearch({ ...statement, criteria: { ...filter, query } }),
      );
      const facetSets = await this.repository.facetSets(row!.stats?.map(([id]) => id) ?? []);
      return readSearchRow(row!, facetSets);
    };
    if (!words) return { rows: await search(typed), query: typed, typo: false };
    if (after?.mode === 'relevance' && after.typo) {
      const corrected = await this.corrected(typed, run);
      return { rows: await search(corrected), query: corrected, typo: true };
    }
    const rows = await search(typed);
    if (after || rows.page.length >= filter.first) return { rows, query: typed, typo: false };
    const corrected = await this.corrected(typed, run);
    if (corrected === typed) return { rows, query: typed, typo: false };
    const similar = await search(corrected);
    return similar.page.length > rows.page.length
      ? { rows: similar, query: corrected, typo: true }
      : { rows, query: typed, typo: false };
  }

  /** The search with each typo replaced by the most similar indexed word. */
  private async corrected(query: string, run: SearchRunner): Promise<string> {
    const words = typoWords(query);
    if (!words.latin.length && !words.hangul.length) return query;
    const corrections = await run<{ typed: string; corrected: string | null }>(
      compileCorrections(words),
    );
    const replacement = new Map(
      corrections.filter((c) => c.corrected).map((c) => [c.typed, c.corrected!]),
    );
    if (!replacement.size) return query;
    return searchWords(query)
      .map((word) => replacement.get(dictionaryForm(word)) ?? word)
      .join(' ');
  }

  async search(
    actor: Actor,
    input: SearchFilterInput | SearchFilter | undefined,
    options: SearchOptions,
  ): Promise<SearchOutcome> {
    const filter = parseInput(searchFilterSchema, input ?? {});
    const { rows, query, typo } = await this.execute(actor, filter, options);
    const words = hasWords(query);
    const page = rows.page.slice(0, filter.first);
    const hits = page.map((row): SearchHit => {
      const fields = [
        ...SNIPPET_FIELDS[row.kind].map((field) => ({ field, text: row.fields[field] ?? null })),
        { field: row.kind === 'ORGANIZATION' ? 'name' : 'title', text: row.title },
      ];
      const key = words
        ? [row.score, row.id, typo ? 1 : 0]
        : [new Date(row.listedAt).toISOString(), row.id];
      return {
        kind: row.kind,
        id: row.id,
        score: row.score,
        title: row.title,
        snippet: buildSnippet(fields, words ? query : null),
        listedAt: new Date(row.listedAt),
        status: row.status as SearchStatus | null,
        capabilityKind: row.capabilityKind as CapabilityKind | null,
        technologyAreas: row.technologyAreas,
        trlMin: row.trlLow,
        trlMax: row.trlHigh,
        deadline: row.deadline ? new Date(row.deadline) : null,
        country: row.country.trim(),
        region: row.region,
        organizationId: row.organizationId,
        organizationName: row.organizationName,
        cursor: encodeCursor(key),
      };
    });
    return {
      hits,
      hasNextPage: rows.page.length > filter.first,
      ...(rows.total === undefined ? {} : { totalCount: rows.total }),
      ...(rows.facets === undefined ? {} : { facets: rows.facets }),
      similarSpellings: typo,
      queryTechnologyAreas: words ? [...taxonomyConcepts(query).concept] : [],
    };
  }

  /** Needs and capabilities behind hits, batched per request and through the same visibility. */
  async need(actor: Actor, id: string): Promise<TechnologyNeedEntity | null> {
    return this.loadersOf(actor).need.load(id);
  }

  async capability(actor: Actor, id: string): Promise<CapabilityEntity | null> {
    return this.loadersOf(actor).capability.load(id);
  }

  private loadersOf(actor: Actor) {
    let loaders = this.loaders.get(actor);
    if (!loaders) {
      const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
        new DataLoader<string, T | null>(async (ids) => {
          const rows = await load([...ids]);
          const map = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => map.get(id) ?? null);
        });
      loaders = {
        need: byId(async (ids) =>
          this.repository.needsByIds(ids, await this.policy.listingVisibility(actor, 'n', 'need')),
        ),
        capability: byId(async (ids) =>
          this.repository.capabilitiesByIds(
            ids,
            await this.policy.listingVisibility(actor, 'c', 'capability'),
          ),
        ),
      };
      this.loaders.set(actor, loaders);
    }
    return loaders;
  }

  private sortKeyOf(after: string | null | undefined, words: boolean): SortKey | null {
    if (words) {
      const key = decodeCursor(after, ['number', 'uuid', 'number']);
      return key
        ? { mode: 'relevance', score: key[0] as number, id: key[1] as string, typo: key[2] === 1 }
        : null;
    }
    const key = decodeCursor(after, ['timestamp', 'uuid']);
    return key ? { mode: 'recent', listedAt: key[0] as string, id: key[1] as string } : null;
  }
}
