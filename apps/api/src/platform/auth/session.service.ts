import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { CONFIG, type Config } from '../config/config';
import { Transactions } from '../database/transactions';
import { factsColumns, type FactsRow } from '../policy/actor-facts';
import { SessionEntity } from './session.entity';
import { hashToken, hmac, newToken } from './secrets';

export const SESSION_COOKIE = 'spillover_session';
export const CSRF_COOKIE = 'spillover_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
// Sliding expiry, but written at most every few minutes, not on every request.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface StartedSession {
  token: string;
  csrfToken: string;
  session: SessionEntity;
}

/** A session that a request's cookie names, and what the policy knows of its user. */
export interface ResolvedSession {
  id: string;
  userId: string;
  facts: FactsRow;
}

/** Server-side browser sessions in PostgreSQL: any replica can check or revoke them. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly transactions: Transactions,
  ) {}

  private get sessions() {
    return this.dataSource.getRepository(SessionEntity);
  }

  /** The CSRF token is bound to the session token: a page must read its cookie to send it. */
  csrfTokenFor(sessionToken: string): string {
    return hmac(this.config.secret, `csrf:${sessionToken}`);
  }

  async start(userId: string, userAgent: string | undefined): Promise<StartedSession> {
    const token = newToken('sps');
    const now = new Date();
    const session = await this.sessions.save(
      this.sessions.create({
        userId,
        tokenHash: hashToken(token),
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
        revokedAt: null,
        userAgent: userAgent?.slice(0, 300) ?? null,
      }),
    );
    return { token, csrfToken: this.csrfTokenFor(token), session };
  }

  /** The live session of a token, with its user's policy facts (one statement: every signed-in request needs both). */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const rows: (FactsRow & { id: string; userId: string; lastSeenAt: Date })[] =
      await this.dataSource.query(
        `SELECT s.id, s.user_id AS "userId", s.last_seen_at AS "lastSeenAt", ${factsColumns('u')}
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [hashToken(token)],
      );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      const now = new Date();
      await this.sessions.update(row.id, {
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      });
    }
    const { id, userId, email, roles, org_roles, clusters } = row;
    return { id, userId, facts: { email, roles, org_roles, clusters } };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** After a password change: every other browser must sign in again. Returns how many were live. */
  /** Joins the caller's transaction (a password change revokes sessions with the new hash). */
  async revokeAllOf(userId: string, exceptSessionId: string | null): Promise<number> {
    const result = await this.transactions.manager
      .getRepository(SessionEntity)
      .update(
        { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
        { revokedAt: new Date() },
      );
    return result.affected ?? 0;
  }
}
