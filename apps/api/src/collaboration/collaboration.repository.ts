import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import { CollaborationEntity } from './collaboration.entity';

/** The only place that builds SQL for collaborations. */
@Injectable()
export class CollaborationRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  async insert(values: Partial<CollaborationEntity>): Promise<CollaborationEntity> {
    const repo = this.manager.getRepository(CollaborationEntity);
    return repo.save(repo.create(values));
  }

  save(values: CollaborationEntity): Promise<CollaborationEntity> {
    return this.manager.getRepository(CollaborationEntity).save(values);
  }

  findById(id: string): Promise<CollaborationEntity | null> {
    return this.manager.findOne(CollaborationEntity, { where: { id } });
  }

  /** Lock order: the collaboration row, then the need it came from (completion closes it). */
  findForUpdate(id: string): Promise<CollaborationEntity | null> {
    return this.manager
      .getRepository(CollaborationEntity)
      .createQueryBuilder('k')
      .where('k.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  /**
   * An organization's collaborations (either side of the pair), latest start first. Uses
   * collaboration_pair_idx (a side) and collaboration_b_idx (b side).
   */
  listOfOrganization(
    organizationId: string,
    first: number,
    after: unknown[] | null,
  ): Promise<CollaborationEntity[]> {
    const qb = this.manager
      .getRepository(CollaborationEntity)
      .createQueryBuilder('k')
      .where('(k.organization_a_id = :organizationId OR k.organization_b_id = :organizationId)', {
        organizationId,
      });
    if (after)
      qb.andWhere(`(k.started_on, k.id) < (:startedOn::date, :cid::uuid)`, {
        startedOn: after[0],
        cid: after[1],
      });
    return qb
      .orderBy('k.started_on', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(first + 1)
      .getMany();
  }

  async countOfOrganization(organizationId: string): Promise<number> {
    return this.manager
      .getRepository(CollaborationEntity)
      .createQueryBuilder('k')
      .where('(k.organization_a_id = :organizationId OR k.organization_b_id = :organizationId)', {
        organizationId,
      })
      .getCount();
  }

  /**
   * Of these collaborations, the ones whose source the viewer may see: no source, or a need /
   * capability the listing predicates admit (the same predicates every listing read uses).
   */
  async withVisibleSource(
    ids: readonly string[],
    needs: SqlPredicate,
    capabilities: SqlPredicate,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.manager
      .getRepository(CollaborationEntity)
      .createQueryBuilder('k')
      .select('k.id', 'id')
      .where('k.id = ANY(:ids)', { ids })
      .andWhere(
        `(k.need_id IS NULL OR EXISTS (SELECT 1 FROM technology_need n WHERE n.id = k.need_id AND ${needs.sql}))`,
        needs.params,
      )
      .andWhere(
        `(k.capability_id IS NULL OR EXISTS (SELECT 1 FROM capability c WHERE c.id = k.capability_id AND ${capabilities.sql}))`,
        capabilities.params,
      )
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /** ACTIVE collaborations of these organizations (for the home page). */
  countActiveOf(organizationIds: readonly string[]): Promise<number> {
    return this.manager
      .getRepository(CollaborationEntity)
      .createQueryBuilder('k')
      .where('k.status = :status', { status: 'ACTIVE' })
      .andWhere('(k.organization_a_id = ANY(:ids) OR k.organization_b_id = ANY(:ids))', {
        ids: organizationIds,
      })
      .getCount();
  }
}
