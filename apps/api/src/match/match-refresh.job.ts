import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { MATCH_LIST_FLOOR } from '@spillover/domain';
import { Transactions, isRetryable } from '../platform/database/transactions';
import { JobQueue } from '../platform/jobs/job-queue';
import { MatchEngine } from './match-engine';
import { ENTERING_PLACE, type IndexedMatches, type IndexedPair } from './match-index';
import { STORED_MATCHES, listed, storedPair } from './match-stored-lists';

export { STORED_MATCHES };
import { MatchIndexes } from './match-indexes';
import { StrongMatchNotifier } from './strong-match-notifier';
import { MatchLive } from './match-live';
import { MatchRepository, type StoredPair } from './match.repository';
import { MatchRules } from './match-rules';
import { MatchSweep } from './match-sweep';
import { MatchSweepRepository } from './match-sweep.repository';
import type { MatchRefreshKind } from './match-refresh-request.entity';

/**
 * Requests taken per transaction: a batch's fixed costs (claim, sync, announcements, one
 * commit) spread over many listings, while a crash repeats only seconds of work.
 */
const CLAIM = 200;
const relevanceOf = (pair: IndexedPair): number => pair.score.relevance;
/**
 * Pairs entering the other side's lists between their refreshes: into a need's list only
 * as a pair that passes the list floor itself, since the job does not know whether that
 * list stores anything (the need's next refresh places the weaker ones).
 */
const entering = (kind: MatchRefreshKind, pairs: readonly IndexedPair[]): IndexedPair[] =>
  kind === 'CAPABILITY'
    ? pairs.filter((pair) => relevanceOf(pair) >= MATCH_LIST_FLOOR)
    : [...pairs];
/** The channel the SQL trigger notifies on when a listing asks for a refresh. */
export const MATCH_REFRESH_CHANNEL = 'match_refresh';

/**
 * Re-matches listings that changed, in the background: a trigger records the request in the
 * listing's own transaction and notifies; this job drains the requests. Reads never wait
 * for it: they show the pairs stored so far, rescored on fresh facts.
 */
@Injectable()
export class MatchRefreshJob implements OnModuleInit {
  private readonly logger = new Logger('MatchRefreshJob');
  /** Whether this process recorded the matching rules it runs (MatchRules), once. */
  private rulesRecorded = false;

  constructor(
    private readonly queue: JobQueue,
    private readonly engine: MatchEngine,
    private readonly matches: MatchRepository,
    private readonly transactions: Transactions,
    private readonly live: MatchLive,
    private readonly strongMatches: StrongMatchNotifier,
    private readonly indexes: MatchIndexes,
    private readonly sweep: MatchSweep,
    private readonly sweeps: MatchSweepRepository,
    private readonly rules: MatchRules,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'match-refresh',
      cron: '* * * * *',
      runAtStart: true,
      wakeOn: MATCH_REFRESH_CHANNEL,
      run: async () => {
        const done = await this.drain();
        if (done) this.logger.log(`re-matched ${done} listing(s)`);
      },
    });
  }

  /** Refreshes until no request is left; returns how many listings were re-matched. */
  async drain(): Promise<number> {
    let total = 0;
    try {
      await this.recordRules();
      // A first matching, or a re-match of everything: one sweep instead of a query per listing.
      if (await this.sweep.due()) total += await this.sweep.run();
      for (;;) {
        const done = await this.refreshBatch();
        if (!done) return total;
        total += done;
      }
    } finally {
      await this.matches.settleWordCounts();
    }
  }

  /**
   * Once per process, before its first drain's work: when a release changed the matching
   * rules, everything then waits to be re-matched, and the sweep below serves it. Should
   * it fail, the error is logged and the next drain tries again; matching goes on meanwhile.
   */
  private async recordRules(): Promise<void> {
    if (this.rulesRecorded) return;
    try {
      await this.rules.recordRunning();
      this.rulesRecorded = true;
    } catch (error) {
      this.logger.error(
        `could not record the matching rules: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /**
   * One batch in one transaction: the claimed requests stay locked (SKIP LOCKED keeps other
   * workers off them) until their pairs are written, so a crash leaves them to be retried.
   * The pairs of the whole batch are written in a few statements; should that fail, each
   * listing is written again in a savepoint of its own, and a listing that fails is logged
   * and passed over (its writes undone), so one bad listing never holds up the queue; its
   * next change asks again.
   */
  async refreshBatch(limit = CLAIM): Promise<number> {
    // The index is the sweep's while this process sweeps: nothing may change it meanwhile.
    if (this.sweep.running) return 0;
    // Outside the transaction: building the index reads every live listing.
    const index = await this.indexes.current();
    return this.transactions.run(async () => {
      // While a worker sweeps, its lists would overwrite these: the requests wait for it.
      if (!(await this.sweeps.noSweepRunning())) return 0;
      const requests = await this.matches.claimRefreshRequests(limit);
      // The claimed listings as they are now, whatever the change log said.
      await this.indexes.reload(index, requests);
      const found: Found[] = [];
      for (const request of requests) {
        try {
          const matches = await this.engine.best(
            request.kind,
            request.listingId,
            STORED_MATCHES,
            index,
          );
          found.push({ kind: request.kind, listingId: request.listingId, matches });
        } catch (error) {
          this.failed(request, error);
        }
      }
      let written: Found[] = found;
      const news: StoredPair[] = [];
      try {
        news.push(...(await this.transactions.savepoint(() => this.write(found))));
      } catch (error) {
        // A deadlock with another worker is nobody's fault: the whole batch runs again.
        if (isRetryable(error)) throw error;
        written = [];
        for (const one of found) {
          try {
            news.push(...(await this.transactions.savepoint(() => this.write([one]))));
            written.push(one);
          } catch (error) {
            if (isRetryable(error)) throw error;
            this.failed(one, error);
          }
        }
      }
      for (const one of written)
        if (one.matches)
          index.refreshed(
            one.kind,
            one.listingId,
            one.matches.best[ENTERING_PLACE - 1]?.score.score ?? -1,
            one.matches.epoch,
          );
      // Only what was written announces anything.
      await this.strongMatches.storedBesides(news);
      await this.live.refreshedMany(
        written.map((one) => ({ listingKind: one.kind, listingId: one.listingId })),
      );
      this.indexes.refreshedHere(await this.matches.completeRefreshRequests(requests));
      return requests.length;
    });
  }

  /** Stores the listings' own best pairs and their places in the other side's lists; returns the pairs stored anew. */
  private async write(found: readonly Found[]): Promise<StoredPair[]> {
    const news: StoredPair[] = [];
    // The batch's referential check, once per listing (listing_match has no foreign keys).
    const pairsOf = (one: Found) => [...one.matches!.best, ...one.matches!.entering];
    const withMatches = found.filter((one) => one.matches);
    const existing = await this.matches.lockLiveListings(
      withMatches.flatMap((one) => pairsOf(one).map((pair) => pair.needId)),
      withMatches.flatMap((one) => pairsOf(one).map((pair) => pair.capabilityId)),
    );
    const exists = (pair: IndexedPair) =>
      existing.needs.has(pair.needId) && existing.capabilities.has(pair.capabilityId);
    for (const kind of ['NEED', 'CAPABILITY'] as const) {
      const ofKind = found.filter((one) => one.kind === kind);
      await this.matches.forgetPairs(
        kind,
        ofKind.filter((one) => !one.matches).map((one) => one.listingId),
      );
      const live = ofKind.filter((one) => one.matches);
      news.push(
        ...(await this.matches.replaceManyPairs(
          kind,
          live.map((one) => ({
            listingId: one.listingId,
            pairs: listed(kind, one.matches!.best).filter(exists).map(storedPair),
          })),
        )),
      );
      // A listing also takes its place in the other side's lists where it now beats their 20th.
      news.push(
        ...(await this.matches.enterPairs(
          kind === 'NEED' ? 'CAPABILITY' : 'NEED',
          live.flatMap((one) =>
            entering(kind, one.matches!.entering).filter(exists).map(storedPair),
          ),
        )),
      );
    }
    return news;
  }

  private failed(listing: { kind: MatchRefreshKind; listingId: string }, error: unknown): void {
    this.logger.error(
      `could not re-match ${listing.kind} ${listing.listingId}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

interface Found {
  kind: MatchRefreshKind;
  listingId: string;
  matches: IndexedMatches | null;
}
