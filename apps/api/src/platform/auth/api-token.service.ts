import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { notFound } from '@spillover/domain';
import { AuditService } from '../audit/audit.service';
import { Transactions } from '../database/transactions';
import type { Actor } from './actor';
import { ApiTokenEntity } from './api-token.entity';
import { hashToken, newToken } from './secrets';

const DAY_MS = 24 * 3600 * 1000;

/** Personal API tokens: created by their user, shown once, stored hashed, revocable. */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  private get tokens() {
    return this.transactions.manager.getRepository(ApiTokenEntity);
  }

  async create(
    actor: Actor,
    userId: string,
    name: string,
    expiresInDays?: number,
  ): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    const token = newToken('spo');
    const apiToken = await this.transactions.run(async () => {
      const repo = this.tokens;
      const created = await repo.save(
        repo.create({
          userId,
          name,
          prefix: token.slice(0, 10),
          tokenHash: hashToken(token),
          expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * DAY_MS) : null,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(actor, {
        action: 'apiToken.created',
        objectType: 'ApiToken',
        objectId: created.id,
        after: { name, prefix: created.prefix, expiresAt: created.expiresAt },
      });
      return created;
    });
    return { token, apiToken };
  }

  list(userId: string): Promise<ApiTokenEntity[]> {
    return this.tokens.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  async revoke(actor: Actor, userId: string, id: string): Promise<ApiTokenEntity> {
    // Another user's token is NOT_FOUND, exactly like a token that does not exist.
    const token = await this.tokens.findOne({ where: { id, userId } });
    if (!token) throw notFound('The API token');
    if (!token.revokedAt) {
      const revokedAt = new Date();
      await this.transactions.run(async () => {
        // Two revocations at once: only the one that revoked it records it.
        const { affected } = await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt });
        if (!affected) return;
        await this.audit.record(actor, {
          action: 'apiToken.revoked',
          objectType: 'ApiToken',
          objectId: id,
          before: { revokedAt: null },
          after: { revokedAt },
        });
      });
      token.revokedAt = revokedAt;
    }
    return token;
  }

  /** After a password change: scripts must get a new token from the new password's session. Returns how many were live. */
  async revokeAllOf(userId: string): Promise<number> {
    const result = await this.tokens.update(
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return result.affected ?? 0;
  }

  async resolve(token: string): Promise<ApiTokenEntity | null> {
    const found = await this.tokens.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull() },
    });
    if (!found || (found.expiresAt && found.expiresAt.getTime() <= Date.now())) return null;
    if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000)
      await this.tokens.update(found.id, { lastUsedAt: new Date() });
    return found;
  }
}
