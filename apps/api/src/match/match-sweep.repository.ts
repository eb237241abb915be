import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { STRONG_MATCH_THRESHOLD_DEFAULT, STRONG_MATCH_THRESHOLD_MIN } from '@spillover/domain';
import { SessionLocks } from '../platform/database/session-lock';
import type { MatchRefreshKind } from './match-refresh-request.entity';
import type { MatchSweepPhase } from './match-sweep.entity';
import { PENDING, type StoredPair } from './match.repository';

/** Held (for the session) by the worker sweeping; refresh batches take it shared, per transaction. */
const SWEEP_LOCK = '7316402118250002';
/** The range of an empty batch. */
const NO_NEED = '00000000-0000-0000-0000-000000000000';
/** Where a sweep stages its pairs until they replace listing_match's in one swap. */
const STAGED = 'listing_match_sweep';

/** Pairs as a sweep stores them, column by column: their scores, and whose lists hold them. */
export interface SweptBatch {
  needs: string[];
  capabilities: string[];
  scores: number[];
  forNeed: boolean[];
  forCapability: boolean[];
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

  /**
   * Asks for a refresh of every need and capability, in one statement; returns how many.
   * So many requests make the next drain sweep (MatchSweep.due): after a change of the
   * matching rules (MatchRules) or a platform admin's "Re-match everything".
   */
  async requestFullRematch(): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `WITH requested AS (
         INSERT INTO match_refresh_request (listing_id, kind)
           SELECT id, kind FROM search_document WHERE kind IN ('NEED', 'CAPABILITY')
         ON CONFLICT (listing_id) DO UPDATE SET requested_at = clock_timestamp()
         RETURNING 1)
       SELECT count(*)::int AS n, pg_notify('match_refresh', '') IS NULL AS notified FROM requested`,
      {},
    );
    return row?.n ?? 0;
  }

  /** Every pending request, with the change it names (requested_at as text: microseconds kept). */
  pendingRequests(): Promise<{ listingId: string; kind: MatchRefreshKind; requestedAt: string }[]> {
    return this.query(
      `SELECT listing_id AS "listingId", kind, requested_at::text AS "requestedAt"
         FROM match_refresh_request WHERE ${PENDING}`,
      {},
    );
  }

  /** A new, empty table beside listing_match, for the sweep's pairs (no indexes while it fills). */
  async stage(): Promise<void> {
    await this.query(`DROP TABLE IF EXISTS ${STAGED}`, {});
    await this.query(
      `CREATE TABLE ${STAGED} (LIKE listing_match INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
      {},
    );
  }

  /**
   * Stages a batch of pairs. A pair stored now keeps when it was found, and when its score
   * last changed if it did not; returns the pairs not stored now (news, once swapped in)
   * that some member of the need's organization may hear of: a first matching finds
   * millions of new pairs, and only the few above a member's threshold (StrongMatchNotifier
   * checks it exactly; this is a point more lenient) leave the server.
   */
  stagePairs(pairs: SweptBatch): Promise<StoredPair[]> {
    return this.query<StoredPair>(
      `WITH p AS (
         SELECT * FROM unnest(:needs::uuid[], :capabilities::uuid[], :scores::real[], :forNeed::boolean[], :forCapability::boolean[])
           AS p(need_id, capability_id, score, for_need, for_capability)),
       staged AS (
         INSERT INTO ${STAGED} (need_id, capability_id, score, for_need, for_capability, computed_at, found_at)
         SELECT p.need_id, p.capability_id, p.score, p.for_need, p.for_capability,
                CASE WHEN o.score = p.score THEN o.computed_at ELSE now() END, COALESCE(o.found_at, now())
           -- The old pairs of the batch's range of needs alone (one index range, ~100 ms at
           -- 250,000 listings): joined as a whole, the old table's millions of rows were
           -- hashed again for every batch (2–3 s each), and a probe per pair is planned
           -- as that same join.
           FROM p LEFT JOIN (SELECT o.need_id, o.capability_id, o.score, o.computed_at, o.found_at
                               FROM listing_match o WHERE o.need_id BETWEEN :first AND :last) o
             ON o.need_id = p.need_id AND o.capability_id = p.capability_id
         RETURNING need_id, capability_id, score, found_at)
       SELECT need_id AS "needId", capability_id AS "capabilityId", score FROM staged
        WHERE found_at = now() AND score * 100 + 1 >= :minimum
          AND EXISTS (SELECT 1 FROM technology_need n JOIN membership m ON m.organization_id = n.organization_id
                        LEFT JOIN notification_setting s ON s.user_id = m.user_id
                       WHERE n.id = staged.need_id AND coalesce(s.strong_match_threshold, :default) <= staged.score * 100 + 1)`,
      {
        ...pairs,
        // uuids order as their lower-case text does.
        first: pairs.needs.reduce((a, b) => (b < a ? b : a), pairs.needs[0] ?? NO_NEED),
        last: pairs.needs.reduce((a, b) => (b > a ? b : a), pairs.needs[0] ?? NO_NEED),
        minimum: STRONG_MATCH_THRESHOLD_MIN,
        default: STRONG_MATCH_THRESHOLD_DEFAULT,
      },
    );
  }

  /** The staged table's indexes, built in one sort each (outside the swap: the slow part). */
  async indexStaged(): Promise<void> {
    await this.query(`SET LOCAL maintenance_work_mem = '256MB'`, {});
    await this.query(
      `CREATE UNIQUE INDEX ${STAGED}_pkey ON ${STAGED} (need_id, capability_id)`,
      {},
    );
    await this.query(`CREATE INDEX ${STAGED}_need_idx ON ${STAGED} (need_id, score)`, {});
    await this.query(
      `CREATE INDEX ${STAGED}_capability_idx ON ${STAGED} (capability_id, score)`,
      {},
    );
  }

  /**
   * In one short transaction, the staged pairs become listing_match under its own names.
   * Writers of needs and capabilities wait for it (a SHARE lock, taken once those under way
   * have committed), so the pairs of a listing deleted while the sweep ran can be dropped
   * here: its delete trigger found them only in the old table. Reads of matches wait for
   * it too; they then plan on fresh statistics.
   */
  async swapInStaged(): Promise<void> {
    await this.query(`LOCK TABLE technology_need, capability IN SHARE MODE`, {});
    await this.query(`LOCK TABLE listing_match IN ACCESS EXCLUSIVE MODE`, {});
    await this.query(
      `DELETE FROM ${STAGED} s
        WHERE NOT EXISTS (SELECT 1 FROM technology_need n WHERE n.id = s.need_id)
           OR NOT EXISTS (SELECT 1 FROM capability c WHERE c.id = s.capability_id)`,
      {},
    );
    await this.query(`DROP TABLE listing_match`, {});
    await this.query(`ALTER TABLE ${STAGED} RENAME TO listing_match`, {});
    await this.query(
      `ALTER TABLE listing_match ADD CONSTRAINT listing_match_pkey PRIMARY KEY USING INDEX ${STAGED}_pkey`,
      {},
    );
    await this.query(`ALTER INDEX ${STAGED}_need_idx RENAME TO listing_match_need_score_idx`, {});
    await this.query(
      `ALTER INDEX ${STAGED}_capability_idx RENAME TO listing_match_capability_score_idx`,
      {},
    );
    await this.query(`ANALYZE listing_match`, {});
  }

  /** Where the sweep stands (one row: the last sweep). */
  async progress(phase: MatchSweepPhase, needsDone: number, needsTotal: number): Promise<void> {
    await this.query(
      `INSERT INTO match_sweep (id, phase, needs_done, needs_total, started_at, updated_at)
       VALUES (1, :phase, :needsDone, :needsTotal, clock_timestamp(), clock_timestamp())
       ON CONFLICT (id) DO UPDATE SET phase = EXCLUDED.phase, needs_done = EXCLUDED.needs_done,
         needs_total = EXCLUDED.needs_total, updated_at = EXCLUDED.updated_at,
         started_at = CASE WHEN :restart THEN EXCLUDED.started_at ELSE match_sweep.started_at END`,
      { phase, needsDone, needsTotal, restart: phase === 'FINDING' && needsDone === 0 },
    );
  }

  /** A sweep that did not finish leaves its staged table: the next one starts afresh. */
  async dropStaged(): Promise<void> {
    await this.query(`DROP TABLE IF EXISTS ${STAGED}`, {});
  }
}
