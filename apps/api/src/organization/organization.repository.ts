import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { expandSectors, expandTechnologyAreas, type OrganizationFilter } from '@spillover/domain';
import { escapeLike } from '../platform/database/like';
import { OrganizationEntity } from './organization.entity';

export interface DirectoryPage {
  rows: (OrganizationEntity & { sortKey: unknown[] })[];
  totalCount: number;
}

// Expressions the migration indexes (organization_search_*_idx); keep them byte-identical
// to the index definitions or PostgreSQL will not use the indexes.
const SEARCH_TEXT = `immutable_unaccent(lower(o.name || ' ' || o.description))`;
const NAME_TEXT = `immutable_unaccent(lower(o.name))`;
const SEARCH_VECTOR = `(setweight(to_tsvector('simple', immutable_unaccent(lower(o.name))), 'A') || setweight(to_tsvector('simple', immutable_unaccent(lower(o.description))), 'B'))`;

/** The only place that builds SQL for organizations. */
@Injectable()
export class OrganizationRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The use case's transaction when one is open (see Transactions), the pool's otherwise. */
  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  private get repo() {
    return this.manager.getRepository(OrganizationEntity);
  }

  findById(id: string, lock = false): Promise<OrganizationEntity | null> {
    const qb = this.repo.createQueryBuilder('o').where('o.id = :id', { id });
    if (lock) qb.setLock('for_no_key_update');
    return qb.getOne();
  }

  findByIds(ids: string[]): Promise<OrganizationEntity[]> {
    return ids.length ? this.repo.findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  insert(
    values: Omit<OrganizationEntity, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<OrganizationEntity> {
    return this.repo.save(this.repo.create(values));
  }

  async update(id: string, values: Partial<OrganizationEntity>): Promise<void> {
    await this.repo.update(id, values);
  }

  /**
   * The public directory. With a query, rows match by full text (English words, accents
   * and case folded), by substring (Korean compounds: 협력 finds 산학협력) or by trigram
   * word similarity (typos), ranked by relevance; without one, alphabetically.
   */
  async directory(
    filter: OrganizationFilter,
    first: number,
    after: unknown[] | null,
  ): Promise<DirectoryPage> {
    const query = filter.query?.trim() || null;
    const base = this.repo.createQueryBuilder('o');
    this.applyFilters(base, filter);
    if (query) {
      base
        .setParameter('q', query)
        .setParameter('qLike', escapeLike(query))
        .andWhere(
          `(${SEARCH_VECTOR} @@ websearch_to_tsquery('simple', immutable_unaccent(lower(:q)))
            OR ${SEARCH_TEXT} LIKE '%' || immutable_unaccent(lower(:qLike)) || '%'
            OR immutable_unaccent(lower(:q)) <% ${NAME_TEXT})`,
        );
    }
    const totalCount = await base.clone().getCount();

    const page = base.clone();
    if (query) {
      const score = `(ts_rank(${SEARCH_VECTOR}, websearch_to_tsquery('simple', immutable_unaccent(lower(:q))))
        + word_similarity(immutable_unaccent(lower(:q)), ${NAME_TEXT})
        + CASE WHEN ${NAME_TEXT} LIKE '%' || immutable_unaccent(lower(:qLike)) || '%' THEN 1 ELSE 0 END)::float8`;
      page.addSelect(score, 'score');
      if (after)
        page.andWhere(`(${score} < :cs OR (${score} = :cs AND o.id > :cid))`, {
          cs: after[0],
          cid: after[1],
        });
      page.orderBy('score', 'DESC').addOrderBy('o.id', 'ASC');
    } else {
      page.addSelect('lower(o.name)', 'sort_name');
      if (after)
        page.andWhere('(lower(o.name), o.id) > (:cn, :cid)', { cn: after[0], cid: after[1] });
      page.orderBy('sort_name', 'ASC').addOrderBy('o.id', 'ASC');
    }
    page.limit(first + 1);
    const { entities, raw } = await page.getRawAndEntities<{
      score?: number;
      sort_name?: string;
    }>();
    const rows = entities.map((entity, index) => {
      const r = raw[index] ?? {};
      return Object.assign(entity, {
        sortKey: query ? [Number(r.score), entity.id] : [r.sort_name, entity.id],
      });
    });
    return { rows, totalCount };
  }

  private applyFilters(
    qb: SelectQueryBuilder<OrganizationEntity>,
    filter: OrganizationFilter,
  ): void {
    if (filter.kinds?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.sizes?.length) qb.andWhere('o.size IN (:...sizes)', { sizes: filter.sizes });
    if (filter.countries?.length)
      qb.andWhere('o.country IN (:...countries)', { countries: filter.countries });
    if (filter.regions?.length)
      qb.andWhere('o.region IN (:...regions)', { regions: filter.regions });
    // Array overlap (&&) uses the GIN indexes on sectors and technology_areas.
    if (filter.sectors?.length)
      qb.andWhere('o.sectors && :sectors::text[]', { sectors: expandSectors(filter.sectors) });
    if (filter.technologyAreas?.length)
      qb.andWhere('o.technology_areas && :areas::text[]', {
        areas: expandTechnologyAreas(filter.technologyAreas),
      });
  }
}
