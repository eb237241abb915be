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
