import { Injectable } from '@nestjs/common';
import type { ConversationSubjectKind } from '@spillover/domain';
import { Transactions } from '../platform/database/transactions';

export interface ConversationRow {
  id: string;
  subjectKind: ConversationSubjectKind;
  subjectId: string;
  title: string;
  organizationAId: string;
  organizationAName: string;
  organizationBId: string;
  organizationBName: string;
  lastSeq: number;
  lastMessageAt: Date | null;
  createdAt: Date;
  /** When it was last active (its last message, else its opening): the list's order. */
  activityAt: Date;
  reported: boolean;
}

export interface ReportRow {
  conversationId: string;
  reporterName: string;
  reason: string;
  createdAt: Date;
}

export interface MessageRow {
  id: string;
  conversationId: string;
  seq: number;
  authorUserId: string | null;
  authorName: string | null;
  organizationId: string;
  organizationName: string;
  body: string;
  createdAt: Date;
}

const CONVERSATION = `c.id, c.subject_kind AS "subjectKind", c.subject_id AS "subjectId", c.title,
  c.organization_a_id AS "organizationAId", oa.name AS "organizationAName",
  c.organization_b_id AS "organizationBId", ob.name AS "organizationBName",
  c.last_seq AS "lastSeq", c.last_message_at AS "lastMessageAt", c.created_at AS "createdAt",
  coalesce(c.last_message_at, c.created_at) AS "activityAt",
  EXISTS (SELECT 1 FROM conversation_report cr WHERE cr.conversation_id = c.id) AS reported`;
const CONVERSATION_FROM = `conversation c
  JOIN organization oa ON oa.id = c.organization_a_id
  JOIN organization ob ON ob.id = c.organization_b_id`;

const MESSAGE = `m.id, m.conversation_id AS "conversationId", m.seq, m.author_user_id AS "authorUserId",
  u.display_name AS "authorName", m.author_organization_id AS "organizationId", o.name AS "organizationName",
  m.body, m.created_at AS "createdAt"`;
const MESSAGE_FROM = `conversation_message m
  LEFT JOIN user_account u ON u.id = m.author_user_id
  JOIN organization o ON o.id = m.author_organization_id`;

/**
 * Unread for user $u in conversation alias c: messages by others numbered above the user's
 * read marker (conversation_message_seq_key serves the range).
 */
const unread = (u: string) => `(SELECT count(*)::int FROM conversation_message um
  WHERE um.conversation_id = c.id AND um.author_user_id IS DISTINCT FROM ${u}
    AND um.seq > coalesce((SELECT r.last_read_seq FROM conversation_read r WHERE r.conversation_id = c.id AND r.user_id = ${u}), 0))`;

/** The only place that builds SQL for conversations, their messages, read markers and reports. */
@Injectable()
export class ConversationRepository {
  constructor(private readonly transactions: Transactions) {}

  private query<T>(sql: string, values: unknown[]): Promise<T[]> {
    return this.transactions.manager.query(sql, values) as Promise<T[]>;
  }

  /** The subject's conversation, created now unless it exists (the subject's key decides). */
  async open(
    subject: { kind: ConversationSubjectKind; id: string },
    pair: [string, string],
    title: string,
  ): Promise<{ id: string; organizationAId: string; organizationBId: string }> {
    const [created] = await this.query<{ id: string }>(
      `INSERT INTO conversation (subject_kind, subject_id, organization_a_id, organization_b_id, title)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT conversation_subject_key DO NOTHING RETURNING id`,
      [subject.kind, subject.id, pair[0], pair[1], title],
    );
    if (created) return { id: created.id, organizationAId: pair[0], organizationBId: pair[1] };
    const [existing] = await this.query<{
      id: string;
      organizationAId: string;
      organizationBId: string;
    }>(
      `SELECT id, organization_a_id AS "organizationAId", organization_b_id AS "organizationBId"
         FROM conversation WHERE subject_kind = $1 AND subject_id = $2`,
      [subject.kind, subject.id],
    );
    if (!existing) throw new Error(`conversation of ${subject.kind} ${subject.id} vanished`);
    return existing;
  }

  async find(id: string): Promise<ConversationRow | null> {
    const [row] = await this.query<ConversationRow>(
      `SELECT ${CONVERSATION} FROM ${CONVERSATION_FROM} WHERE c.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async findBySubject(
    kind: ConversationSubjectKind,
    subjectId: string,
  ): Promise<ConversationRow | null> {
    const [row] = await this.query<ConversationRow>(
      `SELECT ${CONVERSATION} FROM ${CONVERSATION_FROM} WHERE c.subject_kind = $1 AND c.subject_id = $2`,
      [kind, subjectId],
    );
    return row ?? null;
  }

  async unreadIn(conversationId: string, userId: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT ${unread('$2::uuid')} AS n FROM conversation c WHERE c.id = $1`,
      [conversationId, userId],
    );
    return row?.n ?? 0;
  }

  async readMarker(conversationId: string, userId: string): Promise<number> {
    const [row] = await this.query<{ seq: number }>(
      `SELECT last_read_seq AS seq FROM conversation_read WHERE conversation_id = $1 AND user_id = $2`,
      [conversationId, userId],
    );
    return row?.seq ?? 0;
  }

  /**
   * The conversations of these organizations, most recently active first, each with the
   * user's unread count (indexes conversation_organization_a_idx / _b_idx).
   */
  async listFor(
    userId: string,
    organizationIds: string[],
    first: number,
    after: unknown[] | null,
  ): Promise<(ConversationRow & { unread: number })[]> {
    return this.query(
      `SELECT ${CONVERSATION}, ${unread('$1::uuid')} AS unread FROM ${CONVERSATION_FROM}
        WHERE (c.organization_a_id = ANY($2::uuid[]) OR c.organization_b_id = ANY($2::uuid[]))
          AND ($3::timestamptz IS NULL
               OR (date_trunc('milliseconds', coalesce(c.last_message_at, c.created_at)), c.id) < ($3::timestamptz, $4::uuid))
        ORDER BY coalesce(c.last_message_at, c.created_at) DESC, c.id DESC LIMIT $5`,
      [userId, organizationIds, after?.[0] ?? null, after?.[1] ?? null, first],
    );
  }

  /** Every unread message of the user across these organizations' conversations (the header). */
  async totalUnread(userId: string, organizationIds: string[]): Promise<number> {
    if (!organizationIds.length) return 0;
    const [row] = await this.query<{ n: number }>(
      `SELECT coalesce(sum(${unread('$1::uuid')}), 0)::int AS n FROM conversation c
        WHERE c.organization_a_id = ANY($2::uuid[]) OR c.organization_b_id = ANY($2::uuid[])`,
      [userId, organizationIds],
    );
    return row?.n ?? 0;
  }

  /** The `last` messages numbered below `beforeSeq` (all when null), oldest first. */
  async messages(
    conversationId: string,
    last: number,
    beforeSeq: number | null,
  ): Promise<MessageRow[]> {
    const rows = await this.query<MessageRow>(
      `SELECT ${MESSAGE} FROM ${MESSAGE_FROM}
        WHERE m.conversation_id = $1 AND ($2::int IS NULL OR m.seq < $2::int)
        ORDER BY m.seq DESC LIMIT $3`,
      [conversationId, beforeSeq, last],
    );
    return rows.reverse();
  }

  async message(id: string): Promise<MessageRow | null> {
    const [row] = await this.query<MessageRow>(
      `SELECT ${MESSAGE} FROM ${MESSAGE_FROM} WHERE m.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Numbers the next message: the UPDATE holds the conversation's row lock until commit, so
   * posts to one conversation commit in number order.
   */
  async nextSeq(conversationId: string): Promise<number> {
    const [row] = await this.query<{ seq: number }>(
      `WITH bumped AS (UPDATE conversation SET last_seq = last_seq + 1, last_message_at = now()
                        WHERE id = $1 RETURNING last_seq)
       SELECT last_seq AS seq FROM bumped`,
      [conversationId],
    );
    if (!row) throw new Error(`conversation ${conversationId} vanished`);
    return row.seq;
  }

  async insertMessage(message: {
    conversationId: string;
    seq: number;
    authorUserId: string;
    organizationId: string;
    body: string;
  }): Promise<string> {
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO conversation_message (conversation_id, seq, author_user_id, author_organization_id, body)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        message.conversationId,
        message.seq,
        message.authorUserId,
        message.organizationId,
        message.body,
      ],
    );
    return row!.id;
  }

  /** Moves the user's marker up to `seq` (never back: an older tab marks nothing unread). */
  async markRead(conversationId: string, userId: string, seq: number): Promise<void> {
    await this.query(
      `INSERT INTO conversation_read (conversation_id, user_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (conversation_id, user_id) DO UPDATE SET last_read_seq = EXCLUDED.last_read_seq, read_at = now()
       WHERE conversation_read.last_read_seq < EXCLUDED.last_read_seq`,
      [conversationId, userId, seq],
    );
  }

  /** How far any member of `organizationId` has read: a notification's coalescing key. */
  async readByOrganization(conversationId: string, organizationId: string): Promise<number> {
    const [row] = await this.query<{ seq: number }>(
      `SELECT coalesce(max(r.last_read_seq), 0)::int AS seq FROM conversation_read r
         JOIN membership m ON m.user_id = r.user_id AND m.organization_id = $2
        WHERE r.conversation_id = $1`,
      [conversationId, organizationId],
    );
    return row?.seq ?? 0;
  }

  /** False when this user already reported it. */
  async report(conversationId: string, userId: string, reason: string): Promise<boolean> {
    const rows = await this.query(
      `INSERT INTO conversation_report (conversation_id, reporter_user_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT conversation_report_reporter_key DO NOTHING RETURNING 1`,
      [conversationId, userId, reason],
    );
    return rows.length > 0;
  }

  async reportedBy(conversationId: string, userId: string): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM conversation_report WHERE conversation_id = $1 AND reporter_user_id = $2`,
      [conversationId, userId],
    );
    return rows.length > 0;
  }

  /** Reported conversations, most recently reported first (for moderators). */
  async listReported(
    first: number,
    after: unknown[] | null,
  ): Promise<(ConversationRow & { reportedAt: Date })[]> {
    return this.query(
      `SELECT ${CONVERSATION}, r.reported_at AS "reportedAt" FROM ${CONVERSATION_FROM}
         JOIN (SELECT conversation_id, max(created_at) AS reported_at FROM conversation_report GROUP BY conversation_id) r
           ON r.conversation_id = c.id
        WHERE ($1::timestamptz IS NULL OR (date_trunc('milliseconds', r.reported_at), c.id) < ($1::timestamptz, $2::uuid))
        ORDER BY r.reported_at DESC, c.id DESC LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, first],
    );
  }

  /** The reports of these conversations, oldest first. */
  async reports(conversationIds: string[]): Promise<ReportRow[]> {
    return this.query(
      `SELECT r.conversation_id AS "conversationId", u.display_name AS "reporterName", r.reason, r.created_at AS "createdAt"
         FROM conversation_report r JOIN user_account u ON u.id = r.reporter_user_id
        WHERE r.conversation_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`,
      [conversationIds],
    );
  }
}
