import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { MatchSide } from '@spillover/domain';
import { ClusterMembershipEntity } from '../cluster/cluster-membership.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import type { SqlPredicate } from '../platform/policy/sql-predicate';

export interface HomeMatchRow {
  side: MatchSide;
  needId: string;
  capabilityId: string;
  score: number;
  foundAt: Date;
}

/**
 * The home page's reads across features: small counts and short lists for one user, each
 * through the same visibility predicates as the feature's own lists.
 */
@Injectable()
export class HomeRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const manager = this.txHost.tx;
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
    return manager.query(text, values);
  }

  /**
   * Pairs first stored since `since` on the lists of these organizations: capabilities for
   * their OPEN needs and OPEN needs for their PUBLISHED capabilities, the other listing
   * visible to the viewer and the pair not dismissed by the owner. Walks the organizations'
   * live listings (technology_need_organization_idx, capability's) then listing_match by key.
   */
  private newMatchesSql(needs: SqlPredicate, capabilities: SqlPredicate): string {
    return `SELECT 'NEED_OWNER' AS side, m.need_id AS "needId", m.capability_id AS "capabilityId", m.score, m.found_at AS "foundAt"
        FROM technology_need own JOIN listing_match m ON m.need_id = own.id AND m.for_need
        JOIN capability c ON c.id = m.capability_id AND c.status = 'PUBLISHED' AND c.organization_id <> ALL(:orgs::uuid[]) AND ${capabilities.sql}
       WHERE own.organization_id = ANY(:orgs::uuid[]) AND own.status = 'OPEN' AND m.found_at >= :since
         AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.need_id = m.need_id AND f.capability_id = m.capability_id AND f.side = 'NEED_OWNER' AND f.action = 'DISMISS')
      UNION ALL
      SELECT 'CAPABILITY_OWNER', m.need_id, m.capability_id, m.score, m.found_at
        FROM capability own JOIN listing_match m ON m.capability_id = own.id AND m.for_capability
        JOIN technology_need n ON n.id = m.need_id AND n.status = 'OPEN' AND n.organization_id <> ALL(:orgs::uuid[]) AND ${needs.sql}
       WHERE own.organization_id = ANY(:orgs::uuid[]) AND own.status = 'PUBLISHED' AND m.found_at >= :since
         AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.need_id = m.need_id AND f.capability_id = m.capability_id AND f.side = 'CAPABILITY_OWNER' AND f.action = 'DISMISS')`;
  }

  async newMatches(
    organizationIds: readonly string[],
    since: Date,
    needs: SqlPredicate,
    capabilities: SqlPredicate,
    top: number,
  ): Promise<{ count: number; top: HomeMatchRow[] }> {
    if (!organizationIds.length) return { count: 0, top: [] };
    const params = { orgs: [...organizationIds], since, ...needs.params, ...capabilities.params };
    const sql = this.newMatchesSql(needs, capabilities);
    const [[counted], best] = await Promise.all([
      this.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) x`, params),
      this.query<HomeMatchRow>(
        `SELECT * FROM (${sql}) x ORDER BY score DESC, "needId", "capabilityId" LIMIT :top`,
        { ...params, top },
      ),
    ]);
    return { count: counted?.n ?? 0, top: best };
  }

  /** These organizations' OPEN needs whose deadline falls in the next `days` days, soonest first. */
  ownDeadlines(organizationIds: readonly string[], days: number): Promise<TechnologyNeedEntity[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(TechnologyNeedEntity)
      .createQueryBuilder('n')
      .where('n.organization_id = ANY(:orgs)', { orgs: [...organizationIds] })
      .andWhere(
        `n.status = 'OPEN' AND n.response_deadline > now() AND n.response_deadline <= now() + make_interval(days => :days)`,
        { days },
      )
      .orderBy('n.response_deadline', 'ASC')
      .limit(20)
      .getMany();
  }

  /**
   * Other organizations' OPEN needs, visible to the viewer, that these organizations'
   * PUBLISHED capabilities were matched with and that close in the next `days` days.
   */
  answerableClosingSoon(
    organizationIds: readonly string[],
    days: number,
    needs: SqlPredicate,
    limit: number,
  ): Promise<TechnologyNeedEntity[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return this.txHost.tx
      .getRepository(TechnologyNeedEntity)
      .createQueryBuilder('n')
      .where(
        `n.status = 'OPEN' AND n.response_deadline > now() AND n.response_deadline <= now() + make_interval(days => :days)`,
        { days },
      )
      .andWhere('n.organization_id <> ALL(:orgs)', { orgs: [...organizationIds] })
      .andWhere(
        `EXISTS (SELECT 1 FROM listing_match m JOIN capability own ON own.id = m.capability_id
                  WHERE m.need_id = n.id AND own.organization_id = ANY(:orgs) AND own.status = 'PUBLISHED'
                    AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.need_id = m.need_id AND f.capability_id = m.capability_id AND f.side = 'CAPABILITY_OWNER' AND f.action = 'DISMISS'))`,
      )
      .andWhere(needs.sql, needs.params)
      .orderBy('n.response_deadline', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Applications waiting for a decision in these clusters, oldest first. */
  async pendingApplications(
    clusterIds: readonly string[],
    limit: number,
  ): Promise<{ count: number; rows: ClusterMembershipEntity[] }> {
    if (!clusterIds.length) return { count: 0, rows: [] };
    const qb = this.txHost.tx
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('cm')
      .where(`cm.status = 'PENDING' AND cm.cluster_id = ANY(:clusters)`, {
        clusters: [...clusterIds],
      });
    const [rows, count] = await Promise.all([
      qb.clone().orderBy('cm.applied_at', 'ASC').limit(limit).getMany(),
      qb.getCount(),
    ]);
    return { count, rows };
  }

  async adminOverview(): Promise<{
    emailsQueued: number;
    emailsLastDay: number;
    auditEventsLastDay: number;
  }> {
    const [row] = await this.query<{
      emailsQueued: number;
      emailsLastDay: number;
      auditEventsLastDay: number;
    }>(
      `SELECT (SELECT count(*)::int FROM email_message WHERE status = 'QUEUED') AS "emailsQueued",
              (SELECT count(*)::int FROM email_message WHERE created_at > now() - interval '1 day') AS "emailsLastDay",
              (SELECT count(*)::int FROM audit_event WHERE created_at > now() - interval '1 day') AS "auditEventsLastDay"`,
      {},
    );
    return row ?? { emailsQueued: 0, emailsLastDay: 0, auditEventsLastDay: 0 };
  }
}
