import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditFilter } from '@spillover/domain';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../platform/audit/audit-event.entity';

export interface AuditQuery {
  visibility: { sql: string; params: Record<string, unknown> };
  filter: AuditFilter;
  after: unknown[] | null;
  first: number;
}

/** An event with the names of what it is about, as they are now (or were when deleted). */
export interface AuditEventRow {
  event: AuditEventEntity;
  objectName: string | null;
  /** Differs from objectName only for clusters, which have a Korean name. */
  objectNameKo: string | null;
  actorName: string | null;
}

// The name of the event's object, read where the object lives. Needs and capabilities are
// named only for events of their own organization: a reader sees events of what they run,
// and a listing of another organization may since have become private to them. A deleted
// object keeps the name its last snapshot recorded.
const OBJECT_NAME = `COALESCE(CASE e.object_type
    WHEN 'TechnologyNeed' THEN (SELECT n.title FROM technology_need n WHERE n.id = e.object_id AND n.organization_id = e.organization_id)
    WHEN 'Capability' THEN (SELECT c.title FROM capability c WHERE c.id = e.object_id AND c.organization_id = e.organization_id)
    WHEN 'Organization' THEN (SELECT o.name FROM organization o WHERE o.id = e.object_id)
    WHEN 'Cluster' THEN (SELECT cl.name_en FROM cluster cl WHERE cl.id = e.object_id)
    WHEN 'User' THEN (SELECT u.display_name FROM user_account u WHERE u.id = e.object_id)
    WHEN 'Membership' THEN (SELECT u.display_name FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.id = e.object_id)
    WHEN 'Invitation' THEN (SELECT i.email FROM invitation i WHERE i.id = e.object_id)
    WHEN 'ClusterMembership' THEN (SELECT o.name FROM cluster_membership cm JOIN organization o ON o.id = cm.organization_id WHERE cm.id = e.object_id)
    WHEN 'ApiToken' THEN (SELECT t.name FROM api_token t WHERE t.id = e.object_id)
    WHEN 'ClusterPartnership' THEN (SELECT ca.name_en || ' · ' || cb.name_en FROM cluster_partnership cp JOIN cluster ca ON ca.id = cp.cluster_a_id JOIN cluster cb ON cb.id = cp.cluster_b_id WHERE cp.id = e.object_id)
  END, CASE WHEN e.object_type IN ('TechnologyNeed', 'Capability') THEN e.before->>'title' END)`;
const OBJECT_NAME_KO = `CASE WHEN e.object_type = 'Cluster' THEN (SELECT cl.name_ko FROM cluster cl WHERE cl.id = e.object_id)
  WHEN e.object_type = 'ClusterPartnership' THEN (SELECT ca.name_ko || ' · ' || cb.name_ko FROM cluster_partnership cp JOIN cluster ca ON ca.id = cp.cluster_a_id JOIN cluster cb ON cb.id = cp.cluster_b_id WHERE cp.id = e.object_id) END`;

/** Audit events, newest first, within the policy's visibility predicate. */
@Injectable()
export class AuditEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page. Filters only narrow the policy's predicate, never replace it. The indexes on
   * (cluster_id, created_at), (organization_id, created_at) and (created_at) serve the
   * scope and period; actor, action and object narrow the rows those return.
   */
  async list(query: AuditQuery): Promise<AuditEventRow[]> {
    const { filter } = query;
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .addSelect(OBJECT_NAME, 'object_name')
      .addSelect(OBJECT_NAME_KO, 'object_name_ko')
      .addSelect(
        '(SELECT u.display_name FROM user_account u WHERE u.id = e.actor_id)',
        'actor_name',
      )
      .where(query.visibility.sql, query.visibility.params);
    if (filter.clusterId) qb.andWhere('e.cluster_id = :clusterId', { clusterId: filter.clusterId });
    if (filter.organizationId)
      qb.andWhere(
        '(e.organization_id = :organizationId OR e.counterpart_organization_id = :organizationId)',
        { organizationId: filter.organizationId },
      );
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.actions?.length)
      qb.andWhere('e.action IN (:...actions)', { actions: filter.actions });
    if (filter.objectType)
      qb.andWhere('e.object_type = :objectType', { objectType: filter.objectType });
    if (filter.objectId) qb.andWhere('e.object_id = :objectId', { objectId: filter.objectId });
    if (filter.since) qb.andWhere('e.created_at >= :since', { since: filter.since });
    if (filter.until) qb.andWhere('e.created_at < :until', { until: filter.until });
    // Cursors carry JavaScript's millisecond timestamps, so order by the same precision.
    const at = `date_trunc('milliseconds', e.created_at)`;
    if (query.after)
      qb.andWhere(`(${at}, e.id) < (:ct::timestamptz, :cid::uuid)`, {
        ct: query.after[0],
        cid: query.after[1],
      });
    const { entities, raw } = await qb
      .orderBy(at, 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(query.first + 1)
      .getRawAndEntities<{
        e_id: string;
        object_name: string | null;
        object_name_ko: string | null;
        actor_name: string | null;
      }>();
    const names = new Map(raw.map((row) => [row.e_id, row]));
    return entities.map((event) => {
      const row = names.get(event.id);
      return {
        event,
        objectName: row?.object_name ?? null,
        objectNameKo: row?.object_name_ko ?? row?.object_name ?? null,
        actorName: row?.actor_name ?? null,
      };
    });
  }

  /**
   * Every matching event, newest first, a page at a time: an export of a large log never
   * holds it in memory, and each page is one short keyset query.
   */
  async *stream(
    query: Omit<AuditQuery, 'after' | 'first'>,
    pageSize = 500,
  ): AsyncGenerator<AuditEventRow> {
    let after: unknown[] | null = null;
    for (;;) {
      const rows = await this.list({ ...query, after, first: pageSize });
      yield* rows.slice(0, pageSize);
      const last = rows[pageSize - 1];
      if (rows.length <= pageSize || !last) return;
      after = [last.event.createdAt.toISOString(), last.event.id];
    }
  }
}
