import { MATCH_RELEVANCE_FLOOR, matchCeiling } from '@spillover/domain';
import type { IndexedPair } from './match-index';

/**
 * The largest text value known to leave a pair of this technology value below the
 * relevance floor (-1 when none does): matchCeiling's relevance is non-decreasing in the
 * text value, so every text value up to it fails too. Bisection on the domain's own
 * function; values between it and the next tested one are left to matchCeiling itself.
 */
const belowFloor = new Map<number, number>();
export function textBelowFloor(technology: number): number {
  let known = belowFloor.get(technology);
  if (known !== undefined) return known;
  const passes = (text: number) =>
    matchCeiling(technology, text).relevance >= MATCH_RELEVANCE_FLOOR;
  if (passes(0)) known = -1;
  else if (!passes(1)) known = 1;
  else {
    let [low, high] = [0, 1];
    for (let i = 0; i < 40; i += 1) {
      const middle = (low + high) / 2;
      if (passes(middle)) high = middle;
      else low = middle;
    }
    known = low;
  }
  if (belowFloor.size > 10_000) belowFloor.clear();
  belowFloor.set(technology, known);
  return known;
}

/** Puts a pair into a best-first list of at most `limit`, in place. */
export function insert(best: IndexedPair[], pair: IndexedPair, limit: number): void {
  let [low, high] = [0, best.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byScore(best[middle]!, pair) <= 0) low = middle + 1;
    else high = middle;
  }
  if (low >= limit) return;
  best.splice(low, 0, pair);
  if (best.length > limit) best.length = limit;
}

/** Best first; ties in code-unit order of the pair, as the read side orders them. */
export const byScore = (a: IndexedPair, b: IndexedPair): number => {
  const difference = b.score.score - a.score.score;
  // The pair's text only for ties: this runs for every pair that enters a list.
  if (difference !== 0) return difference;
  const [x, y] = [a.capabilityId + a.needId, b.capabilityId + b.needId];
  return x < y ? -1 : x > y ? 1 : 0;
};
