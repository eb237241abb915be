import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';
import type { ClusterPartnershipStatus } from '@spillover/domain';
import { CollaborationEntity } from '../collaboration/collaboration.entity';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import { ClusterMembershipEntity } from './cluster-membership.entity';
import { ClusterPartnershipEntity } from './cluster-partnership.entity';

/** The only place that builds SQL for cluster partnerships. */
@Injectable()
export class ClusterPartnershipRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  find(id: string, lock = false): Promise<ClusterPartnershipEntity | null> {
    const qb = this.manager
      .getRepository(ClusterPartnershipEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id });
    if (lock) qb.setLock('for_no_key_update');
    return qb.getOne();
  }

  /** The PROPOSED or ACTIVE partnership of a pair, if any (the unique index allows one). */
  findLive(clusterAId: string, clusterBId: string): Promise<ClusterPartnershipEntity | null> {
    return this.manager
      .getRepository(ClusterPartnershipEntity)
      .createQueryBuilder('p')
      .where('p.cluster_a_id = :clusterAId AND p.cluster_b_id = :clusterBId', {
        clusterAId,
        clusterBId,
      })
      .andWhere(`p.status IN ('PROPOSED', 'ACTIVE')`)
      .getOne();
  }

  /** Inserts; a second live partnership of the pair loses on cluster_partnership_live_pair_key. */
  insert(
    values: Omit<ClusterPartnershipEntity, 'id' | 'createdAt'>,
  ): Promise<ClusterPartnershipEntity> {
    const repo = this.manager.getRepository(ClusterPartnershipEntity);
    return repo.save(repo.create(values));
  }

  save(values: ClusterPartnershipEntity): Promise<ClusterPartnershipEntity> {
    return this.manager.getRepository(ClusterPartnershipEntity).save(values);
  }

  /** A cluster's partnerships the caller may see (the predicate comes from the policy), newest first. */
  ofCluster(
    clusterId: string,
    visibility: SqlPredicate,
    statuses: readonly ClusterPartnershipStatus[] | null,
  ): Promise<ClusterPartnershipEntity[]> {
    const qb = this.manager
      .getRepository(ClusterPartnershipEntity)
      .createQueryBuilder('p')
      .where('(p.cluster_a_id = :clusterId OR p.cluster_b_id = :clusterId)', { clusterId })
      .andWhere(visibility.sql, visibility.params);
    if (statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses });
    return qb.orderBy('p.proposed_at', 'DESC').addOrderBy('p.id', 'ASC').getMany();
  }

  /** ACTIVE members of the clusters, oldest membership first. */
  activeMembers(clusterIds: readonly string[]): Promise<ClusterMembershipEntity[]> {
    return this.manager
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('cm')
      .where('cm.cluster_id IN (:...clusterIds)', { clusterIds })
      .andWhere(`cm.status = 'ACTIVE'`)
      .orderBy('cm.cluster_id', 'ASC')
      .addOrderBy('cm.decided_at', 'ASC')
      .addOrderBy('cm.id', 'ASC')
      .getMany();
  }

  /**
   * Collaborations between an ACTIVE member of one cluster and an ACTIVE member of the
   * other, newest first, within the policy's predicate over the collaboration alias `co`.
   */
  crossClusterCollaborations(
    clusterAId: string,
    clusterBId: string,
    visibility: SqlPredicate,
    limit: number,
  ): Promise<CollaborationEntity[]> {
    const membersOf = (param: string) =>
      `SELECT m.organization_id FROM cluster_membership m WHERE m.status = 'ACTIVE' AND m.cluster_id = :${param}`;
    return this.manager
      .getRepository(CollaborationEntity)
      .createQueryBuilder('co')
      .where(
        `((co.organization_a_id IN (${membersOf('ca')}) AND co.organization_b_id IN (${membersOf('cb')}))
            OR (co.organization_a_id IN (${membersOf('cb')}) AND co.organization_b_id IN (${membersOf('ca')})))`,
        { ca: clusterAId, cb: clusterBId },
      )
      .andWhere(visibility.sql, visibility.params)
      .orderBy('co.started_on', 'DESC')
      .addOrderBy('co.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Asks for a match refresh of every live listing of the clusters' ACTIVE members (and of
   * the organizations running them), the same request the search_document trigger writes
   * (match_refresh_request_collect): stored matches then follow the partnership's start or
   * end, and proximity reads "partner cluster" or no longer does.
   */
  async requestMatchRefresh(clusterIds: readonly string[]): Promise<void> {
    await this.manager.query(
      `WITH requested AS (
         INSERT INTO match_refresh_request (listing_id, kind)
         SELECT d.id, d.kind FROM search_document d
          WHERE d.kind IN ('NEED', 'CAPABILITY') AND d.status IN ('OPEN', 'PUBLISHED')
            AND d.organization_id IN (SELECT m.organization_id FROM cluster_membership m WHERE m.status = 'ACTIVE' AND m.cluster_id = ANY($1::uuid[])
                                      UNION SELECT c.organization_id FROM cluster c WHERE c.id = ANY($1::uuid[]))
         ON CONFLICT (listing_id) DO UPDATE SET requested_at = clock_timestamp()
         RETURNING 1)
       SELECT pg_notify('match_refresh', '') FROM (SELECT 1 FROM requested LIMIT 1) any_requested`,
      [[...clusterIds]],
    );
  }
}
