import { CapabilityLists } from './match-capability-lists';

/** A small deterministic generator: the same offers on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('CapabilityLists', () => {
  it('keeps each capability’s best pairs, ties by the need’s id order, whatever the order they come in', () => {
    const next = random(7);
    const needs = 60;
    const capabilities = 4;
    const limit = 5;
    // Need ranks in a shuffled order, so rank and slot differ.
    const rank = Int32Array.from({ length: needs }, (_, slot) => (slot * 37) % needs);
    const lists = new CapabilityLists(capabilities, limit, rank);
    const offered: { capability: number; need: number; score: number }[] = [];
    for (let i = 0; i < 400; i += 1) {
      const capability = Math.floor(next() * capabilities);
      const need = Math.floor(next() * needs);
      if (offered.some((o) => o.capability === capability && o.need === need)) continue;
      // Few distinct scores: many ties at the boundary.
      const score = Math.round(next() * 8) / 8;
      offered.push({ capability, need, score });
      // As the index does: only what reaches the entry is offered.
      if (score >= lists.entry[capability]!) lists.offer(capability, need, score, score / 2);
    }
    for (let capability = 0; capability < capabilities; capability += 1) {
      const expected = offered
        .filter((o) => o.capability === capability)
        .sort((a, b) => b.score - a.score || rank[a.need]! - rank[b.need]!)
        .slice(0, limit);
      expect(lists.list(capability)).toEqual(
        expected.map((o) => ({ need: o.need, score: o.score, relevance: o.score / 2 })),
      );
      expect(lists.placeScore(capability, 3)).toBe(expected[2]!.score);
      expect(lists.placeScore(capability, limit + 1)).toBe(-1);
      expect(lists.entry[capability]).toBe(expected[limit - 1]!.score);
    }
    // The same pairs by need.
    const byNeed = lists.byNeed(needs);
    const pairs: string[] = [];
    for (let need = 0; need < needs; need += 1)
      for (let at = byNeed.start[need]!; at < byNeed.start[need + 1]!; at += 1)
        pairs.push(`${byNeed.capabilities[at]}/${need}/${byNeed.scores[at]}`);
    const listed = [];
    for (let capability = 0; capability < capabilities; capability += 1)
      for (const entry of lists.list(capability))
        listed.push(`${capability}/${entry.need}/${entry.score}`);
    expect(pairs.sort()).toEqual(listed.sort());
  });

  it('merges the lists of two parts of the needs into the lists of all of them', () => {
    const next = random(11);
    const needs = 80;
    const capabilities = 5;
    const limit = 6;
    const rank = Int32Array.from({ length: needs }, (_, slot) => (slot * 53) % needs);
    // One list over every offer, and two over the needs of each half (as two threads).
    const whole = new CapabilityLists(capabilities, limit, rank);
    const halves = [0, 1].map(() => new CapabilityLists(capabilities, limit, rank));
    for (let need = 0; need < needs; need += 1)
      for (let capability = 0; capability < capabilities; capability += 1) {
        if (next() < 0.3) continue;
        const score = Math.round(next() * 6) / 6;
        for (const lists of [whole, halves[need % 2]!])
          if (score >= lists.entry[capability]!) lists.offer(capability, need, score, score / 3);
      }
    halves[0]!.absorb(halves[1]!.raw());
    for (let capability = 0; capability < capabilities; capability += 1) {
      expect(whole.list(capability)).toHaveLength(limit);
      expect(halves[0]!.list(capability)).toEqual(whole.list(capability));
      expect(halves[0]!.entry[capability]).toBe(whole.entry[capability]);
    }
  });
});
