import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SessionLocks } from '../platform/database/session-lock';
import type { MatchRefreshKind } from './match-refresh-request.entity';
import type { StoredPair } from './match.repository';

/** Held (for the session) by the worker sweeping; refresh batches take it shared, per transaction. */
const SWEEP_LOCK = '7316402118250002';
/**
 * Held by a sweep batch while it writes; listing_match's delete triggers take it shared
 * (migration 1799200000100, which names the same number).
 */
const SWEEP_WRITE_LOCK = '7316402118250001';

const PENDING = '(covered_request_at IS NULL OR requested_at > covered_request_at)';

/** A pair as a sweep stores it: its score, and whose lists hold it. */
export interface SweptPair extends StoredPair {
  forNeed: boolean;
  forCapability: boolean;
}

/** The SQL of a full matching's sweep (MatchSweep): its locks, its requests, its writes. */
@Injectable()
export class MatchSweepRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly locks: SessionLocks,
  ) {}

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const manager = this.txHost.tx;
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
    return manager.query(text, values);
  }

  /**
   * Runs `work` holding the sweep lock, or returns null at once when another worker sweeps
   * or refreshes (a sweep waits for no batch, and no batch for it).
   */
  exclusively<T>(work: () => Promise<T>): Promise<T | null> {
    return this.locks.tryWhileHeld(SWEEP_LOCK, work);
  }

  /** In a refresh batch's transaction: false while a worker sweeps; else no sweep starts until it ends. */
  async noSweepRunning(): Promise<boolean> {
    const [row] = await this.query<{ held: boolean }>(
      `SELECT pg_try_advisory_xact_lock_shared(:key::bigint) AS held`,
      { key: SWEEP_LOCK },
    );
    return row?.held ?? false;
  }

  /** How many listings wait for a refresh, against how many are live. */
  async backlog(): Promise<{ pending: number; live: number }> {
    const [row] = await this.query<{ pending: number; live: number }>(
      `SELECT (SELECT count(*)::int FROM match_refresh_request WHERE ${PENDING}) AS pending,
              (SELECT count(*)::int FROM search_document d
                WHERE (d.kind = 'NEED' AND d.status = 'OPEN') OR (d.kind = 'CAPABILITY' AND d.status = 'PUBLISHED')) AS live`,
      {},
    );
    return row ?? { pending: 0, live: 0 };
  }

  /** Every pending request, with the change it names (requested_at as text: microseconds kept). */
  pendingRequests(): Promise<{ listingId: string; kind: MatchRefreshKind; requestedAt: string }[]> {
    return this.query(
      `SELECT listing_id AS "listingId", kind, requested_at::text AS "requestedAt"
         FROM match_refresh_request WHERE ${PENDING}`,
      {},
    );
  }

  /**
   * Replaces every stored pair of these needs with `pairs` (each of them a pair of one of
   * the needs), in one statement, holding the write lock: pairs of a listing deleted
   * meanwhile are not written (see SWEEP_WRITE_LOCK). A pair stored before keeps when it
   * was found, and when its score last changed if it did not; returns the pairs stored anew.
   */
  async replaceNeedsPairs(
    needIds: readonly string[],
    pairs: readonly SweptPair[],
  ): Promise<StoredPair[]> {
    await this.query(`SELECT pg_advisory_xact_lock(:key::bigint)`, { key: SWEEP_WRITE_LOCK });
    return this.query<StoredPair>(
      `WITH p AS (
         SELECT * FROM unnest(:needs::uuid[], :capabilities::uuid[], :scores::real[], :forNeed::boolean[], :forCapability::boolean[])
           AS p(need_id, capability_id, score, for_need, for_capability)),
       old AS (DELETE FROM listing_match m WHERE m.need_id = ANY(:ids::uuid[])
               RETURNING m.need_id, m.capability_id, m.score, m.computed_at, m.found_at),
       written AS (
         INSERT INTO listing_match (need_id, capability_id, score, for_need, for_capability, computed_at, found_at)
         SELECT p.need_id, p.capability_id, p.score, p.for_need, p.for_capability,
                CASE WHEN o.score = p.score THEN o.computed_at ELSE now() END, COALESCE(o.found_at, now())
           FROM p LEFT JOIN old o ON o.need_id = p.need_id AND o.capability_id = p.capability_id
          WHERE EXISTS (SELECT 1 FROM technology_need n WHERE n.id = p.need_id)
            AND EXISTS (SELECT 1 FROM capability c WHERE c.id = p.capability_id)
         RETURNING need_id, capability_id, score, found_at)
       SELECT need_id AS "needId", capability_id AS "capabilityId", score FROM written WHERE found_at = now()`,
      {
        ids: needIds,
        needs: pairs.map((pair) => pair.needId),
        capabilities: pairs.map((pair) => pair.capabilityId),
        scores: pairs.map((pair) => pair.score),
        forNeed: pairs.map((pair) => pair.forNeed),
        forCapability: pairs.map((pair) => pair.forCapability),
      },
    );
  }
}
