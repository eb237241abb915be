// Ranking metrics of the matching evaluation. Pure: a ranked list of grades in, numbers out.
import type { Grade } from './evaluation-needs';

/** How many places a person reads first: the evaluation's cut-off. */
export const EVALUATION_DEPTH = 5;

/** Gains of nDCG: a credible partner is worth three adjacent ones. */
export const GAINS: Readonly<Record<Grade, number>> = { 0: 0, 1: 1, 2: 3 };

const dcg = (grades: readonly Grade[]): number =>
  grades
    .slice(0, EVALUATION_DEPTH)
    .reduce<number>((sum, grade, rank) => sum + GAINS[grade] / Math.log2(rank + 2), 0);

/**
 * nDCG@5 of the shown list against the best order of every judged pair of the need.
 * A need with nothing relevant has no ideal: null.
 */
export function ndcgAt5(shown: readonly Grade[], judged: readonly Grade[]): number | null {
  const ideal = dcg([...judged].sort((a, b) => b - a));
  return ideal === 0 ? null : dcg(shown) / ideal;
}

/**
 * Share of the shown top 5 that is at least adjacent, out of what could be there: the
 * relevant pairs in the catalogue, at most 5 (a need with two relevant partners is perfect
 * with those two on top). Null when nothing is relevant.
 */
export function precisionAt5(shown: readonly Grade[], judged: readonly Grade[]): number | null {
  const possible = Math.min(EVALUATION_DEPTH, judged.filter((grade) => grade >= 1).length);
  if (possible === 0) return null;
  return shown.slice(0, EVALUATION_DEPTH).filter((grade) => grade >= 1).length / possible;
}

export interface Distribution {
  count: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

const quantile = (sorted: readonly number[], q: number): number => {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? 0;
  return a + (b - a) * (position - low);
};

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    count: sorted.length,
    min: round(sorted[0] ?? 0),
    p25: round(quantile(sorted, 0.25)),
    median: round(quantile(sorted, 0.5)),
    p75: round(quantile(sorted, 0.75)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

export const mean = (values: readonly (number | null)[]): number => {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : 0;
};

/** A 95 % interval of a part's figure: what another draw of as many needs could have given. */
export type Interval = readonly [low: number, high: number];

/**
 * A seeded generator (mulberry32), so that the same figures always print the same interval:
 * the resampling is part of a report, and a report that changed from run to run could not be
 * compared between rounds.
 */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The percentile bootstrap interval of a mean over needs: the needs are drawn again with
 * replacement `resamples` times and the middle `level` of the means kept. A part has 8 to 31
 * needs, so its figures move by tenths between two draws of the same kind of needs; the
 * interval says how far, and whether a target above the figure is out of reach or merely
 * unmet on this draw. Null values (needs the figure does not cover) are left out first.
 */
export function bootstrapInterval(
  values: readonly (number | null)[],
  {
    resamples = 2000,
    level = 0.95,
    seed = 12,
  }: { resamples?: number; level?: number; seed?: number } = {},
): Interval {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return [0, 0];
  const random = seeded(seed);
  const means: number[] = [];
  for (let draw = 0; draw < resamples; draw += 1) {
    let sum = 0;
    for (let i = 0; i < present.length; i += 1)
      sum += present[Math.floor(random() * present.length)] as number;
    means.push(sum / present.length);
  }
  means.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return [quantile(means, tail), quantile(means, 1 - tail)];
}
