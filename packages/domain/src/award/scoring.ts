import type { AwardApplication, RankingCriterion } from './award-input';

/**
 * Scores are compared after rounding to this many decimals, so two applications whose
 * averages are mathematically equal tie even when floating point sums them differently.
 */
const DECIMALS = 6;
export const roundScore = (value: number): number =>
  Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

/** One criterion's result for one application. */
export interface CriterionScore {
  /** Mean of the non-empty scores of submitted reviews, on the criterion's own scale; null when none. */
  mean: number | null;
  /** The mean normalised by the maximum score and weighted: its part of the 0–100 total. */
  weighted: number;
  /** How many reviews scored it. */
  reviews: number;
}

/** Why an application cannot be funded whatever the budget (machine-readable). */
export type ScoreFailure =
  | { code: 'NOT_SCORED'; criterion: number | null }
  | { code: 'BELOW_CRITERION_MINIMUM'; criterion: number; score: number; minimum: number }
  | { code: 'BELOW_THRESHOLD'; score: number; threshold: number };

export interface ApplicationScore {
  criteria: CriterionScore[];
  /** 0–100: the weighted sum normalised by the total weight. */
  score: number;
  reviewCount: number;
  failures: ScoreFailure[];
}

/** Summed in ascending order, so the mean never depends on the order reviews arrive in. */
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
}

/**
 * Per-criterion means over the submitted reviews, each normalised by its maximum score and
 * weighted (a criterion weighing 30 with a mean of 4 out of 5 adds 24), the total scaled to
 * 0–100 by the sum of the weights (100 on an open call); then the per-criterion minimums
 * (on the criterion's own scale) and the overall threshold (percent of the maximum).
 */
export function scoreApplication(
  criteria: readonly RankingCriterion[],
  threshold: number,
  application: Pick<AwardApplication, 'reviews'>,
): ApplicationScore {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const perCriterion: CriterionScore[] = criteria.map((criterion, index) => {
    const values = application.reviews
      .map((scores) => scores[index])
      .filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
    const m = mean(values);
    return {
      mean: m === null ? null : roundScore(m),
      weighted: m === null ? 0 : roundScore((m / criterion.maxScore) * criterion.weight),
      reviews: values.length,
    };
  });
  const raw = perCriterion.reduce((sum, c) => sum + c.weighted, 0);
  const score = totalWeight === 0 ? 0 : roundScore((raw / totalWeight) * 100);
  const failures: ScoreFailure[] = [];
  if (application.reviews.length === 0) failures.push({ code: 'NOT_SCORED', criterion: null });
  else
    perCriterion.forEach((c, index) => {
      if (c.mean === null) failures.push({ code: 'NOT_SCORED', criterion: index });
    });
  criteria.forEach((criterion, index) => {
    const m = perCriterion[index]?.mean;
    if (criterion.minScore != null && m != null && m < criterion.minScore)
      failures.push({
        code: 'BELOW_CRITERION_MINIMUM',
        criterion: index,
        score: m,
        minimum: criterion.minScore,
      });
  });
  if (score < threshold) failures.push({ code: 'BELOW_THRESHOLD', score, threshold });
  return { criteria: perCriterion, score, reviewCount: application.reviews.length, failures };
}
