import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DomainError, LOGIN_THROTTLE, loginDelayMs } from '@spillover/domain';

/**
 * Failed sign-ins counted in PostgreSQL (table `login_throttle`, created by migration), so
 * every replica sees the same count. Numbers and the delay curve live in the domain.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit {
  private byAccount!: RateLimiterPostgres;
  private byAddress!: RateLimiterPostgres;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as PostgresDriver).master;
    const common = {
      storeClient: pool,
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    this.byAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: LOGIN_THROTTLE.account.maxFailures,
      duration: LOGIN_THROTTLE.account.windowSeconds,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'address',
      points: LOGIN_THROTTLE.address.maxFailures,
      duration: LOGIN_THROTTLE.address.windowSeconds,
    });
  }

  /** Refuses while either count is spent; otherwise waits the delay the failures earned. */
  async beforeAttempt(email: string, address: string): Promise<void> {
    const [account, addr] = await Promise.all([
      this.byAccount.get(email),
      this.byAddress.get(address),
    ]);
    refuseIfSpent(account, LOGIN_THROTTLE.account.maxFailures);
    refuseIfSpent(addr, LOGIN_THROTTLE.address.maxFailures);
    const delay = loginDelayMs(Math.max(account?.consumedPoints ?? 0, 0));
    if (delay > 0) await sleep(delay);
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.all([
      this.byAccount.consume(email).catch(() => undefined),
      this.byAddress.consume(address).catch(() => undefined),
    ]);
  }

  async succeeded(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}

function refuseIfSpent(result: RateLimiterRes | null, max: number): void {
  if (result && result.consumedPoints >= max) {
    const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    throw new DomainError(
      'RATE_LIMITED',
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s), or reset your password.`,
      { retryAfterSeconds },
    );
  }
}
