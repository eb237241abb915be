import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, type Config } from '../platform/config/config';
import { Transactions } from '../platform/database/transactions';
import { MatchIndexes } from './match-indexes';
import { IndexSweep, type SweptLists } from './match-index-sweep';
import type { MatchSweepPhase } from './match-sweep.entity';
import { MatchLive } from './match-live';
import { sweepInThread } from './match-sweep-threads';
import { MatchRepository } from './match.repository';
import { MatchSweepRepository, type SweptBatch } from './match-sweep.repository';
import { STORED_MATCHES, listed, placeScore } from './match-stored-lists';
import { StrongMatchNotifier } from './strong-match-notifier';

/**
 * A sweep pays off once this share of the live listings waits: it costs one query per
 * live need (each capability's list comes with them) and rewrites every stored pair, while
 * refreshing listings one by one costs a query each, capabilities included.
 */
const SWEEP_SHARE = 0.25;
/** ... and this many: below it one-by-one refreshes take seconds anyway. */
const SWEEP_MIN = 2_000;
/** Needs whose pairs are staged per statement (about 200 pairs each). */
const WRITE_BATCH = 500;
/** Needs queried between two yields to the event loop (about a tenth of a second at 250,000 listings). */
const SWEEP_STEP = 10;
/** How often the sweep's progress is written. */
const PROGRESS_MS = 2_000;
/** Requests completed per transaction. */
const COMPLETE_BATCH = 5_000;

/**
 * A full matching in one pass (the first matching of an imported catalogue, or a re-match
 * of everything after a change of weights): the worker's index sweeps every live need
 * (IndexSweep), which gives every need's list and every capability's, then every
 * stored pair is written into a staged table swapped in for listing_match, and the requests
 * the sweep covered are completed.
 * One worker sweeps at a time; refresh batches wait meanwhile (their lists would be
 * overwritten by a staler sweep), and the changes made during it stay pending for them.
 */
@Injectable()
export class MatchSweep {
  private readonly logger = new Logger('MatchSweep');
  private sweeping = false;
  /** How many threads the last sweep's pass ran on. */
  threadsUsed = 0;

  constructor(
    private readonly sweeps: MatchSweepRepository,
    private readonly matches: MatchRepository,
    private readonly indexes: MatchIndexes,
    private readonly transactions: Transactions,
    private readonly live: MatchLive,
    private readonly strongMatches: StrongMatchNotifier,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Whether so many listings wait that one sweep costs less than refreshing them one by one. */
  async due(minimum = SWEEP_MIN): Promise<boolean> {
    const { pending, live } = await this.transactions.run(() => this.sweeps.backlog());
    return pending >= minimum && pending >= SWEEP_SHARE * live;
  }

  /** Whether this process sweeps now (its index is the sweep's until it ends). */
  get running(): boolean {
    return this.sweeping;
  }

  /**
   * Sweeps, unless another worker sweeps or refreshes; returns how many listings were
   * re-matched. The needs are split across `threads` (this one and helper threads).
   */
  async run(threads = this.config.matchThreads): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      return (await this.sweeps.exclusively(() => this.sweep(threads))) ?? 0;
    } finally {
      this.sweeping = false;
    }
  }

  private async sweep(threads: number): Promise<number> {
    const started = Date.now();
    // Read before the index is brought up to date: each request's change is in the index.
    const requests = await this.transactions.run(() => this.sweeps.pendingRequests());
    const index = await this.indexes.current(true);
    const parts = Math.max(1, Math.min(threads, index.needs.bySlot.size));
    const sweep = new IndexSweep(index, STORED_MATCHES, 0, parts);
    // The other parts in helper threads, each with a copy of the index's data for needs'
    // queries (the pass is all CPU: a second core halves it).
    const helped = Array.from({ length: parts - 1 }, () => 0);
    const data = parts > 1 ? index.needQueryData() : null;
    const helpers = helped.map((_, i) =>
      sweepInThread(
        { data: data!, limit: STORED_MATCHES, part: i + 1, parts },
        (done) => (helped[i] = done),
      ).catch((error: unknown) => {
        // Without its thread (a script missing, memory), this thread queries that part too.
        this.logger.warn(`a sweep thread failed, its part runs here: ${String(error)}`);
        this.threadsUsed -= 1;
        return null;
      }),
    );
    this.threadsUsed = parts;
    const total = index.needs.bySlot.size;
    const done = () => sweep.done + helped.reduce((sum, n) => sum + n, 0);
    const progress = (phase: MatchSweepPhase) =>
      this.transactions.run(() => this.sweeps.progress(phase, done(), total));
    await progress('FINDING');
    // In steps of about a tenth of a second, yielding between them: the process keeps
    // serving requests, and the admins see how far it got every few seconds.
    let said = Date.now();
    const inSteps = async (part: IndexSweep) => {
      while (part.step(SWEEP_STEP)) {
        await new Promise((resolve) => setImmediate(resolve));
        if (Date.now() - said > PROGRESS_MS) {
          await progress('FINDING');
          said = Date.now();
        }
      }
    };
    await inSteps(sweep);
    let waiting = true;
    const shares = Promise.all(helpers).finally(() => (waiting = false));
    while (waiting) {
      await Promise.race([shares, new Promise((resolve) => setTimeout(resolve, PROGRESS_MS))]);
      if (waiting) await progress('FINDING');
    }
    for (const [i, share] of (await shares).entries()) {
      if (share) sweep.absorb(share);
      else {
        const part = new IndexSweep(index, STORED_MATCHES, i + 1, parts);
        await inSteps(part);
        sweep.absorb(part.share());
      }
    }
    const swept = sweep.result();
    const found = Date.now();
    await progress('STORING');
    // Every pair into a table of its own, indexed once at the end and swapped in: three
    // indexes built by sorting cost a fraction of millions of rows inserted into them.
    await this.transactions.run(() => this.sweeps.stage());
    try {
      // Each batch's rows are gathered while the server writes the one before (the event
      // loop turns between needs): the second core works for the first.
      let writing: Promise<void> = Promise.resolve();
      for (let from = 0; from < swept.needs.length; from += WRITE_BATCH) {
        const batch = await sweptBatch(swept, from, from + WRITE_BATCH);
        await writing;
        writing = this.transactions.run(async () => {
          const news = await this.sweeps.stagePairs(batch);
          // Strong-match news once per pair: a repeated sweep tells nobody twice.
          await this.strongMatches.storedBesides(news);
        });
      }
      await writing;
      await this.transactions.run(() => this.sweeps.indexStaged());
      await this.transactions.run(() => this.sweeps.swapInStaged());
    } catch (error) {
      await this.transactions.run(() => this.sweeps.dropStaged()).catch(() => undefined);
      await progress('FAILED').catch(() => undefined);
      throw error;
    }
    const stored = Date.now();
    for (const need of swept.needs)
      index.refreshed('NEED', need.id, placeScore(need.best), swept.epoch);
    for (const capability of swept.capabilities)
      index.refreshed('CAPABILITY', capability.id, capability.placeScore, swept.epoch);
    // The requests the sweep covered, completed with the change it saw (a later change
    // keeps its request pending); listings no longer live lose their pairs.
    const live = new Set([
      ...swept.needs.map((need) => need.id),
      ...swept.capabilities.map((capability) => capability.id),
    ]);
    for (let from = 0; from < requests.length; from += COMPLETE_BATCH) {
      const batch = requests.slice(from, from + COMPLETE_BATCH);
      await this.transactions.run(async () => {
        const gone = batch.filter((request) => !live.has(request.listingId));
        for (const kind of ['NEED', 'CAPABILITY'] as const)
          await this.matches.forgetPairs(
            kind,
            gone.filter((request) => request.kind === kind).map((request) => request.listingId),
          );
        this.indexes.refreshedHere(await this.matches.completeRefreshRequests(batch));
        await this.live.refreshedMany(
          batch.map((request) => ({ listingKind: request.kind, listingId: request.listingId })),
        );
      });
    }
    await progress('DONE');
    this.logger.log(
      `swept ${swept.needs.length} needs (${this.threadsUsed} threads) and ${swept.capabilities.length} capabilities: pairs found in ${found - started} ms, stored in ${stored - found} ms, ${requests.length} requests completed in ${Date.now() - stored} ms`,
    );
    return requests.length;
  }
}

/** Needs whose rows are gathered between two turns of the event loop. */
const GATHER_STEP = 50;

/**
 * The stored rows of the needs from `from` to `to`: each one's own list (only when it
 * passes the list floor, as the refresh stores it) and the capabilities' lists that hold
 * it, one row per pair, as the columns the statement takes.
 */
async function sweptBatch(swept: SweptLists, from: number, to: number): Promise<SweptBatch> {
  const batch: SweptBatch = {
    needs: [],
    capabilities: [],
    scores: [],
    forNeed: [],
    forCapability: [],
  };
  const add = (needId: string, capabilityId: string, score: number, forNeed: boolean) => {
    batch.needs.push(needId);
    batch.capabilities.push(capabilityId);
    batch.scores.push(score);
    batch.forNeed.push(forNeed);
    batch.forCapability.push(!forNeed);
  };
  const end = Math.min(to, swept.needs.length);
  for (let i = from; i < end; i += 1) {
    if ((i - from) % GATHER_STEP === GATHER_STEP - 1)
      await new Promise((resolve) => setImmediate(resolve));
    const need = swept.needs[i]!;
    const own = new Map<string, number>();
    for (const pair of listed('NEED', need.best)) {
      own.set(pair.capabilityId, batch.needs.length);
      add(need.id, pair.capabilityId, pair.score.score, true);
    }
    swept.heldBy(i, (capabilityId, score) => {
      const row = own.get(capabilityId);
      if (row === undefined) add(need.id, capabilityId, score, false);
      else batch.forCapability[row] = true;
    });
  }
  return batch;
}
