import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { CallPhase, Funder, OrganizationFacts } from '@spillover/domain';
import type { EntityManager } from 'typeorm';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import { CallFunderEntity } from './call-funder.entity';
import { CallEntity } from './call.entity';

export interface CallListFilter {
  phase?: CallPhase | null;
  clusterId?: string | null;
  country?: string | null;
}

/** A funder with its cluster's place, as the eligibility rules read it. */
export type FunderRow = CallFunderEntity & { country: string; region: string | null };

/** What eligibility reads of an organization, its ACTIVE clusters included (the domain's type). */
export type { OrganizationFacts };

/** The only place that builds SQL for calls and their funders. */
@Injectable()
export class CallRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  findVisible(id: string, visibility: SqlPredicate): Promise<CallEntity | null> {
    return this.manager
      .getRepository(CallEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(visibility.sql, visibility.params)
      .getOne();
  }

  /** Locks the call: funders are added, removed and counted under this lock, and transitions take it. */
  findForUpdate(id: string): Promise<CallEntity | null> {
    return this.manager
      .getRepository(CallEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  save(values: Partial<CallEntity>): Promise<CallEntity> {
    const repo = this.manager.getRepository(CallEntity);
    return repo.save(repo.create(values));
  }

  /**
   * Calls the caller may see, newest first, by the phase the server's clock gives them:
   * UPCOMING and OPEN are OPEN calls before and inside their window, CLOSED is every call
   * past its deadline (the job may not have closed it yet). A cluster or country filter
   * matches the call's own cluster or any of its funders.
   */
  async list(
    filter: CallListFilter,
    visibility: SqlPredicate,
    now: Date,
    first: number,
    after: unknown[] | null,
  ): Promise<{ rows: CallEntity[]; totalCount: number }> {
    const qb = this.manager
      .getRepository(CallEntity)
      .createQueryBuilder('c')
      .where(visibility.sql, visibility.params);
    switch (filter.phase) {
      case 'DRAFT':
        qb.andWhere(`c.status = 'DRAFT'`);
        break;
      case 'UPCOMING':
        qb.andWhere(`c.status = 'OPEN' AND c.opens_at > :now`, { now });
        break;
      case 'OPEN':
        qb.andWhere(`c.status = 'OPEN' AND c.opens_at <= :now AND c.closes_at > :now`, { now });
        break;
      case 'CLOSED':
        qb.andWhere(
          `(c.status NOT IN ('DRAFT', 'OPEN') OR (c.status = 'OPEN' AND c.closes_at <= :now))`,
          { now },
        );
        break;
      default:
        break;
    }
    if (filter.clusterId)
      qb.andWhere(
        `(c.cluster_id = :fCluster OR EXISTS (SELECT 1 FROM call_funder f WHERE f.call_id = c.id AND f.cluster_id = :fCluster))`,
        { fCluster: filter.clusterId },
      );
    if (filter.country)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM cluster k WHERE k.country = :fCountry AND (k.id = c.cluster_id OR k.id IN (SELECT f.cluster_id FROM call_funder f WHERE f.call_id = c.id)))`,
        { fCountry: filter.country },
      );
    const totalCount = await qb.clone().getCount();
    const at = `date_trunc('milliseconds', c.created_at)`;
    if (after)
      qb.andWhere(`(${at}, c.id) < (:ct::timestamptz, :cid::uuid)`, {
        ct: after[0],
        cid: after[1],
      });
    const rows = await qb
      .orderBy(at, 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { rows, totalCount };
  }

  /** The call's funders in their paying order, with their clusters' country and region. */
  async funders(callId: string): Promise<FunderRow[]> {
    const rows: FunderRow[] = await this.manager.query(
      `SELECT f.call_id AS "callId", f.cluster_id AS "clusterId", f.budget::text AS budget, f.currency, f.funds,
              f.max_per_project::text AS "maxPerProject", f.position, f.created_at AS "createdAt", k.country, k.region
         FROM call_funder f JOIN cluster k ON k.id = f.cluster_id
        WHERE f.call_id = $1 ORDER BY f.position`,
      [callId],
    );
    return rows.map((row) => ({
      ...row,
      budget: Number(row.budget),
      maxPerProject: row.maxPerProject === null ? null : Number(row.maxPerProject),
    }));
  }

  /** Adds a funder after the others; false when the cluster already funds the call. Run under the call's lock. */
  async addFunder(
    values: Pick<
      CallFunderEntity,
      'callId' | 'clusterId' | 'budget' | 'currency' | 'funds' | 'maxPerProject'
    >,
  ): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO call_funder (call_id, cluster_id, budget, currency, funds, max_per_project, position)
       SELECT $1, $2, $3, $4, $5, $6, coalesce(max(position), 0) + 1 FROM call_funder WHERE call_id = $1
       ON CONFLICT ON CONSTRAINT call_funder_pkey DO NOTHING RETURNING call_id`,
      [
        values.callId,
        values.clusterId,
        values.budget,
        values.currency,
        values.funds,
        values.maxPerProject,
      ],
    );
    return rows.length > 0;
  }

  async removeFunder(callId: string, clusterId: string): Promise<boolean> {
    const result = await this.manager.delete(CallFunderEntity, { callId, clusterId });
    return (result.affected ?? 0) > 0;
  }

  /** OPEN calls whose deadline passed, locked and skipped by concurrent runs. Index call_open_closes_at_idx. */
  dueToClose(now: Date, limit: number): Promise<CallEntity[]> {
    return this.manager
      .getRepository(CallEntity)
      .createQueryBuilder('c')
      .where(`c.status = 'OPEN' AND c.closes_at <= :now`, { now })
      .orderBy('c.closes_at', 'ASC')
      .limit(limit)
      .setLock('for_no_key_update')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** A cluster's names and place, or null when it does not exist (clusters are public). */
  async cluster(id: string): Promise<{
    id: string;
    nameEn: string;
    nameKo: string;
    country: string;
    region: string | null;
  } | null> {
    const [row] = (await this.manager.query(
      `SELECT id, name_en AS "nameEn", name_ko AS "nameKo", country, region FROM cluster WHERE id = $1`,
      [id],
    )) as {
      id: string;
      nameEn: string;
      nameKo: string;
      country: string;
      region: string | null;
    }[];
    return row ?? null;
  }

  /**
   * Clusters in an ACTIVE partnership with any of `clusterIds` (the pair is stored in id
   * order, so both sides are read; indexes cluster_partnership_live_pair_key and
   * cluster_partnership_cluster_b_idx), excluding the given clusters themselves.
   */
  async activePartnerClusterIds(clusterIds: readonly string[]): Promise<string[]> {
    if (!clusterIds.length) return [];
    const rows: { id: string }[] = await this.manager.query(
      `SELECT DISTINCT CASE WHEN p.cluster_a_id = ANY($1::uuid[]) THEN p.cluster_b_id ELSE p.cluster_a_id END AS id
         FROM cluster_partnership p
        WHERE p.status = 'ACTIVE' AND (p.cluster_a_id = ANY($1::uuid[]) OR p.cluster_b_id = ANY($1::uuid[]))`,
      [[...new Set(clusterIds)]],
    );
    const given = new Set(clusterIds);
    return rows
      .map((r) => r.id)
      .filter((id) => !given.has(id))
      .sort();
  }

  /** Leads and accepted partners of the call's live applications (drafts and submitted ones). */
  async applicantOrganizationIds(callId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT a.lead_organization_id AS id FROM application a
        WHERE a.call_id = $1 AND a.status IN ('DRAFT', 'SUBMITTED')
       UNION
       SELECT p.organization_id FROM application_partner p JOIN application a ON a.id = p.application_id
        WHERE a.call_id = $1 AND a.status IN ('DRAFT', 'SUBMITTED') AND p.status = 'ACCEPTED'`,
      [callId],
    );
    return rows.map((r) => r.id).sort();
  }

  /**
   * Calls both clusters take part in (running or funding it), newest first: a partnership's
   * joint calls. Index call_funder_cluster_idx finds each cluster's funded calls.
   */
  jointCalls(clusterA: string, clusterB: string, visibility: SqlPredicate): Promise<CallEntity[]> {
    const takesPart = (param: string) =>
      `(c.cluster_id = :${param} OR EXISTS (SELECT 1 FROM call_funder jf WHERE jf.call_id = c.id AND jf.cluster_id = :${param}))`;
    return this.manager
      .getRepository(CallEntity)
      .createQueryBuilder('c')
      .where(`${takesPart('jcA')} AND ${takesPart('jcB')}`, { jcA: clusterA, jcB: clusterB })
      .andWhere(visibility.sql, visibility.params)
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(50)
      .getMany();
  }

  /** Kind, size, place and ACTIVE clusters of each organization (missing ids are absent). */
  async organizationFacts(ids: readonly string[]): Promise<Map<string, OrganizationFacts>> {
    const rows: {
      id: string;
      kind: OrganizationFacts['kind'];
      size: OrganizationFacts['size'];
      country: string;
      region: string | null;
      clusters: string[] | null;
    }[] = await this.manager.query(
      `SELECT o.id, o.kind, o.size, o.country, o.region,
              (SELECT array_agg(m.cluster_id) FROM cluster_membership m WHERE m.organization_id = o.id AND m.status = 'ACTIVE') AS clusters
         FROM organization o WHERE o.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          organizationId: row.id,
          kind: row.kind,
          size: row.size,
          country: row.country,
          region: row.region,
          activeClusterIds: row.clusters ?? [],
        },
      ]),
    );
  }
}

export const toFunder = (row: FunderRow): Funder => ({
  clusterId: row.clusterId,
  funds: row.funds,
  country: row.country,
  region: row.region,
  budget: row.budget,
  currency: row.currency,
  maxPerProject: row.maxPerProject,
});
