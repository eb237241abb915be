import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../platform/audit/audit-event.entity';

export interface AuditQuery {
  visibility: { sql: string; params: Record<string, unknown> };
  clusterId?: string | null;
  organizationId?: string | null;
  after: unknown[] | null;
  first: number;
}

/** Audit events, newest first, within the policy's visibility predicate. */
@Injectable()
export class AuditEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(query: AuditQuery): Promise<AuditEventEntity[]> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').where(query.visibility.sql, query.visibility.params);
    if (query.clusterId) qb.andWhere('e.cluster_id = :clusterId', { clusterId: query.clusterId });
    if (query.organizationId) qb.andWhere('(e.organization_id = :organizationId OR e.counterpart_organization_id = :organizationId)', { organizationId: query.organizationId });
    // Cursors carry JavaScript's millisecond timestamps, so order by the same precision.
    const at = `date_trunc('milliseconds', e.created_at)`;
    if (query.after) qb.andWhere(`(${at}, e.id) < (:ct::timestamptz, :cid::uuid)`, { ct: query.after[0], cid: query.after[1] });
    return qb.orderBy(at, 'DESC').addOrderBy('e.id', 'DESC').limit(query.first + 1).getMany();
  }
}
