import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';
import type { ClusterFilter, ClusterMembershipStatus } from '@spillover/domain';
import { escapeLike } from '../platform/database/like';
import { ClusterManagerEntity } from './cluster-manager.entity';
import { ClusterMembershipEntity } from './cluster-membership.entity';
import { ClusterEntity } from './cluster.entity';

export interface Visibility {
  sql: string;
  params: Record<string, unknown>;
}

/** The only place that builds SQL for clusters, their managers and memberships. */
@Injectable()
export class ClusterRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  findById(id: string): Promise<ClusterEntity | null> {
    return this.manager.findOne(ClusterEntity, { where: { id } });
  }

  async list(
    filter: ClusterFilter,
    first: number,
    after: unknown[] | null,
  ): Promise<{ rows: (ClusterEntity & { sortKey: unknown[] })[]; totalCount: number }> {
    const qb = this.manager.getRepository(ClusterEntity).createQueryBuilder('c');
    if (filter.countries?.length)
      qb.andWhere('c.country IN (:...countries)', { countries: filter.countries });
    if (filter.query?.trim())
      qb.andWhere(
        `immutable_unaccent(lower(c.name_en || ' ' || c.name_ko || ' ' || c.description)) LIKE '%' || immutable_unaccent(lower(:q)) || '%'`,
        { q: escapeLike(filter.query.trim()) },
      );
    const totalCount = await qb.clone().getCount();
    if (after)
      qb.andWhere('(lower(c.name_en), c.id) > (:cn, :cid)', { cn: after[0], cid: after[1] });
    // The cursor keeps PostgreSQL's lower(), not JavaScript's: they disagree on some letters
    // (lower('İ') is 'i', 'İ'.toLowerCase() is 'i̇'), and a cursor the query does not
    // reproduce skips or repeats rows.
    qb.addSelect('lower(c.name_en)', 'sort_name');
    const { entities, raw } = await qb
      .orderBy('sort_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1)
      .getRawAndEntities<{ sort_name: string }>();
    return {
      rows: entities.map((row, index) =>
        Object.assign(row, { sortKey: [raw[index]?.sort_name, row.id] }),
      ),
      totalCount,
    };
  }

  insert(values: Omit<ClusterEntity, 'id' | 'createdAt'>): Promise<ClusterEntity> {
    const repo = this.manager.getRepository(ClusterEntity);
    return repo.save(repo.create(values));
  }

  managerIds(clusterId: string): Promise<string[]> {
    return this.manager
      .find(ClusterManagerEntity, { where: { clusterId }, order: { createdAt: 'ASC' } })
      .then((rows) => rows.map((row) => row.userId));
  }

  managedClusterIds(userId: string): Promise<string[]> {
    return this.manager
      .find(ClusterManagerEntity, { where: { userId } })
      .then((rows) => rows.map((row) => row.clusterId));
  }

  async isManager(clusterId: string, userId: string): Promise<boolean> {
    return this.manager.exists(ClusterManagerEntity, { where: { clusterId, userId } });
  }

  async addManager(clusterId: string, userId: string, appointedById: string): Promise<void> {
    await this.manager.insert(ClusterManagerEntity, { clusterId, userId, appointedById });
  }

  async removeManager(clusterId: string, userId: string): Promise<boolean> {
    const result = await this.manager.delete(ClusterManagerEntity, { clusterId, userId });
    return (result.affected ?? 0) > 0;
  }

  findMembership(id: string, lock = false): Promise<ClusterMembershipEntity | null> {
    const qb = this.manager
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('cm')
      .where('cm.id = :id', { id });
    if (lock) qb.setLock('for_no_key_update');
    return qb.getOne();
  }

  findMembershipOf(
    clusterId: string,
    organizationId: string,
  ): Promise<ClusterMembershipEntity | null> {
    return this.manager
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('cm')
      .where('cm.cluster_id = :clusterId AND cm.organization_id = :organizationId', {
        clusterId,
        organizationId,
      })
      .setLock('for_no_key_update')
      .getOne();
  }

  saveMembership(values: Partial<ClusterMembershipEntity>): Promise<ClusterMembershipEntity> {
    const repo = this.manager.getRepository(ClusterMembershipEntity);
    return repo.save(repo.create(values));
  }

  /** Memberships of a cluster the caller may see (the predicate comes from the policy). */
  membersOf(
    clusterId: string,
    visibility: Visibility,
    status: ClusterMembershipStatus | null,
  ): Promise<ClusterMembershipEntity[]> {
    const qb = this.manager
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('cm')
      .where('cm.cluster_id = :clusterId', { clusterId })
      .andWhere(visibility.sql, visibility.params);
    if (status) qb.andWhere('cm.status = :status', { status });
    return qb.orderBy('cm.applied_at', 'ASC').getMany();
  }

  membershipsOfOrganization(
    organizationId: string,
    visibility: Visibility,
  ): Promise<ClusterMembershipEntity[]> {
    return this.manager
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('cm')
      .where('cm.organization_id = :organizationId', { organizationId })
      .andWhere(visibility.sql, visibility.params)
      .orderBy('cm.applied_at', 'ASC')
      .getMany();
  }

  countActiveMembers(clusterId: string): Promise<number> {
    return this.manager.count(ClusterMembershipEntity, { where: { clusterId, status: 'ACTIVE' } });
  }
}
