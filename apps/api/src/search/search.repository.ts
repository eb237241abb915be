import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CapabilityEntity } from '../capability/capability.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import type { CompiledSql } from './search-sql';
import type { FacetSet } from './search-rows';

/** The statement as the driver sends it: named parameters become $1, $2… */
export interface PositionalSql {
  sql: string;
  values: unknown[];
}

/** Facet sets kept in memory: at most this many (a few thousand exist at 250,000 listings). */
const FACET_SET_CACHE = 50_000;

/** The only place that runs search SQL (built by search-sql.ts) and loads what hits point to. */
@Injectable()
export class SearchRepository {
  // Rows of search_facet_set never change once written, so any replica may keep them.
  private readonly facetSetCache = new Map<number, FacetSet>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The facet sets with these ids, read once per process and then from memory. */
  async facetSets(ids: readonly number[]): Promise<ReadonlyMap<number, FacetSet>> {
    const found = new Map<number, FacetSet>();
    const missing: number[] = [];
    for (const id of ids) {
      const set = this.facetSetCache.get(id);
      if (set) found.set(id, set);
      else missing.push(id);
    }
    if (!missing.length) return found;
    const rows: (FacetSet & { id: number })[] = await this.dataSource.query(
      `SELECT id, kind, capability_kind AS "capabilityKind", status, country, technology_areas AS "technologyAreas"
         FROM search_facet_set WHERE id = ANY($1::int[])`,
      [missing],
    );
    if (this.facetSetCache.size + rows.length > FACET_SET_CACHE) this.facetSetCache.clear();
    for (const { id, ...set } of rows) {
      this.facetSetCache.set(id, set);
      found.set(id, set);
    }
    return found;
  }

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
