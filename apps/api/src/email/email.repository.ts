import { Injectable } from '@nestjs/common';
import {
  isNotificationType,
  type EmailStatus,
  type EmailType,
  type Language,
} from '@spillover/domain';
import { Transactions } from '../platform/database/transactions';

export interface EmailMessageRow {
  id: string;
  type: EmailType;
  recipientId: string | null;
  toAddress: string;
  language: Language;
  subject: string;
  textBody: string;
  htmlBody: string;
  headers: Record<string, string>;
  status: EmailStatus;
  createdAt: Date;
  sentAt: Date | null;
}

const COLUMNS = `id, type, recipient_id AS "recipientId", to_address AS "toAddress", language, subject,
  text_body AS "textBody", html_body AS "htmlBody", headers, status, created_at AS "createdAt", sent_at AS "sentAt"`;

/** The only place that builds SQL for e-mail messages and opt-outs. */
@Injectable()
export class EmailRepository {
  constructor(private readonly transactions: Transactions) {}

  private query<T>(sql: string, values: unknown[]): Promise<T[]> {
    return this.transactions.manager.query(sql, values) as Promise<T[]>;
  }

  async insert(
    message: Omit<EmailMessageRow, 'id' | 'status' | 'createdAt' | 'sentAt'>,
  ): Promise<string> {
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO email_message (type, recipient_id, to_address, language, subject, text_body, html_body, headers)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING id`,
      [
        message.type,
        message.recipientId,
        message.toAddress,
        message.language,
        message.subject,
        message.textBody,
        message.htmlBody,
        JSON.stringify(message.headers),
      ],
    );
    return row!.id;
  }

  /** Many messages in one INSERT; returns their ids. */
  async insertMany(
    messages: readonly Omit<EmailMessageRow, 'id' | 'status' | 'createdAt' | 'sentAt'>[],
  ): Promise<string[]> {
    if (!messages.length) return [];
    const rows = await this.query<{ id: string }>(
      `INSERT INTO email_message (type, recipient_id, to_address, language, subject, text_body, html_body, headers)
       SELECT m.type, m.recipient_id, m.to_address, m.language, m.subject, m.text_body, m.html_body, m.headers
         FROM jsonb_to_recordset($1::jsonb) AS m(type text, recipient_id uuid, to_address text, language text,
              subject text, text_body text, html_body text, headers jsonb)
       RETURNING id`,
      [
        JSON.stringify(
          messages.map((m) => ({
            type: m.type,
            recipient_id: m.recipientId,
            to_address: m.toAddress,
            language: m.language,
            subject: m.subject,
            text_body: m.textBody,
            html_body: m.htmlBody,
            headers: m.headers,
          })),
        ),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** The users among `userIds` who did not unsubscribe from `type`, with what an e-mail needs. */
  recipientsFor(
    userIds: readonly string[],
    type: EmailType,
  ): Promise<{ id: string; email: string; displayName: string; preferredLanguage: Language }[]> {
    return this.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.preferred_language AS "preferredLanguage"
         FROM user_account u
        WHERE u.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM email_opt_out o WHERE o.user_id = u.id AND o.type = $2)`,
      [userIds, type],
    );
  }

  /** Locks a message for its delivery: a second delivery of the same message waits here. */
  async lockForDelivery(id: string): Promise<EmailMessageRow | null> {
    const [row] = await this.query<EmailMessageRow>(
      `SELECT ${COLUMNS} FROM email_message WHERE id = $1 FOR NO KEY UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async markDelivered(id: string, status: 'SENT' | 'KEPT'): Promise<void> {
    await this.query(
      `UPDATE email_message SET status = $2, sent_at = CASE WHEN $2 = 'SENT' THEN now() END WHERE id = $1`,
      [id, status],
    );
  }

  /** Newest first (index email_message_created_idx). */
  async list(first: number): Promise<EmailMessageRow[]> {
    return this.query<EmailMessageRow>(
      `SELECT ${COLUMNS} FROM email_message ORDER BY created_at DESC, id DESC LIMIT $1`,
      [first],
    );
  }

  async optedOut(userId: string, type: EmailType): Promise<boolean> {
    const rows = await this.query(`SELECT 1 FROM email_opt_out WHERE user_id = $1 AND type = $2`, [
      userId,
      type,
    ]);
    return rows.length > 0;
  }

  async optOut(userId: string, type: EmailType): Promise<void> {
    await this.query(
      `INSERT INTO email_opt_out (user_id, type) SELECT id, $2 FROM user_account WHERE id = $1 ON CONFLICT DO NOTHING`,
      [userId, type],
    );
    // The unsubscribe link is the "no e-mail" choice of the preferences page: a notification
    // type stays in the inbox (IN_APP), so the page shows what the link did.
    if (isNotificationType(type))
      await this.query(
        `INSERT INTO notification_preference (user_id, type, delivery) SELECT id, $2, 'IN_APP' FROM user_account WHERE id = $1
         ON CONFLICT (user_id, type) DO UPDATE SET delivery = 'IN_APP', updated_at = now()
          WHERE notification_preference.delivery IN ('EMAIL_NOW', 'DAILY_DIGEST')`,
        [userId, type],
      );
  }

  async recipient(
    userId: string,
  ): Promise<{ email: string; displayName: string; preferredLanguage: Language } | null> {
    const [row] = await this.query<{
      email: string;
      displayName: string;
      preferredLanguage: Language;
    }>(
      `SELECT email, display_name AS "displayName", preferred_language AS "preferredLanguage" FROM user_account WHERE id = $1`,
      [userId],
    );
    return row ?? null;
  }
}
