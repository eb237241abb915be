import { Injectable } from '@nestjs/common';
import type { AccountLinkPurpose } from '@spillover/domain';
import { Transactions } from '../platform/database/transactions';

export interface AccountLinkRow {
  userId: string;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** The only place that builds SQL for account links (table account_link). */
@Injectable()
export class AccountLinkRepository {
  constructor(private readonly transactions: Transactions) {}

  private query<T>(sql: string, values: unknown[]): Promise<T[]> {
    return this.transactions.manager.query(sql, values) as Promise<T[]>;
  }

  async insert(link: {
    userId: string;
    purpose: AccountLinkPurpose;
    tokenHash: Buffer;
    email: string;
    lifetimeMinutes: number;
  }): Promise<void> {
    await this.query(
      `INSERT INTO account_link (user_id, purpose, token_hash, email, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [link.userId, link.purpose, link.tokenHash, link.email, link.lifetimeMinutes],
    );
  }

  async find(purpose: AccountLinkPurpose, tokenHash: Buffer): Promise<AccountLinkRow | null> {
    const [row] = await this.query<AccountLinkRow>(
      `SELECT user_id AS "userId", email, expires_at AS "expiresAt", used_at AS "usedAt" FROM account_link WHERE token_hash = $1 AND purpose = $2`,
      [tokenHash, purpose],
    );
    return row ?? null;
  }

  /**
   * Uses a link up: one statement that only a live, unused link passes, so of two requests
   * racing with the same link exactly one gets the row (the other waits for the row lock,
   * then finds used_at set). Null when the link is unknown, used or expired.
   */
  async consume(purpose: AccountLinkPurpose, tokenHash: Buffer): Promise<AccountLinkRow | null> {
    const rows = await this.query<AccountLinkRow>(
      `UPDATE account_link SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id AS "userId", email, expires_at AS "expiresAt", used_at AS "usedAt"`,
      [tokenHash, purpose],
    );
    // TypeORM returns [rows, count] for UPDATE … RETURNING.
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as AccountLinkRow[];
    return list[0] ?? null;
  }

  /** Ends every other live link of this purpose (a reset done makes older reset e-mails useless). */
  async useUpAll(userId: string, purpose: AccountLinkPurpose): Promise<void> {
    await this.query(
      `UPDATE account_link SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }
}
