import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SearchKind } from '@spillover/domain';
import { CapabilityEntity } from '../capability/capability.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import type { CompiledSql } from './search-sql';

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

export type FacetName = 'kinds' | 'capabilityKinds' | 'statuses' | 'technologyAreas' | 'countries';

export interface SearchRows {
  page: PageRow[];
  total?: number;
  facets?: Record<FacetName, { value: string; count: number }[]>;
}

/** The statement as the driver sends it: named parameters become $1, $2… */
export interface PositionalSql {
  sql: string;
  values: unknown[];
}

export interface RawSearchRow {
  page: PageRow[];
  /** [facet, value, count]: value is a code, a technology area set, or null (the total, and items without the value). */
  stats?: [string, string | string[] | null, number][];
}

const byCount = (a: { value: string; count: number }, b: { value: string; count: number }) =>
  b.count - a.count || a.value.localeCompare(b.value);

/**
 * What the one search statement returned: rows, the total, and facet counts sorted by
 * count. Technology areas arrive as counts per distinct set of codes and are rolled up
 * here to top-level areas (the taxonomy's two-letter codes), once per item and area.
 */
export function readSearchRow(row: RawSearchRow): SearchRows {
  if (!row.stats) return { page: row.page };
  const facets: Record<FacetName, { value: string; count: number }[]> = {
    kinds: [],
    capabilityKinds: [],
    statuses: [],
    technologyAreas: [],
    countries: [],
  };
  const areas = new Map<string, number>();
  let total = 0;
  for (const [facet, value, count] of row.stats) {
    if (facet === 'total') total = count;
    else if (facet === 'technologyAreas')
      for (const area of new Set(
        ((value as string[] | null) ?? []).map((code) => code.slice(0, 2)),
      ))
        areas.set(area, (areas.get(area) ?? 0) + count);
    else if (typeof value === 'string')
      facets[facet as FacetName].push({ value: value.trim(), count });
  }
  facets.technologyAreas = [...areas].map(([value, count]) => ({ value, count }));
  for (const list of Object.values(facets)) list.sort(byCount);
  return { page: row.page, total, facets };
}

/** The only place that runs search SQL (built by search-sql.ts) and loads what hits point to. */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  positional(compiled: CompiledSql): PositionalSql {
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      compiled.sql,
      compiled.params,
      {},
    );
    return { sql, values };
  }

  /** Runs a statement of search-sql.ts; the benchmark runs the same text on its own connection. */
  async run<T>(compiled: CompiledSql): Promise<T[]> {
    const { sql, values } = this.positional(compiled);
    return this.dataSource.query(sql, values);
  }

  /** Needs of a result page, through the same visibility predicate as the search. */
  needsByIds(ids: readonly string[], visibility: SqlPredicate): Promise<TechnologyNeedEntity[]> {
    return this.dataSource
      .getRepository(TechnologyNeedEntity)
      .createQueryBuilder('n')
      .where('n.id = ANY(:ids::uuid[])', { ids: [...ids] })
      .andWhere(visibility.sql, visibility.params)
      .getMany();
  }

  capabilitiesByIds(ids: readonly string[], visibility: SqlPredicate): Promise<CapabilityEntity[]> {
    return this.dataSource
      .getRepository(CapabilityEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids::uuid[])', { ids: [...ids] })
      .andWhere(visibility.sql, visibility.params)
      .getMany();
  }
}
