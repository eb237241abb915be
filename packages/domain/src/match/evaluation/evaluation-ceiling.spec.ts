import {
  CEILING_FEATURES,
  ceilingFeatures,
  ceilingReport,
  type CeilingNeed,
  engineWeights,
  fitWeights,
  rankedNdcg,
} from './evaluation-ceiling';
import type { EvaluationPart, Grade } from './evaluation-needs';
import { scoreCatalogue } from './evaluate-matching';
import { EVALUATION_NEEDS } from './evaluation-needs';

const SCORE = CEILING_FEATURES.indexOf('score');
const HISTORY = CEILING_FEATURES.indexOf('history');

/** A pair with the engine's score and whether the two organizations worked together. */
const pair = (score: number, history: number): Float64Array => {
  const features = new Float64Array(CEILING_FEATURES.length);
  features[SCORE] = score;
  features[HISTORY] = history;
  return features;
};

/** A need whose credible partner the engine ranks second, behind a tempting pair. */
const need = (part: EvaluationPart, credibleHistory: number, temptingHistory: number) =>
  ({
    part,
    grades: [0, 2, 0, 0] as Grade[],
    features: [pair(0.8, temptingHistory), pair(0.7, credibleHistory), pair(0.3, 0), pair(0.2, 0)],
  }) satisfies CeilingNeed;

describe('the ceiling of the engine’s signals', () => {
  it('reads a real pair’s components and score', () => {
    const [best] = scoreCatalogue(EVALUATION_NEEDS[0]!, {});
    const features = ceilingFeatures(best!.score);
    expect(features[SCORE]).toBe(best!.score.score);
    expect(features[CEILING_FEATURES.indexOf('relevance')]).toBe(best!.score.relevance);
    expect(features).toHaveLength(CEILING_FEATURES.length);
  });

  it('ranks by the engine’s score with the engine’s weights', () => {
    // Credible second of one: 3 / log2(3) against an ideal of 3.
    expect(rankedNdcg(need('TUNING', 1, 0), engineWeights())).toBeCloseTo(1 / Math.log2(3), 6);
  });

  it('finds the weighting a signal supports', () => {
    const fit = fitWeights([need('TUNING', 1, 0), need('FRESH2', 1, 0)]);
    expect(fit.ndcgAt5).toBe(1);
    expect(fit.weights[HISTORY]).toBeGreaterThan(0.1);
  });

  it('scores each part with a weighting fit on the other parts only', () => {
    // History marks the credible partner in one part and the tempting one in the other: fit
    // on both, a weighting can serve one part; fit on the other part, it misleads each.
    const report = ceilingReport([need('TUNING', 1, 0), need('FRESH2', 0, 1)]);
    expect(report.needs).toBe(2);
    expect(report.credibleFirst).toBe(1);
    expect(report.engine).toBeCloseTo(1 / Math.log2(3), 6);
    expect(report.fitInSample).toBeGreaterThan(report.engine);
    expect(report.fitOtherParts).toBeLessThan(report.fitInSample);
  });
});
