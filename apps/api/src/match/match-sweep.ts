import { Injectable, Logger } from '@nestjs/common';
import { Transactions, isRetryable } from '../platform/database/transactions';
import type { IndexedPair } from './match-index';
import { MatchIndexes } from './match-indexes';
import { MatchLive } from './match-live';
import { MatchRepository, type StoredPair } from './match.repository';
import type { MatchRefreshKind } from './match-refresh-request.entity';
import { MatchSweepRepository, type SweptPair } from './match-sweep.repository';
import { STORED_MATCHES, listed, placeScore, storedPair } from './match-stored-lists';
import { StrongMatchNotifier } from './strong-match-notifier';

/**
 * A sweep pays off once this share of the live listings waits: it costs one query per
 * live need (each capability's list comes with them) and rewrites every stored pair, while
 * refreshing listings one by one costs a query each, capabilities included.
 */
const SWEEP_SHARE = 0.25;
/** ... and this many: below it one-by-one refreshes take seconds anyway. */
const SWEEP_MIN = 2_000;
/** Needs whose pairs are rewritten per transaction (about 200 pairs each). */
const WRITE_BATCH = 500;

/**
 * A full matching in one pass (the first matching of an imported catalogue, or a re-match
 * of everything after a change of weights): the worker's index sweeps every live need
 * (MatchIndex.sweep), which gives every need's list and every capability's, then every
 * stored pair is rewritten need by need, and the requests the sweep covered are completed.
 * One worker sweeps at a time; refresh batches wait meanwhile (their lists would be
 * overwritten by a staler sweep), and the changes made during it stay pending for them.
 */
@Injectable()
export class MatchSweep {
  private readonly logger = new Logger('MatchSweep');

  constructor(
    private readonly sweeps: MatchSweepRepository,
    private readonly matches: MatchRepository,
    private readonly indexes: MatchIndexes,
    private readonly transactions: Transactions,
    private readonly live: MatchLive,
    private readonly strongMatches: StrongMatchNotifier,
  ) {}

  /** Whether so many listings wait that one sweep costs less than refreshing them one by one. */
  async due(minimum = SWEEP_MIN): Promise<boolean> {
    const { pending, live } = await this.transactions.run(() => this.sweeps.backlog());
    return pending >= minimum && pending >= SWEEP_SHARE * live;
  }

  /** Sweeps, unless another worker sweeps or refreshes; returns how many listings were re-matched. */
  async run(): Promise<number> {
    return (await this.sweeps.exclusively(() => this.sweep())) ?? 0;
  }

  private async sweep(): Promise<number> {
    const started = Date.now();
    // Read before the index is brought up to date: each request's change is in the index.
    const requests = await this.transactions.run(() => this.sweeps.pendingRequests());
    const index = await this.indexes.current(true);
    const swept = index.sweep(STORED_MATCHES);
    const found = Date.now();
    const requestOf = new Map(requests.map((request) => [request.listingId, request]));
    let written = 0;
    for (let from = 0; from < swept.needs.length; from += WRITE_BATCH) {
      const batch = swept.needs.slice(from, from + WRITE_BATCH);
      const pairs = batch.flatMap((need, i) => sweptPairs(need.best, swept.heldBy(from + i)));
      await this.writeBatch(
        'NEED',
        batch.map((need) => need.id),
        pairs,
        requestOf,
      );
      for (const need of batch)
        index.refreshed('NEED', need.id, placeScore(need.best), swept.epoch);
      written += batch.length;
    }
    // Capabilities' pairs went with their needs: what is left is completing their requests.
    for (let from = 0; from < swept.capabilities.length; from += WRITE_BATCH * 10) {
      const batch = swept.capabilities.slice(from, from + WRITE_BATCH * 10);
      await this.writeBatch(
        'CAPABILITY',
        batch.map((capability) => capability.id),
        [],
        requestOf,
      );
      for (const capability of batch)
        index.refreshed('CAPABILITY', capability.id, capability.placeScore, swept.epoch);
      written += batch.length;
    }
    // Requests of listings no longer live: their pairs go.
    const live = new Set([
      ...swept.needs.map((need) => need.id),
      ...swept.capabilities.map((capability) => capability.id),
    ]);
    const gone = requests.filter((request) => !live.has(request.listingId));
    for (let from = 0; from < gone.length; from += WRITE_BATCH * 10) {
      const batch = gone.slice(from, from + WRITE_BATCH * 10);
      await this.transactions.run(async () => {
        for (const kind of ['NEED', 'CAPABILITY'] as const)
          await this.matches.forgetPairs(
            kind,
            batch.filter((request) => request.kind === kind).map((request) => request.listingId),
          );
        this.indexes.refreshedHere(await this.matches.completeRefreshRequests(batch));
      });
    }
    this.logger.log(
      `swept ${swept.needs.length} needs and ${swept.capabilities.length} capabilities: pairs found in ${found - started} ms, stored in ${Date.now() - found} ms`,
    );
    return written + gone.length;
  }

  /**
   * One transaction: a batch of needs' pairs rewritten (none for capabilities: theirs went
   * with their needs), the pairs stored anew announced, the batch's requests completed
   * with the change the sweep saw (a later change keeps them pending), and its listings'
   * subscribers told.
   */
  private async writeBatch(
    kind: MatchRefreshKind,
    ids: readonly string[],
    pairs: readonly SweptPair[],
    requestOf: ReadonlyMap<string, { listingId: string; requestedAt: string }>,
  ): Promise<void> {
    await this.transactions.run(async () => {
      const news: StoredPair[] = pairs.length
        ? await this.sweeps.replaceNeedsPairs(ids, pairs)
        : [];
      try {
        await this.transactions.savepoint(() => this.strongMatches.stored(news));
      } catch (error) {
        if (isRetryable(error)) throw error;
        this.logger.error(
          `could not announce ${news.length} new pair(s): ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const covered = ids.flatMap((id) => requestOf.get(id) ?? []);
      this.indexes.refreshedHere(await this.matches.completeRefreshRequests(covered));
      await this.live.refreshedMany(ids.map((listingId) => ({ listingKind: kind, listingId })));
    });
  }
}

/**
 * A need's stored rows: its own list (only when it passes the list floor, as the refresh
 * stores it) and the capabilities' lists that hold it, one row per pair.
 */
function sweptPairs(best: readonly IndexedPair[], heldBy: readonly IndexedPair[]): SweptPair[] {
  const rows = new Map<string, SweptPair>();
  for (const pair of listed('NEED', best))
    rows.set(pair.capabilityId, { ...storedPair(pair), forNeed: true, forCapability: false });
  for (const pair of heldBy) {
    const row = rows.get(pair.capabilityId);
    if (row) row.forCapability = true;
    else rows.set(pair.capabilityId, { ...storedPair(pair), forNeed: false, forCapability: true });
  }
  return [...rows.values()];
}
