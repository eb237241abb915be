// How far the engine's own signals can go: the best ranking that any weighting of a pair's
// score components (and a few of their products) gives on the judged needs, fit by direct
// ascent of nDCG@5 as learning-to-rank toolkits do (RankLib's coordinate ascent,
// Metzler & Croft 2007). If even the weighting fit on the very needs it is scored on stays
// below a target, no re-weighting of these signals reaches it: the pairs need information
// the components do not carry. Pure: scored pairs in, figures out.
import type { MatchScore } from '../match-score';
import { MATCH_COMPONENTS } from '../match-weights';
import { mean, ndcgAt5 } from './evaluation-metrics';
import type { EvaluationPart, Grade } from './evaluation-needs';

/** What a ranking may weigh of a pair: each component's value and a few products of them. */
export const CEILING_FEATURES: readonly string[] = [
  ...MATCH_COMPONENTS,
  'relevance',
  'score',
  'relevance²',
  'technology×text',
  '√text',
  'relevance×trl',
  'relevance×proximity',
  'relevance×sectors',
];

/** The engine's own score: where every ascent starts, so a fit is never worse than the engine. */
const SCORE = CEILING_FEATURES.indexOf('score');

export function ceilingFeatures(score: MatchScore): Float64Array {
  const value = (name: string) =>
    score.components.find((component) => component.name === name)?.value ?? 0;
  const [technology, sectors, text, trl, proximity] = [
    'technology',
    'sectors',
    'text',
    'trl',
    'proximity',
  ].map(value) as [number, number, number, number, number];
  return Float64Array.from([
    ...MATCH_COMPONENTS.map(value),
    score.relevance,
    score.score,
    score.relevance * score.relevance,
    technology * text,
    Math.sqrt(text),
    score.relevance * trl,
    score.relevance * proximity,
    score.relevance * sectors,
  ]);
}

/** One judged need: its catalogue in the engine's order (ties by id) with each pair's features. */
export interface CeilingNeed {
  part: EvaluationPart;
  grades: readonly Grade[];
  features: readonly Float64Array[];
}

export function ceilingNeed(
  part: EvaluationPart,
  pairs: readonly { score: MatchScore; grade: Grade }[],
): CeilingNeed {
  return {
    part,
    grades: pairs.map((pair) => pair.grade),
    features: pairs.map((pair) => ceilingFeatures(pair.score)),
  };
}

const weighted = (weights: Float64Array, features: Float64Array): number => {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) sum += (weights[i] ?? 0) * (features[i] ?? 0);
  return sum;
};

/** nDCG@5 of a need's catalogue ordered by a weighting (no floor: ordering alone), ties kept in order. */
export function rankedNdcg(need: CeilingNeed, weights: Float64Array): number | null {
  const order = need.features
    .map((features, index) => ({ value: weighted(weights, features), index }))
    .sort((a, b) => b.value - a.value || a.index - b.index);
  return ndcgAt5(
    order.map(({ index }) => need.grades[index] as Grade),
    need.grades,
  );
}

const meanNdcg = (needs: readonly CeilingNeed[], weights: Float64Array): number =>
  mean(needs.map((need) => rankedNdcg(need, weights)));

/** The engine's weighting: its score alone. */
export function engineWeights(): Float64Array {
  const weights = new Float64Array(CEILING_FEATURES.length);
  weights[SCORE] = 1;
  return weights;
}

const STEPS = [-1, -0.5, -0.25, -0.1, -0.05, -0.02, 0.02, 0.05, 0.1, 0.25, 0.5, 1];

/**
 * Coordinate ascent of mean nDCG@5 from the engine's weighting: each other feature's weight
 * in turn is moved by the step that raises the figure most, `rounds` times over. The score's
 * own weight stays 1 (nDCG does not change with scale). Deterministic.
 */
export function fitWeights(
  needs: readonly CeilingNeed[],
  rounds = 3,
): { weights: Float64Array; ndcgAt5: number } {
  const weights = engineWeights();
  let best = meanNdcg(needs, weights);
  for (let round = 0; round < rounds; round += 1)
    for (let feature = 0; feature < weights.length; feature += 1) {
      if (feature === SCORE) continue;
      const start = weights[feature] ?? 0;
      let chosen = start;
      for (const step of STEPS) {
        weights[feature] = start + step;
        const figure = meanNdcg(needs, weights);
        if (figure > best + 1e-9) {
          best = figure;
          chosen = start + step;
        }
      }
      weights[feature] = chosen;
    }
  return { weights, ndcgAt5: best };
}

export interface CeilingReport {
  needs: number;
  /** The engine's order, no floor. */
  engine: number;
  /** Every credible partner first (the engine's order among them and among the rest). */
  credibleFirst: number;
  /** The weighting fit on these very needs: an optimistic ceiling of the signals. */
  fitInSample: number;
  /** Each part scored with a weighting fit on the other parts: what re-weighting would bring. */
  fitOtherParts: number;
  weights: Float64Array;
}

/** The ceiling of the engine's signals on needs with a credible partner. */
export function ceilingReport(all: readonly CeilingNeed[], rounds = 3): CeilingReport {
  const needs = all.filter((need) => need.grades.includes(2));
  const engine = engineWeights();
  const credibleFirst = mean(
    needs.map((need) => {
      // The engine's order is the catalogue's order: credible ones moved ahead, in it.
      const order = [...need.grades.keys()].sort(
        (a, b) => Number(need.grades[b] === 2) - Number(need.grades[a] === 2) || a - b,
      );
      return ndcgAt5(
        order.map((index) => need.grades[index] as Grade),
        need.grades,
      );
    }),
  );
  const fit = fitWeights(needs, rounds);
  const parts = [...new Set(needs.map((need) => need.part))];
  const otherParts = parts.flatMap((part) => {
    const { weights } = fitWeights(
      needs.filter((need) => need.part !== part),
      rounds,
    );
    return needs.filter((need) => need.part === part).map((need) => rankedNdcg(need, weights));
  });
  return {
    needs: needs.length,
    engine: meanNdcg(needs, engine),
    credibleFirst,
    fitInSample: fit.ndcgAt5,
    fitOtherParts: mean(otherParts),
    weights: fit.weights,
  };
}
