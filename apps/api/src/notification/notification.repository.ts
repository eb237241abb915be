import { Injectable } from '@nestjs/common';
import type {
  Language,
  NotificationDelivery,
  NotificationSubject,
  NotificationType,
} from '@spillover/domain';
import { Transactions } from '../platform/database/transactions';
import type { SqlPredicate } from '../platform/policy/sql-predicate';

export interface NotificationRow {
  id: string;
  recipientId: string;
  type: NotificationType;
  delivery: Exclude<NotificationDelivery, 'OFF'>;
  subjectKind: NotificationSubject;
  subjectId: string | null;
  params: Record<string, string | number>;
  path: string;
  readAt: Date | null;
  createdAt: Date;
}

/** One event for many recipients, as the fan-out job stores it. */
export interface FanOutRows {
  type: NotificationType;
  eventKey: string;
  defaultDelivery: NotificationDelivery;
  recipients: {
    userIds?: string[];
    organizationIds?: string[];
    emails?: string[];
    clusterIds?: string[];
  };
  exceptUserId: string | null;
  scorePercent: number | null;
  defaultThreshold: number;
  subjectKind: NotificationSubject;
  subjectId: string | null;
  params: Record<string, string | number>;
  path: string;
}

const COLUMNS = `nt.id, nt.recipient_id AS "recipientId", nt.type, nt.delivery, nt.subject_kind AS "subjectKind",
  nt.subject_id AS "subjectId", nt.params, nt.path, nt.read_at AS "readAt", nt.created_at AS "createdAt"`;

// A conversation's notification: only while the recipient is a member of one of its two
// organizations (the conversation's own read rule; moderators get no notifications).
const CONVERSATION_PARTICIPANT = `SELECT 1 FROM conversation cv JOIN membership cvm
  ON cvm.organization_id IN (cv.organization_a_id, cv.organization_b_id)
  WHERE cv.id = nt.subject_id AND cvm.user_id = nt.recipient_id`;

/** The only place that builds SQL for notifications and their preferences. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly transactions: Transactions) {}

  private query<T>(sql: string, values: unknown[]): Promise<T[]> {
    return this.transactions.manager.query(sql, values) as Promise<T[]>;
  }

  /**
   * Stores the event for every recipient whose delivery for its type is not OFF, in one
   * INSERT … SELECT (preferences joined in SQL, no row per recipient in application
   * memory). A recipient who already has the event (a repeated run) gets nothing new.
   * Returns the rows stored now, with the delivery each recipient chose.
   */
  async fanOut(
    rows: FanOutRows,
  ): Promise<Pick<NotificationRow, 'id' | 'recipientId' | 'delivery'>[]> {
    return this.query(
      `INSERT INTO notification (recipient_id, type, event_key, delivery, subject_kind, subject_id, params, path)
       SELECT u.id, $1, $2, coalesce(p.delivery, $3), $5, $6, $7::jsonb, $8
         FROM user_account u
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.type = $1
         LEFT JOIN notification_setting s ON s.user_id = u.id
        WHERE (u.id = ANY($4::uuid[])
               OR u.email = ANY($9::text[])
               OR u.id IN (SELECT m.user_id FROM membership m WHERE m.organization_id = ANY($10::uuid[]))
               OR u.id IN (SELECT m.user_id FROM membership m JOIN cluster_membership cm ON cm.organization_id = m.organization_id
                            WHERE cm.cluster_id = ANY($14::uuid[]) AND cm.status = 'ACTIVE'))
          AND u.id IS DISTINCT FROM $11::uuid
          AND coalesce(p.delivery, $3) <> 'OFF'
          AND ($12::int IS NULL OR coalesce(s.strong_match_threshold, $13) <= $12::int)
       ON CONFLICT ON CONSTRAINT notification_event_recipient_key DO NOTHING
       RETURNING id, recipient_id AS "recipientId", delivery`,
      [
        rows.type,
        rows.eventKey,
        rows.defaultDelivery,
        rows.recipients.userIds ?? [],
        rows.subjectKind,
        rows.subjectId,
        JSON.stringify(rows.params),
        rows.path,
        (rows.recipients.emails ?? []).map((email) => email.toLowerCase()),
        rows.recipients.organizationIds ?? [],
        rows.exceptUserId,
        rows.scorePercent,
        rows.defaultThreshold,
        rows.recipients.clusterIds ?? [],
      ],
    );
  }

  async language(userId: string): Promise<Language> {
    const [row] = await this.query<{ language: Language }>(
      `SELECT preferred_language AS language FROM user_account WHERE id = $1`,
      [userId],
    );
    return row?.language ?? 'en';
  }

  async hasAccount(email: string): Promise<boolean> {
    const rows = await this.query(`SELECT 1 FROM user_account WHERE email = lower($1)`, [email]);
    return rows.length > 0;
  }

  /**
   * The recipient's notifications that are still about something they may read: the same
   * listing predicates as every other read (a need that became private for them drops out
   * of the list, the count and live delivery alike).
   */
  private visible(need: SqlPredicate, capability: SqlPredicate): SqlPredicate {
    return {
      sql: `(nt.subject_kind = 'NONE'
        OR (nt.subject_kind = 'NEED' AND EXISTS (SELECT 1 FROM technology_need n WHERE n.id = nt.subject_id AND ${need.sql}))
        OR (nt.subject_kind = 'CAPABILITY' AND EXISTS (SELECT 1 FROM capability c WHERE c.id = nt.subject_id AND ${capability.sql}))
        OR (nt.subject_kind = 'CONVERSATION' AND EXISTS (${CONVERSATION_PARTICIPANT})))`,
      params: { ...need.params, ...capability.params },
    };
  }

  private base(recipientId: string, need: SqlPredicate, capability: SqlPredicate) {
    const visible = this.visible(need, capability);
    return this.transactions.manager
      .createQueryBuilder()
      .from('notification', 'nt')
      .where('nt.recipient_id = :recipientId', { recipientId })
      .andWhere(visible.sql, visible.params);
  }

  /** Newest first (index notification_inbox_idx; notification_unread_idx for unreadOnly). */
  async list(
    recipientId: string,
    need: SqlPredicate,
    capability: SqlPredicate,
    options: { unreadOnly: boolean; first: number; after: unknown[] | null },
  ): Promise<NotificationRow[]> {
    const qb = this.base(recipientId, need, capability).select(COLUMNS);
    if (options.unreadOnly) qb.andWhere('nt.read_at IS NULL');
    if (options.after)
      qb.andWhere(
        `(date_trunc('milliseconds', nt.created_at), nt.id) < (:ct::timestamptz, :cid::uuid)`,
        {
          ct: options.after[0],
          cid: options.after[1],
        },
      );
    return qb
      .orderBy('nt.created_at', 'DESC')
      .addOrderBy('nt.id', 'DESC')
      .limit(options.first)
      .getRawMany<NotificationRow>();
  }

  async findVisible(
    id: string,
    recipientId: string,
    need: SqlPredicate,
    capability: SqlPredicate,
  ): Promise<NotificationRow | null> {
    const row = await this.base(recipientId, need, capability)
      .select(COLUMNS)
      .andWhere('nt.id = :id', { id })
      .getRawOne<NotificationRow>();
    return row ?? null;
  }

  /** By its event (constraint notification_event_recipient_key), if still visible. */
  async findVisibleOfEvent(
    eventKey: string,
    recipientId: string,
    need: SqlPredicate,
    capability: SqlPredicate,
  ): Promise<NotificationRow | null> {
    const row = await this.base(recipientId, need, capability)
      .select(COLUMNS)
      .andWhere('nt.event_key = :eventKey', { eventKey })
      .getRawOne<NotificationRow>();
    return row ?? null;
  }

  /** Unread and visible (index notification_unread_idx). */
  async countUnread(
    recipientId: string,
    need: SqlPredicate,
    capability: SqlPredicate,
  ): Promise<number> {
    const row = await this.base(recipientId, need, capability)
      .select('count(*)::int', 'n')
      .andWhere('nt.read_at IS NULL')
      .getRawOne<{ n: number }>();
    return row?.n ?? 0;
  }

  async markRead(id: string): Promise<void> {
    await this.query(`UPDATE notification SET read_at = now() WHERE id = $1 AND read_at IS NULL`, [
      id,
    ]);
  }

  async markAllRead(recipientId: string): Promise<number> {
    const rows = await this.query(
      // A CTE: TypeORM hands back an UPDATE's RETURNING rows wrapped with its row count.
      `WITH marked AS (UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING 1)
       SELECT 1 FROM marked`,
      [recipientId],
    );
    return rows.length;
  }

  async preferences(userId: string): Promise<Map<NotificationType, NotificationDelivery>> {
    const rows = await this.query<{ type: NotificationType; delivery: NotificationDelivery }>(
      `SELECT type, delivery FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((row) => [row.type, row.delivery]));
  }

  async setPreference(
    userId: string,
    type: NotificationType,
    delivery: NotificationDelivery,
  ): Promise<void> {
    await this.query(
      `INSERT INTO notification_preference (user_id, type, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, type) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [userId, type, delivery],
    );
    // Choosing e-mail again undoes an earlier one-click unsubscribe of the type.
    if (delivery === 'EMAIL_NOW' || delivery === 'DAILY_DIGEST')
      await this.query(`DELETE FROM email_opt_out WHERE user_id = $1 AND type = $2`, [
        userId,
        type,
      ]);
  }

  async threshold(userId: string): Promise<number | null> {
    const [row] = await this.query<{ percent: number }>(
      `SELECT strong_match_threshold AS percent FROM notification_setting WHERE user_id = $1`,
      [userId],
    );
    return row?.percent ?? null;
  }

  async setThreshold(userId: string, percent: number): Promise<void> {
    await this.query(
      `INSERT INTO notification_setting (user_id, strong_match_threshold) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET strong_match_threshold = EXCLUDED.strong_match_threshold`,
      [userId, percent],
    );
  }

  /** Recipients with DAILY_DIGEST notifications since `since` (index notification_digest_idx). */
  async digestRecipients(since: Date): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT DISTINCT recipient_id AS id FROM notification WHERE delivery = 'DAILY_DIGEST' AND created_at >= $1`,
      [since],
    );
    return rows.map((row) => row.id);
  }

  /** Records the user's digest of `day`; false when it was already sent (a second run). */
  async claimDigest(userId: string, day: string): Promise<boolean> {
    const rows = await this.query(
      `INSERT INTO notification_digest (user_id, day) VALUES ($1, $2::date) ON CONFLICT DO NOTHING RETURNING 1`,
      [userId, day],
    );
    return rows.length > 0;
  }

  async digestItems(
    recipientId: string,
    since: Date,
    need: SqlPredicate,
    capability: SqlPredicate,
  ): Promise<NotificationRow[]> {
    return this.base(recipientId, need, capability)
      .select(COLUMNS)
      .andWhere(`nt.delivery = 'DAILY_DIGEST'`)
      .andWhere('nt.created_at >= :since', { since })
      .orderBy('nt.created_at', 'ASC')
      .getRawMany<NotificationRow>();
  }
}
