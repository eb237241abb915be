import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import {
  ATTEMPT_LIMITS,
  DomainError,
  rateLimitedMessage,
  type AttemptKind,
} from '@spillover/domain';

const TABLE = 'login_throttle';
/** Counters whose window ended this long ago are deleted, every as often. */
const SWEEP_MS = 10 * 60 * 1000;

/** One counter an attempt is charged to, and what a success does to it. */
export interface AttemptKey {
  kind: AttemptKind;
  key: string;
  /** On success: `clear` forgets the counter (the caller proved itself), `refund` gives this attempt back. */
  onSuccess: 'clear' | 'refund' | 'keep';
}

/** An attempt that was let through: its counters were charged before the check ran. */
export class Attempt {
  constructor(
    private readonly throttle: AttemptThrottle,
    private readonly charged: { key: AttemptKey; res: RateLimiterRes }[],
  ) {}

  /** Attempts made under the first key before this one (this one not included). */
  get earlier(): number {
    return Math.max(0, (this.charged[0]?.res.consumedPoints ?? 1) - 1);
  }

  async succeeded(): Promise<void> {
    await Promise.all(
      this.charged.map(({ key }) =>
        key.onSuccess === 'clear'
          ? this.throttle.clear(key.kind, key.key)
          : key.onSuccess === 'refund'
            ? this.throttle.refund(key.kind, key.key)
            : undefined,
      ),
    );
  }
}

/**
 * Attempt counters in PostgreSQL (table login_throttle), shared by every replica. An attempt
 * is charged to each of its counters *before* the guarded check runs, with one atomic upsert
 * per counter, so parallel requests cannot all see "not yet spent" and all go through; a
 * success gives the charge back. The numbers live in the domain (ATTEMPT_LIMITS).
 */
@Injectable()
export class AttemptThrottle implements OnModuleInit, OnModuleDestroy {
  private limiters = new Map<AttemptKind, RateLimiterPostgres>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as PostgresDriver).master;
    for (const [kind, limit] of Object.entries(ATTEMPT_LIMITS) as [
      AttemptKind,
      (typeof ATTEMPT_LIMITS)[AttemptKind],
    ][])
      this.limiters.set(
        kind,
        new RateLimiterPostgres({
          storeClient: pool,
          tableName: TABLE,
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: kind,
          points: limit.attempts,
          duration: limit.windowSeconds,
        }),
      );
    // Every counter key (an address, an account at an address) leaves a row behind: sweep
    // the expired ones, or the table grows with every address that ever tried.
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  /** Deletes counters whose window ended a while ago; returns how many. */
  async sweep(): Promise<number> {
    // Housekeeping: a failure (the database restarting) is retried at the next sweep.
    const result: [unknown[], number] | undefined = await this.dataSource
      .query(`DELETE FROM ${TABLE} WHERE expire < $1`, [Date.now() - SWEEP_MS])
      .catch(() => undefined);
    return result?.[1] ?? 0;
  }

  private limiter(kind: AttemptKind): RateLimiterPostgres {
    const limiter = this.limiters.get(kind);
    if (!limiter) throw new Error(`No attempt limiter for ${kind}.`);
    return limiter;
  }

  /**
   * Charges one attempt to every key, in order; when one is spent, gives back what was
   * charged before it and refuses with RATE_LIMITED (so a refused attempt spends nothing
   * else: an attacker stopped at one address cannot use up the account-wide ceiling).
   */
  async begin(keys: AttemptKey[]): Promise<Attempt> {
    const charged: { key: AttemptKey; res: RateLimiterRes }[] = [];
    for (const key of keys) {
      try {
        charged.push({ key, res: await this.limiter(key.kind).consume(key.key) });
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        await Promise.all(charged.map(({ key: done }) => this.refund(done.kind, done.key)));
        const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw new DomainError('RATE_LIMITED', rateLimitedMessage(key.kind, retryAfterSeconds), {
          retryAfterSeconds,
        });
      }
    }
    return new Attempt(this, charged);
  }

  async refund(kind: AttemptKind, key: string): Promise<void> {
    await this.limiter(kind).reward(key, 1);
  }

  async clear(kind: AttemptKind, key: string): Promise<void> {
    await this.limiter(kind).delete(key);
  }

  /** Forgets every counter of a kind whose key starts with `keyStart` (e.g. an account at any address). */
  async clearStartingWith(kind: AttemptKind, keyStart: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${TABLE} WHERE starts_with(key, $1)`, [
      `${kind}:${keyStart}`,
    ]);
  }
}
