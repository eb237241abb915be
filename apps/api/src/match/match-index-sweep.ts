import { CapabilityLists } from './match-capability-lists';
import { ENTERING_PLACE, type IndexedPair, type MatchIndex } from './match-index';

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
  private readonly own: IndexedPair[][] = [];

  constructor(
    private readonly index: MatchIndex,
    private readonly limit: number,
  ) {
    const needs = index.needs;
    this.live = [...needs.bySlot.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const rank = new Int32Array(needs.ids.length);
    this.live.forEach(([, slot], place) => (rank[slot] = place));
    this.lists = new CapabilityLists(index.capabilities.ids.length, limit, rank);
  }

  get total(): number {
    return this.live.length;
  }

  get done(): number {
    return this.own.length;
  }

  /** Queries up to `count` more needs; false once every need is done. */
  step(count: number): boolean {
    const end = Math.min(this.live.length, this.own.length + count);
    for (let i = this.own.length; i < end; i += 1)
      this.own.push(
        this.index.matches('NEED', this.live[i]![0], this.limit, false, this.lists)!.best,
      );
    return this.own.length < this.live.length;
  }

  /** Both sides' lists, once every need is done. */
  result(): SweptLists {
    if (this.step(0)) throw new Error('the sweep has needs left');
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
