import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { CONFIG, type Config } from '../config/config';
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

/** Server-side browser sessions in PostgreSQL: any replica can check or revoke them. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
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

  async resolve(token: string): Promise<SessionEntity | null> {
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    if (session && Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      const now = new Date();
      await this.sessions.update(session.id, {
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      });
    }
    return session;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** After a password change: every other browser must sign in again. */
  async revokeAllOf(userId: string, exceptSessionId?: string): Promise<void> {
    await this.sessions.update(
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: new Date() },
    );
  }
}
