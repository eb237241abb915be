import { CapabilityLists, type CapabilityListsRaw } from './match-capability-lists';
import { ENTERING_PLACE, type IndexedPair, type MatchIndex } from './match-index';

/** What one part of a sweep found (IndexSweep.share). */
export interface SweepShare {
  /** Its needs' own lists, by place among the live needs. */
  own: [number, IndexedPair[]][];
  lists: CapabilityListsRaw;
}

/** What a sweep found. */
export interface SweptLists {
  /** Every live need and its own best pairs, in code-unit order of their ids. */
  needs: { id: string; best: IndexedPair[] }[];
  /** The capabilities whose lists hold the `i`-th need, with the pairs' scores. */
  heldBy(i: number, visit: (capabilityId: string, score: number) => void): void;
  /** Every live capability, with the 20th score of its list (-1 when it holds fewer). */
  capabilities: { id: string; placeScore: number }[];
  epoch: number;
}

/**
 * Every live listing's best `limit` pairs from one pass over the needs of an index: each
 * need's own list as `MatchIndex.matches` finds it, and each capability's from the
 * candidates the needs met (CapabilityLists): what a first full matching, or a re-match
 * of everything, costs is the needs' queries alone. Step by step (`step`), so the worker
 * can yield between steps and say how far it got; needs in code-unit order of their ids.
 */
export class IndexSweep {
  private readonly live: [string, number][];
  private readonly lists: CapabilityLists;
  /** Per need (its place in `live`): its own list, once queried here or absorbed. */
  private readonly own: IndexedPair[][] = [];
  /** The places of the needs this part queries: every `parts`-th from `part`. */
  private readonly mine: number[] = [];
  private queried = 0;

  constructor(
    private readonly index: MatchIndex,
    private readonly limit: number,
    /** A sweep split across threads: each queries a part of the needs (see `share` / `absorb`). */
    part = 0,
    parts = 1,
  ) {
    const needs = index.needs;
    this.live = [...needs.bySlot.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const rank = new Int32Array(needs.ids.length);
    this.live.forEach(([, slot], place) => (rank[slot] = place));
    this.lists = new CapabilityLists(index.capabilities.ids.length, limit, rank);
    for (let place = part; place < this.live.length; place += parts) this.mine.push(place);
  }

  /** Needs this part queries. */
  get total(): number {
    return this.mine.length;
  }

  /** Needs this part queried. */
  get done(): number {
    return this.queried;
  }

  /** Queries up to `count` more of this part's needs; false once they are done. */
  step(count: number): boolean {
    const end = Math.min(this.mine.length, this.queried + count);
    for (; this.queried < end; this.queried += 1) {
      const place = this.mine[this.queried]!;
      this.own[place] = this.index.matches(
        'NEED',
        this.live[place]![0],
        this.limit,
        false,
        this.lists,
      )!.best;
    }
    return this.queried < this.mine.length;
  }

  /** What this part found, for the part that writes (plain data and movable arrays). */
  share(): SweepShare {
    if (this.step(0)) throw new Error('the sweep has needs left');
    return {
      own: this.mine.map((place) => [place, this.own[place]!] as [number, IndexedPair[]]),
      lists: this.lists.raw(),
    };
  }

  /** Another part's share, from the same index's data: its needs' lists, and its offers to the capabilities'. */
  absorb(share: SweepShare): void {
    for (const [place, best] of share.own) this.own[place] = best;
    this.lists.absorb(share.lists);
  }

  /** Both sides' lists, once every part is done and absorbed. */
  result(): SweptLists {
    if (this.step(0)) throw new Error('the sweep has needs left');
    for (let place = 0; place < this.live.length; place += 1)
      if (!this.own[place]) throw new Error('a part of the sweep is missing');
    const { live, own, lists } = this;
    const held = lists.byNeed(this.index.needs.ids.length);
    const capabilities = this.index.capabilities;
    return {
      needs: live.map(([id], i) => ({ id, best: own[i]! })),
      // Read per need when written: millions of pairs are never objects.
      heldBy: (i, visit) => {
        const slot = live[i]![1];
        for (let at = held.start[slot]!; at < held.start[slot + 1]!; at += 1)
          visit(capabilities.ids[held.capabilities[at]!]!, held.scores[at]!);
      },
      capabilities: [...capabilities.bySlot].map(([id, slot]) => ({
        id,
        placeScore: lists.placeScore(slot, ENTERING_PLACE),
      })),
      epoch: this.index.currentEpoch,
    };
  }
}
