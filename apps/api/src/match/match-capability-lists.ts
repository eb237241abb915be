/** CapabilityLists' arrays. */
export interface CapabilityListsRaw {
  scores: Float64Array;
  relevances: Float64Array;
  needs: Int32Array;
  counts: Int32Array;
}

/**
 * Every capability's best needs, gathered while a sweep scores each need's candidates
 * (IndexSweep): a pair's score is the same whichever side asks, so the needs' pass
 * alone finds both sides' lists, and the capabilities (four in five listings) are never
 * queried one by one. Per capability a bounded min-heap in flat typed arrays (no object
 * per pair): its root is the worst pair kept, the score a need must beat to enter once
 * the list is full. The order is byScore's: best first, ties in code-unit order of the
 * need's id (the pair's text starts with the capability's own id).
 */
export class CapabilityLists {
  private readonly scores: Float64Array;
  private readonly relevances: Float64Array;
  private readonly needs: Int32Array;
  private readonly counts: Int32Array;
  /** Per capability slot: what a pair's score must reach to be offered (-1 while not full). */
  readonly entry: Float64Array;

  constructor(
    capabilitySlots: number,
    private readonly limit: number,
    /** Per need slot: its id's place in code-unit order. */
    private readonly rank: Int32Array,
  ) {
    this.scores = new Float64Array(capabilitySlots * limit);
    this.relevances = new Float64Array(capabilitySlots * limit);
    this.needs = new Int32Array(capabilitySlots * limit);
    this.counts = new Int32Array(capabilitySlots);
    this.entry = new Float64Array(capabilitySlots).fill(-1);
  }

  /** Offers a pair to a capability's list; the caller checked `score >= entry[capability]`. */
  offer(capability: number, need: number, score: number, relevance: number): void {
    const base = capability * this.limit;
    const count = this.counts[capability]!;
    if (count < this.limit) {
      this.siftUp(base, count, need, score, relevance);
      this.counts[capability] = count + 1;
      if (count + 1 === this.limit) this.entry[capability] = this.scores[base]!;
      return;
    }
    if (!this.better(score, need, this.scores[base]!, this.needs[base]!)) return;
    this.siftDown(base, need, score, relevance);
    this.entry[capability] = this.scores[base]!;
  }

  /** Every list as typed arrays (moved, not copied, to another thread: see `absorb`). */
  raw(): CapabilityListsRaw {
    const { scores, relevances, needs, counts } = this;
    return { scores, relevances, needs, counts };
  }

  /**
   * Another part of the same sweep's lists (the needs another thread queried) merged in:
   * each of its pairs offered here, so every list ends as the best `limit` of both.
   */
  absorb(other: CapabilityListsRaw): void {
    const capabilities = this.counts.length;
    for (let capability = 0; capability < capabilities; capability += 1) {
      const base = capability * this.limit;
      for (let i = 0; i < other.counts[capability]!; i += 1) {
        const score = other.scores[base + i]!;
        if (score >= this.entry[capability]!)
          this.offer(capability, other.needs[base + i]!, score, other.relevances[base + i]!);
      }
    }
  }

  /** A capability's list, best first: need slots, scores and relevances. */
  list(capability: number): { need: number; score: number; relevance: number }[] {
    const base = capability * this.limit;
    const entries = Array.from({ length: this.counts[capability]! }, (_, i) => ({
      need: this.needs[base + i]!,
      score: this.scores[base + i]!,
      relevance: this.relevances[base + i]!,
    }));
    return entries.sort((a, b) =>
      this.better(a.score, a.need, b.score, b.need)
        ? -1
        : this.better(b.score, b.need, a.score, a.need)
          ? 1
          : 0,
    );
  }

  /** The score in `place` (1 = best) of a capability's list, or -1 when it holds fewer. */
  placeScore(capability: number, place: number): number {
    const count = this.counts[capability]!;
    if (count < place) return -1;
    const base = capability * this.limit;
    const scores = this.scores.slice(base, base + count).sort();
    return scores[count - place]!;
  }

  /** Every pair kept, by need: the capability slots holding each need slot, with the pairs' scores. */
  byNeed(needSlots: number): {
    start: Int32Array;
    capabilities: Int32Array;
    scores: Float64Array;
    relevances: Float64Array;
  } {
    const start = new Int32Array(needSlots + 1);
    const capabilitySlots = this.counts.length;
    for (let capability = 0; capability < capabilitySlots; capability += 1) {
      const base = capability * this.limit;
      for (let i = 0; i < this.counts[capability]!; i += 1) start[this.needs[base + i]! + 1]! += 1;
    }
    for (let need = 0; need < needSlots; need += 1) start[need + 1]! += start[need]!;
    const total = start[needSlots]!;
    const capabilities = new Int32Array(total);
    const scores = new Float64Array(total);
    const relevances = new Float64Array(total);
    const next = start.slice(0, needSlots);
    for (let capability = 0; capability < capabilitySlots; capability += 1) {
      const base = capability * this.limit;
      for (let i = 0; i < this.counts[capability]!; i += 1) {
        const at = next[this.needs[base + i]!]!++;
        capabilities[at] = capability;
        scores[at] = this.scores[base + i]!;
        relevances[at] = this.relevances[base + i]!;
      }
    }
    return { start, capabilities, scores, relevances };
  }

  /** Whether (score, need) ranks before (otherScore, otherNeed) in one capability's list. */
  private better(score: number, need: number, otherScore: number, otherNeed: number): boolean {
    return score > otherScore || (score === otherScore && this.rank[need]! < this.rank[otherNeed]!);
  }

  private siftUp(base: number, at: number, need: number, score: number, relevance: number): void {
    let position = at;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      // The root is the worst: a parent ranks after (or level with) its children.
      if (!this.better(this.scores[base + parent]!, this.needs[base + parent]!, score, need)) break;
      this.move(base, parent, position);
      position = parent;
    }
    this.put(base, position, need, score, relevance);
  }

  private siftDown(base: number, need: number, score: number, relevance: number): void {
    const size = this.limit;
    let position = 0;
    for (;;) {
      const left = 2 * position + 1;
      if (left >= size) break;
      let worse = left;
      const right = left + 1;
      if (
        right < size &&
        this.better(
          this.scores[base + left]!,
          this.needs[base + left]!,
          this.scores[base + right]!,
          this.needs[base + right]!,
        )
      )
        worse = right;
      if (!this.better(score, need, this.scores[base + worse]!, this.needs[base + worse]!)) break;
      this.move(base, worse, position);
      position = worse;
    }
    this.put(base, position, need, score, relevance);
  }

  private move(base: number, from: number, to: number): void {
    this.scores[base + to] = this.scores[base + from]!;
    this.needs[base + to] = this.needs[base + from]!;
    this.relevances[base + to] = this.relevances[base + from]!;
  }

  private put(base: number, at: number, need: number, score: number, relevance: number): void {
    this.scores[base + at] = score;
    this.needs[base + at] = need;
    this.relevances[base + at] = relevance;
  }
}
