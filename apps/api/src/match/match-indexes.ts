import { Injectable, Logger } from '@nestjs/common';
import { NO_TERMS, matchTerms, termWeights, type MatchPlace } from '@spillover/domain';
import { capabilityFacts, MatchEngine, needFacts } from './match-engine';
import { ENTERING_PLACE, MatchIndex } from './match-index';
import type { MatchRefreshKind } from './match-refresh-request.entity';
import { MatchRepository, type CapabilityRow, type NeedRow } from './match.repository';

/** Listings read per query while the index is built. */
const PAGE = 10_000;
/**
 * The index is built again from scratch this often: what the change log does not carry
 * (an organization's place, its collaborations, term weights drifting with the corpus)
 * catches up then.
 */
const REBUILD_MS = 30 * 60_000;
/** The change log is read at most this often; the claimed listings themselves are read every batch. */
const SYNC_MS = 1_000;

/**
 * The worker's matching index (MatchIndex), built once from the live listings and kept in
 * step before every batch from the refresh requests' change log (match_refresh_request:
 * every change of a listing's search document asks for a refresh, in the listing's own
 * transaction): listings asked for since the last look are read again, listings refreshed
 * since then (by any worker) no longer wait and give their 20th stored score. One per
 * process; several workers each hold their own.
 */
@Injectable()
export class MatchIndexes {
  private readonly logger = new Logger('MatchIndexes');
  private index: MatchIndex | null = null;
  private builtAt = 0;
  private syncedAt = 0;
  private watermark: { requested: string | null; refreshed: string | null } = {
    requested: null,
    refreshed: null,
  };
  private readonly places = new Map<string, MatchPlace>();
  /** Earlier collaborations: organization → partner → count (both ways). */
  private collaborations = new Map<string, Map<string, number>>();
  /**
   * When this worker marked each listing refreshed (refreshed_at as text): the change log
   * then names our own refreshes, whose lists the index knows were computed with it.
   */
  private readonly ownRefreshes = new Map<string, string>();
  private seen = new Map<string, string>();
  private building: Promise<MatchIndex> | null = null;

  constructor(
    private readonly matches: MatchRepository,
    private readonly engine: MatchEngine,
  ) {}

  /** The index, in step with every change committed before this call. */
  async current(fresh = false): Promise<MatchIndex> {
    if (fresh) this.syncedAt = 0;
    if (!this.index || Date.now() - this.builtAt > REBUILD_MS) {
      // One build at a time: a second caller waits for the one under way.
      this.building ??= this.build().finally(() => (this.building = null));
      return this.building;
    }
    if (Date.now() - this.syncedAt >= SYNC_MS) {
      this.syncedAt = Date.now();
      await this.sync(this.index);
    }
    return this.index;
  }

  private async build(): Promise<MatchIndex> {
    const started = Date.now();
    this.watermark = await this.matches.refreshWatermark();
    // Which change of each listing the index holds: a claimed listing is read again only
    // when it changed since (a first matching reads each listing once, not twice).
    this.seen = new Map(
      (await this.matches.requestTimes()).map((row) => [row.listingId, row.requestedAt]),
    );
    this.places.clear();
    this.collaborations = new Map();
    const partnersOf = (organizationId: string) => {
      let partners = this.collaborations.get(organizationId);
      if (!partners) this.collaborations.set(organizationId, (partners = new Map()));
      return partners;
    };
    for (const row of await this.matches.collaborationCounts()) {
      partnersOf(row.a).set(row.b, row.count);
      partnersOf(row.b).set(row.a, row.count);
    }
    this.ownRefreshes.clear();
    const index = new MatchIndex((organizationId) => this.collaborations.get(organizationId));
    for (let after: string | null = null; ;) {
      const rows: NeedRow[] = await this.matches.liveNeeds(after, PAGE);
      if (!rows.length) break;
      await this.addNeeds(index, rows);
      after = rows[rows.length - 1]!.id;
    }
    for (let after: string | null = null; ;) {
      const rows: CapabilityRow[] = await this.matches.liveCapabilities(after, PAGE);
      if (!rows.length) break;
      await this.addCapabilities(index, rows);
      after = rows[rows.length - 1]!.id;
    }
    for (const kind of ['NEED', 'CAPABILITY'] as const) {
      const side = index.side(kind);
      for (const row of await this.matches.placeScores(kind, ENTERING_PLACE)) {
        const slot = side.bySlot.get(row.id);
        if (slot !== undefined) side.threshold[slot] = row.score;
      }
    }
    for (const id of await this.matches.pendingListingIds()) this.setPending(index, id, true);
    this.index = index;
    this.builtAt = Date.now();
    this.logger.log(`matching index of ${index.size} listings built in ${Date.now() - started} ms`);
    return index;
  }

  /** The listings this worker just marked refreshed, and when (see ownRefreshes). */
  refreshedHere(rows: readonly { listingId: string; refreshedAt: string }[]): void {
    for (const row of rows) this.ownRefreshes.set(row.listingId, row.refreshedAt);
  }

  private setPending(index: MatchIndex, id: string, pending: boolean): void {
    for (const kind of ['NEED', 'CAPABILITY'] as const) {
      const side = index.side(kind);
      const slot = side.bySlot.get(id);
      if (slot !== undefined) side.pending[slot] = pending;
    }
  }

  private async sync(index: MatchIndex): Promise<void> {
    const changes = await this.matches.refreshChanges(this.watermark);
    if (!changes.length) return;
    for (const change of changes) {
      if (!this.watermark.requested || change.requestedAt > this.watermark.requested)
        this.watermark.requested = change.requestedAt;
      if (
        change.refreshedAt &&
        (!this.watermark.refreshed || change.refreshedAt > this.watermark.refreshed)
      )
        this.watermark.refreshed = change.refreshedAt;
    }
    await this.reload(
      index,
      changes.filter((change) => change.changed),
    );
    for (const change of changes) this.setPending(index, change.listingId, change.pending);
    for (const kind of ['NEED', 'CAPABILITY'] as const) {
      const done = changes.filter((change) => change.kind === kind && !change.pending);
      if (!done.length) continue;
      const side = index.side(kind);
      const scores = new Map(
        (
          await this.matches.placeScores(
            kind,
            ENTERING_PLACE,
            done.map((change) => change.listingId),
          )
        ).map((row) => [row.id, row.score]),
      );
      for (const change of done) {
        const slot = side.bySlot.get(change.listingId);
        if (slot === undefined) continue;
        side.threshold[slot] = scores.get(change.listingId) ?? -1;
        // Another worker's refresh: its index may not have held every listing this one does.
        if (this.ownRefreshes.get(change.listingId) !== change.refreshedAt)
          side.refreshedAt[slot] = -1;
        this.ownRefreshes.delete(change.listingId);
      }
    }
  }

  /**
   * Reads listings again (a listing no longer live leaves the index), unless the index
   * already holds the change a request names.
   */
  async reload(
    index: MatchIndex,
    requests: readonly { listingId: string; kind: MatchRefreshKind; requestedAt?: string }[],
  ): Promise<void> {
    const listings = requests.filter(
      (request) =>
        request.requestedAt === undefined ||
        this.seen.get(request.listingId) !== request.requestedAt,
    );
    for (const request of listings)
      if (request.requestedAt !== undefined) this.seen.set(request.listingId, request.requestedAt);
    const ids = (kind: MatchRefreshKind) =>
      listings.filter((listing) => listing.kind === kind).map((listing) => listing.listingId);
    const needIds = ids('NEED');
    const capabilityIds = ids('CAPABILITY');
    const needs = await this.matches.needs(needIds);
    const capabilities = await this.matches.capabilities(capabilityIds);
    for (const id of needIds) index.remove('NEED', id);
    for (const id of capabilityIds) index.remove('CAPABILITY', id);
    await this.addNeeds(
      index,
      needs.filter((row) => row.status === 'OPEN'),
    );
    await this.addCapabilities(
      index,
      capabilities.filter((row) => row.status === 'PUBLISHED'),
    );
  }

  private async addNeeds(index: MatchIndex, rows: readonly NeedRow[]): Promise<void> {
    await this.engine.places(
      rows.map((row) => row.organizationId),
      this.places,
    );
    const terms = rows.map((row) => matchTerms(row.text));
    // Term weights as the read side's: the needs' words counted among capabilities.
    const weightOf = termWeights(await this.engine.corpus(terms));
    rows.forEach((row, i) =>
      index.addNeed(
        row.id,
        needFacts(row, this.places.get(row.organizationId)!, NO_TERMS),
        terms[i]!,
        weightOf,
      ),
    );
  }

  private async addCapabilities(index: MatchIndex, rows: readonly CapabilityRow[]): Promise<void> {
    await this.engine.places(
      rows.map((row) => row.organizationId),
      this.places,
    );
    for (const row of rows)
      index.addCapability(
        row.id,
        capabilityFacts(row, this.places.get(row.organizationId)!, NO_TERMS),
        matchTerms(row.text),
      );
  }
}
