/**
 * A score (or a fit) in [0, 1] as the whole percentage every screen shows: 0.865 is 87%.
 *
 * Scores are kept to four decimals (round4), so the percentage is rounded from those
 * decimals, half up. Rounding the binary number instead disagrees at the halves: 0.865 is
 * stored as 0.86499999…, which `Intl.NumberFormat` shows as 86% while `Math.round(0.865 *
 * 100)` gives 87. Every percentage of a score goes through here, so two places never show
 * the same score a point apart.
 */
export function scorePercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const tenThousandths = Math.round(Math.min(1, Math.max(0, value)) * 10000);
  return Math.round(tenThousandths / 100);
}
