import { Injectable, Logger } from '@nestjs/common';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { conflict, errorKey } from '@spillover/domain';
import type { EntityManager } from 'typeorm';
import { lostRace } from './lost-races';

// The ambient transaction (nestjs-cls): repositories inject
// TransactionHost<TransactionalAdapterTypeOrm> and read `txHost.tx`, the EntityManager of the
// transaction the current use case runs in, or the pool's when none is open. Nobody passes
// an EntityManager by hand.

/** SQLSTATEs that mean "run the whole transaction again": nothing the caller did is wrong. */
const RETRYABLE = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure
/** A unique violation at commit time is another request that won the same race. */
const UNIQUE_VIOLATION = '23505';
/** Attempts in all, first included; a deadlock rarely repeats once the other side committed. */
export const MAX_ATTEMPTS = 5;

/** The SQLSTATE of a failed statement (TypeORM's QueryFailedError or pg's own error), if any. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const state = typeof driverError?.code === 'string' ? driverError.code : code;
  return typeof state === 'string' && /^[0-9A-Z]{5}$/.test(state) ? state : undefined;
}

export const isRetryable = (error: unknown): boolean => RETRYABLE.has(sqlState(error) ?? '');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a use case's writes, and its audit event, in one transaction, the one place where
 * transactions start (lint forbids `dataSource.transaction` elsewhere).
 *
 * - The outermost `run` opens a READ COMMITTED transaction; a `run` inside it joins it.
 * - When PostgreSQL aborts the outermost transaction as a deadlock victim (40P01) or a
 *   serialization failure (40001), the whole transaction runs again, from its first
 *   statement with fresh reads, up to MAX_ATTEMPTS times with a short random back-off.
 *   A joined `run` never retries on its own: its statements belong to the outer attempt.
 *   So `work` must not have effects outside the database (it may run more than once).
 * - The loser of a genuine race (retries exhausted, or a unique violation: someone else
 *   inserted the same row first) gets CONFLICT, never INTERNAL_SERVER_ERROR.
 *
 * Lock order. Transactions take row locks in this order, so two of them never wait for
 * each other in a cycle:
 *   1. the user's own row, when a per-user cap is counted (saved searches);
 *   2. the row the use case changes, FOR NO KEY UPDATE: a listing (technology_need,
 *      capability), an organization, a cluster membership, an invitation; several rows of
 *      one table in id order (an organization's memberships, for the last-admin rule).
 *      Never FOR UPDATE: no use case changes a key, and FOR UPDATE would also block the
 *      foreign-key checks (FOR KEY SHARE) of rows that merely reference the row, such as
 *      the match-refresh job's listing_match pairs;
 *   3. its child rows (invited organizations, NDA acceptances, memberships), and what the
 *      triggers write after each statement: the owners' organization rows FOR SHARE in id
 *      order, search_document and its words and areas, match_refresh_request;
 *   4. the audit event.
 * An organization's update (2) rewrites its listings' search documents (3) but never locks
 * the listings themselves, so an editor holding a listing may wait for it. The
 * match-refresh job claims match_refresh_request rows, then writes listing_match rows,
 * which take only FOR KEY SHARE on listings: it never waits for a listing's editor, so the
 * editor may wait for the job's claim. What the order cannot rule out (two listings adding
 * the same new search words in different orders) is a deadlock the retry above absorbs.
 */
@Injectable()
export class Transactions {
  private readonly logger = new Logger('Transactions');

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.txHost.isTransactionActive())
      return this.txHost.withTransaction(Propagation.Required, work);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.txHost.withTransaction(
          Propagation.RequiresNew,
          { isolationLevel: 'READ COMMITTED' },
          work,
        );
      } catch (error) {
        if (isRetryable(error) && attempt < MAX_ATTEMPTS) {
          this.logger.warn(
            `transaction attempt ${attempt} failed with ${sqlState(error)}; running it again`,
          );
          await sleep(Math.random() * 20 * attempt);
          continue;
        }
        if (isRetryable(error))
          throw conflict(
            'Someone else changed this at the same moment; please try again.',
            errorKey('common.changedMeanwhile'),
          );
        if (sqlState(error) === UNIQUE_VIOLATION)
          throw lostRace((error as { constraint?: string }).constraint);
        throw error;
      }
    }
  }

  /**
   * Runs `work` in a savepoint of the current transaction: its failure undoes only its own
   * writes (the match-refresh job passes over one listing that fails). Never retried here.
   */
  savepoint<T>(work: () => Promise<T>): Promise<T> {
    return this.txHost.withTransaction(Propagation.Nested, work);
  }

  /** Whether a transaction is open here (events must be enqueued inside one). */
  inTransaction(): boolean {
    return this.txHost.isTransactionActive();
  }

  /** The ambient EntityManager (the transaction's, or the pool's when none is open). */
  get manager(): EntityManager {
    return this.txHost.tx;
  }
}
