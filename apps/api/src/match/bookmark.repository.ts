import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { MatchSide } from '@spillover/domain';
import type { SqlPredicate } from '../platform/policy/sql-predicate';

export interface BookmarkRow {
  id: string;
  needId: string;
  capabilityId: string;
  side: MatchSide;
  note: string | null;
  userId: string | null;
  bookmarkedAt: Date;
}

/**
 * An organization's bookmarks ("shortlist"): its match_feedback rows with action BOOKMARK
 * (index match_feedback_organization_idx), both listings through the viewer's predicates so
 * a listing that went out of sight drops off the list and the count alike.
 */
@Injectable()
export class BookmarkRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const manager = this.txHost.tx;
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
    return manager.query(text, values);
  }

  private from(needs: SqlPredicate, capabilities: SqlPredicate): string {
    return `FROM match_feedback f
      JOIN technology_need n ON n.id = f.need_id AND ${needs.sql}
      JOIN capability c ON c.id = f.capability_id AND ${capabilities.sql}
     WHERE f.organization_id = :org AND f.action = 'BOOKMARK'`;
  }

  /** Newest bookmark first; `after` is the last row's (time, id). */
  list(
    organizationId: string,
    needs: SqlPredicate,
    capabilities: SqlPredicate,
    first: number,
    after: unknown[] | null,
  ): Promise<BookmarkRow[]> {
    const at = `date_trunc('milliseconds', f.updated_at)`;
    return this.query(
      `SELECT f.id, f.need_id AS "needId", f.capability_id AS "capabilityId", f.side, f.note, f.user_id AS "userId",
              f.updated_at AS "bookmarkedAt"
         ${this.from(needs, capabilities)}
         ${after ? `AND (${at}, f.id) < (:at::timestamptz, :id::uuid)` : ''}
        ORDER BY ${at} DESC, f.id DESC LIMIT :limit`,
      {
        org: organizationId,
        limit: first + 1,
        ...(after ? { at: after[0], id: after[1] } : {}),
        ...needs.params,
        ...capabilities.params,
      },
    );
  }

  async count(
    organizationId: string,
    needs: SqlPredicate,
    capabilities: SqlPredicate,
  ): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n ${this.from(needs, capabilities)}`,
      { org: organizationId, ...needs.params, ...capabilities.params },
    );
    return row?.n ?? 0;
  }
}
