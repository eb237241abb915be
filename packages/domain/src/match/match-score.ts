import { collaborationFit } from './collaboration-fit';
import { type MatchCorpus, termWeights } from './match-corpus';
import { fieldPenalty } from './field-penalty';
import { historyFit } from './history-fit';
import type { CapabilityMatchFacts, NeedMatchFacts } from './match-facts';
import type { MatchFit } from './match-fit';
import { clamp01, round4 } from './match-math';
import type { MatchPreferences } from './match-preferences';
import { isGapReason, type MatchReason } from './match-reason';
import {
  isTopical,
  MATCH_COMPONENTS,
  MATCH_WEIGHTS,
  type MatchComponentName,
  type MatchWeights,
} from './match-weights';
import { proximityFit } from './proximity-fit';
import { sectorFit } from './sector-fit';
import { technologyFit } from './technology-fit';
import { textFit } from './text-fit';
import { trlFit } from './trl-fit';

export interface MatchComponent {
  name: MatchComponentName;
  weight: number;
  /** In [0, 1]. */
  value: number;
  /**
   * weight × value (each rounded to 4 decimals). A context component's weight here is its
   * nominal weight × the pair's relevance (it counts only as far as the topics meet), so
   * the contributions add up to the score (before a learned field penalty).
   */
  contribution: number;
  reasons: readonly MatchReason[];
  /** A learned preference changed this component's value (or, for technology, the field penalty applied). */
  learned: boolean;
}

export interface MatchScore {
  /** In [0, 1], 4 decimals. */
  score: number;
  /**
   * How well the pair's topics meet, in [0, 1] (4 decimals): the topical components' weighted
   * mean. It gates the context and decides whether the pair is shown at all (isMatchShown).
   */
  relevance: number;
  /** The context components' weighted sum before gating (an upper-bound helper for the engine). */
  context: number;
  /** In MATCH_COMPONENTS order. */
  components: readonly MatchComponent[];
  /** The reasons for the match, strongest component first: supporting and learned ones only. */
  reasons: readonly MatchReason[];
  /** The learned field penalty the weighted sum was multiplied by; 1 when none applied. */
  fieldPenalty: number;
}

export interface MatchContext {
  /** Earlier collaborations between the two organizations. */
  earlierCollaborations: number;
  /** What the viewer's dismissals taught; the side says who is viewing. */
  preferences?: MatchPreferences;
  weights?: MatchWeights;
  /** How rare each term is among the capabilities: weights the text component (BM25 idf). */
  corpus?: MatchCorpus;
  /** Cluster id → name, for reasons that name a cluster. */
  clusterNames?: Readonly<Record<string, string>>;
  /**
   * The share of a term's weight a concept of the same family earns (textFit); by default
   * DEFAULT_FAMILY_CREDIT. An index must plan the need's text with the same share.
   */
  familyCredit?: number;
}

const byContribution = (a: MatchComponent, b: MatchComponent): number =>
  b.contribution - a.contribution;

/**
 * One function of (need, capability): the same pair scores the same whichever side asks
 * (only the viewer's learned preferences differ). Cheap enough to run on every candidate:
 * no text is read here (terms come tokenised) and no label is looked up.
 *
 * Relevance first. The topical components (technology, text) make the relevance R, their
 * weighted mean; the context components (TRL, collaboration, proximity, history, sectors)
 * count in proportion to it:
 *
 *   score = Σ topical wᵢvᵢ + R × Σ context wⱼvⱼ        (× a learned field penalty)
 *
 * so context re-orders pairs whose topics meet but cannot lift one whose topics do not:
 * an unrelated capability next door with the right TRL scores 0, not 0.4. The score is
 * increasing in every component value, which keeps the engine's bounds valid.
 */
export function scoreMatch(
  need: NeedMatchFacts,
  capability: CapabilityMatchFacts,
  context: MatchContext,
): MatchScore {
  return scoreWith(need, capability, context, null);
}

/**
 * The highest score the pair could reach whatever its texts say: scoreMatch with the text
 * component at its maximum. The score only grows with the text value (directly, through
 * the corroboration of the codes and through the relevance that gates the context), so
 * this is a true upper bound: the engine ranks candidates by it before reading any text.
 */
export function scoreMatchBound(
  need: NeedMatchFacts,
  capability: CapabilityMatchFacts,
  context: MatchContext,
  textCeiling = 1,
): number {
  return scoreWith(
    need,
    capability,
    context,
    textCeiling >= 1 ? FULL_TEXT : { value: textCeiling, reasons: [] },
  ).score;
}

/**
 * scoreMatch of a pair whose text value is already known (an index computes it from
 * `needTextPlan` and `capabilityTextKeys` without the listings' terms: `textValueOf`, which
 * the spec proves equal to textFit's value): the same score and relevance, without the text
 * reasons. What the background refresh stores; reads rescore with scoreMatch itself.
 */
export function scoreMatchGivenText(
  need: NeedMatchFacts,
  capability: CapabilityMatchFacts,
  context: MatchContext,
  textValue: number,
): Pick<MatchScore, 'score' | 'relevance'> {
  return scoreWith(need, capability, context, { value: textValue, reasons: [] });
}

const FULL_TEXT: MatchFit = Object.freeze({ value: 1, reasons: Object.freeze([]) });

/**
 * Shared codes without a word of the texts agreeing count this share of their value: a
 * code is chosen from a coarse list (one field holds fuel-cell diagnostics and bipolar
 * plates alike), the texts say what the work is.
 */
export const UNCORROBORATED_CODES = 0.5;
/** Text value at which the codes count fully. */
export const TEXT_CORROBORATION = 0.2;

function scoreWith(
  need: NeedMatchFacts,
  capability: CapabilityMatchFacts,
  context: MatchContext,
  textOverride: MatchFit | null,
): MatchScore {
  const weights = context.weights ?? MATCH_WEIGHTS;
  const { preferences } = context;
  const fits: Record<MatchComponentName, MatchFit> = {
    technology: technologyFit(need.technologyAreas, capability.technologyAreas),
    sectors: sectorFit(need.sectors, capability.sectors),
    text:
      textOverride ??
      textFit(need.terms, capability.terms, termWeights(context.corpus), context.familyCredit),
    trl: trlFit(need, capability.trl, preferences, {
      kind: capability.kind,
      sought: need.collaborationTypes,
    }),
    collaboration: collaborationFit(need.collaborationTypes, capability.kind),
    proximity: proximityFit(
      need.place,
      capability.place,
      need.internationalPartnersWelcome,
      context.clusterNames,
    ),
    history: historyFit(context.earlierCollaborations),
  };
  const penalty = fieldPenalty(need.technologyAreas, capability.technologyAreas, preferences);

  const corroboration =
    UNCORROBORATED_CODES +
    (1 - UNCORROBORATED_CODES) * Math.min(1, clamp01(fits.text.value) / TEXT_CORROBORATION);
  // The weight each component counts with: technology's as far as the texts corroborate it.
  const effective = (name: MatchComponentName): number =>
    name === 'technology' ? weights[name] * corroboration : weights[name];
  let topical = 0;
  let topicalWeight = 0;
  let contextSum = 0;
  for (const name of MATCH_COMPONENTS) {
    const weighted = effective(name) * clamp01(fits[name].value);
    if (isTopical(name)) {
      topical += weighted;
      topicalWeight += weights[name];
    } else contextSum += weighted;
  }
  const relevance = topicalWeight > 0 ? topical / topicalWeight : 0;

  const components = MATCH_COMPONENTS.map((name): MatchComponent => {
    const fit = fits[name];
    // Weight and value rounded, the contribution their exact product: the breakdown a
    // reader sees multiplies out.
    const weight = round4(isTopical(name) ? effective(name) : weights[name] * relevance);
    const value = round4(clamp01(fit.value));
    const penalised = name === 'technology' && penalty.reason !== null;
    return {
      name,
      weight,
      value,
      contribution: weight * value,
      reasons: penalised ? [...fit.reasons, penalty.reason as MatchReason] : fit.reasons,
      learned: (fit.learned ?? false) || penalised,
    };
  });

  // Plain loops: this runs once per candidate, on up to hundreds of thousands of them.
  const reasons: MatchReason[] = [];
  for (const component of components.slice().sort(byContribution))
    for (const reason of component.reasons) if (!isGapReason(reason.code)) reasons.push(reason);
  return {
    score: round4(round4(clamp01(topical + relevance * contextSum)) * penalty.factor),
    relevance: round4(relevance),
    context: contextSum,
    components,
    reasons,
    fieldPenalty: penalty.factor,
  };
}

/**
 * Below this relevance a pair is not shown, whatever its context: its topics barely meet.
 * One shared technology code with no word of the texts agreeing is relevance 0.2 (the code
 * counts half uncorroborated): not enough on its own, as one code holds unrelated work.
 * A rare shared term or a shared concept, or codes the texts confirm, pass it. Checked on
 * the evaluation's tuning part (README, "Matches"): the lists of needs nothing in the
 * catalogue fits stay empty while every credible partner is kept.
 */
export const MATCH_RELEVANCE_FLOOR = 0.21;

/** Whether a scored pair is worth showing: relevant enough, by the documented floor. */
export const isMatchShown = (score: Pick<MatchScore, 'relevance'>): boolean =>
  score.relevance >= MATCH_RELEVANCE_FLOOR;

/**
 * A need's list is shown only when its best pair is at least this relevant: below it the
 * catalogue holds no credible partner, only neighbours of the field (a shared code and
 * its field's word), and an empty list that says so helps more than five of them. Pairs
 * above MATCH_RELEVANCE_FLOOR still fill the rest of a list that passes. Calibrated on the
 * evaluation's tuning part (README, "Matching quality"): the weakest credible pair has
 * relevance 0.61, the best pair of any need without a credible partner 0.18; this is the
 * middle of that gap, so neither side sits near it.
 */
export const MATCH_LIST_FLOOR = 0.4;

/**
 * The pairs of one need's list worth showing (each already above the pair floor): all of
 * them when one is relevant enough to stand for a credible partner (MATCH_LIST_FLOOR),
 * none otherwise. Whatever their order.
 */
export function confidentMatches<T>(
  pairs: readonly T[],
  relevanceOf: (pair: T) => number,
): readonly T[] {
  for (const pair of pairs) if (relevanceOf(pair) >= MATCH_LIST_FLOOR) return pairs;
  return [];
}
