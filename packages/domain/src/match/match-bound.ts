import { collaborationFit } from './collaboration-fit';
import { historyFit } from './history-fit';
import type { CapabilityMatchFacts, NeedMatchFacts } from './match-facts';
import { clamp01, round4 } from './match-math';
import { proximityFit } from './proximity-fit';
import { sectorFit } from './sector-fit';
import { trlFit } from './trl-fit';
import { EQUAL_WEIGHTS, type TermWeight } from './match-corpus';
import type { MatchTerms } from './match-terms';
import {
  DEFAULT_FAMILY_CREDIT,
  familyShare,
  ownShare,
  PHRASE_BONUS,
  TEXT_SATURATION,
} from './text-fit';
import { TEXT_CORROBORATION, UNCORROBORATED_CODES } from './match-score';
import { isTopical, MATCH_COMPONENTS, MATCH_WEIGHTS, type MatchWeights } from './match-weights';

/*
 * What a matching index needs to score text without holding every listing's terms: textFit
 * restated as keys. A capability publishes the keys its terms can be met under; a need
 * term matches when the capability holds any of the term's keys. The spec proves the
 * restatement equal to textFit on generated texts, so an engine that sums the weights of
 * the matched keys (posting lists, term at a time) gets textFit's very value.
 */
const WORD = 'w:';
const INSIDE = 'i:';
const CONCEPT = 'c:';
const PHRASE = 'p:';
const FAMILY = 'f:';
const SOUND = 's:';

/** The keys a capability's terms can be met under: its words, the runs inside its Hangul words, its concepts and their families, its phrases, its words' sounds (match-loanword). */
export function capabilityTextKeys(
  capability: MatchTerms,
  familyCredit: number = DEFAULT_FAMILY_CREDIT,
): string[] {
  const keys: string[] = [];
  for (const word of capability.words) keys.push(WORD + word);
  for (const part of capability.insideHangul) keys.push(INSIDE + part);
  for (const concept of capability.concepts) keys.push(CONCEPT + concept);
  for (const phrase of capability.phrases) keys.push(PHRASE + phrase);
  for (const sound of capability.sounds) keys.push(SOUND + sound);
  // Family keys only when families count: no need plans them otherwise.
  if (familyCredit > 0) for (const family of capability.families) keys.push(FAMILY + family);
  return keys;
}

export interface NeedTextTerm {
  /** Any one of these among a capability's keys makes the term match (textFit's rules). */
  keys: readonly string[];
  weight: number;
}

/**
 * A need's text as textFit weighs it: its terms in order, its phrases, and the saturation.
 * A term whose concepts belong to a family is two entries, in textFit's order: its own
 * share under its own keys, and the family's share under those keys or its families'.
 */
export interface NeedTextPlan {
  terms: readonly NeedTextTerm[];
  phrases: readonly { key: string; bonus: number }[];
  /** The weight of the need's TEXT_SATURATION heaviest terms: matched weight is divided by it. */
  saturation: number;
}

export function needTextPlan(
  need: MatchTerms,
  weightOf: TermWeight = EQUAL_WEIGHTS,
  familyCredit: number = DEFAULT_FAMILY_CREDIT,
): NeedTextPlan {
  const terms: NeedTextTerm[] = [];
  const weights: number[] = [];
  const weight = new Map<string, number>();
  let hangulIndex = 0;
  for (const word of need.words) {
    const w = weightOf(word);
    weight.set(word, w);
    weights.push(w);
    // As textFit: Hangul terms are stored in the order of `words`, so one cursor pairs them.
    const parts = need.hangul[hangulIndex] === word ? need.hangulParts[hangulIndex++] : undefined;
    const keys = [WORD + word];
    if (parts) {
      keys.push(INSIDE + word);
      for (const part of parts) keys.push(WORD + part);
    }
    for (const concept of need.conceptsOf.get(word) ?? []) keys.push(CONCEPT + concept);
    for (const sound of need.soundsOf.get(word) ?? []) keys.push(SOUND + sound);
    const families = familyCredit > 0 ? need.familiesOf.get(word) : undefined;
    if (families === undefined) terms.push({ keys, weight: w });
    else {
      terms.push({ keys, weight: ownShare(w, familyCredit) });
      terms.push({
        keys: [...keys, ...families.map((family) => FAMILY + family)],
        weight: familyShare(w, familyCredit),
      });
    }
  }
  const phrases = [...need.phrases].map((phrase) => {
    const [a, b] = phrase.split(' ') as [string, string];
    return {
      key: PHRASE + phrase,
      bonus: PHRASE_BONUS * ((weight.get(a) ?? 0) + (weight.get(b) ?? 0)),
    };
  });
  const saturation = weights
    .sort((a, b) => b - a)
    .slice(0, TEXT_SATURATION)
    .reduce((sum, w) => sum + w, 0);
  return { terms, phrases, saturation };
}

/** textFit's value from a plan and the keys a capability holds (summed in textFit's order). */
export function textValueOf(plan: NeedTextPlan, has: (key: string) => boolean): number {
  let matched = 0;
  for (const term of plan.terms) if (term.keys.some(has)) matched += term.weight;
  for (const phrase of plan.phrases) if (has(phrase.key)) matched += phrase.bonus;
  return textValueOfMatched(plan.saturation, matched);
}

/** The text value of a matched weight: what an index that summed it term by term reports. */
export const textValueOfMatched = (saturation: number, matched: number): number =>
  matched === 0 || saturation <= 0 ? 0 : Math.min(1, matched / saturation);

/**
 * The highest score and relevance a pair can reach knowing only its technology value and a
 * ceiling of its text value: scoreMatch's own arithmetic with every context component at
 * its best and no learned penalty. Each step is non-decreasing in its inputs, so it never
 * undercuts scoreMatch (the spec checks it); with the exact text value the relevance is
 * scoreMatch's own, which decides the relevance floor before anything else is computed.
 */
export function matchCeiling(
  technology: number,
  textCeiling: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): { score: number; relevance: number } {
  return matchBound(technology, textCeiling, contextCeilingOf(weights), weights);
}

/** The context's weighted sum with every context component at its best: Σ wⱼ. */
export function contextCeilingOf(weights: MatchWeights = MATCH_WEIGHTS): number {
  let sum = 0;
  for (const name of MATCH_COMPONENTS) if (!isTopical(name)) sum += weights[name];
  return sum;
}

/**
 * matchCeiling with a ceiling of the context too: scoreMatch's arithmetic given the
 * technology value, a ceiling of the text value and a ceiling of the context's weighted
 * sum (MatchScore.context). Non-decreasing in all three, so with ceilings it never
 * undercuts scoreMatch; with the exact values (the context summed as `contextOf` sums it)
 * and no learned penalty it is scoreMatch's very score and relevance, to the last bit (the
 * spec checks both): what lets an index score candidates without building a MatchScore.
 */
export function matchBound(
  technology: number,
  textCeiling: number,
  contextCeiling: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): { score: number; relevance: number } {
  return {
    score: matchBoundScore(technology, textCeiling, contextCeiling, weights),
    relevance: matchRelevance(technology, textCeiling, weights),
  };
}

/** matchBound's score alone (nothing allocated: an index calls it for every candidate). */
export function matchBoundScore(
  technology: number,
  textCeiling: number,
  contextCeiling: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): number {
  return scoreOfTopical(topicalOf(technology, textCeiling, weights), contextCeiling, weights);
}

/**
 * matchBound in two steps, for an index that scores one pair twice (its ceiling, then its
 * exact score): the topical part once (`matchTopical`), then the relevance and any score
 * from it. matchBoundScore and matchRelevance are these very steps.
 */
export const matchTopical = (
  technology: number,
  textCeiling: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): number => topicalOf(technology, textCeiling, weights);

export const relevanceOfTopical = (
  topical: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): number => round4(relevanceOf(topical, weights));

export const scoreOfTopical = (
  topical: number,
  context: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): number => round4(clamp01(topical + relevanceOf(topical, weights) * context));

/** matchBound's relevance alone: scoreMatch's with the exact text value. */
export function matchRelevance(
  technology: number,
  textCeiling: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): number {
  return relevanceOfTopical(topicalOf(technology, textCeiling, weights), weights);
}

const relevanceOf = (topical: number, weights: MatchWeights): number => {
  const topicalWeight = weights.technology + weights.text;
  return topicalWeight > 0 ? topical / topicalWeight : 0;
};

/**
 * The topical components' weighted sum as scoreMatch sums them, in MATCH_COMPONENTS order
 * (technology, corroborated by the text, then text: the two topical components; the spec
 * checks the relevance is scoreMatch's to the last bit). Written out: it runs for every
 * candidate of every listing in a full matching.
 */
function topicalOf(technology: number, textCeiling: number, weights: MatchWeights): number {
  const text = clamp01(textCeiling);
  const corroboration =
    UNCORROBORATED_CODES + (1 - UNCORROBORATED_CODES) * Math.min(1, text / TEXT_CORROBORATION);
  return weights.technology * corroboration * clamp01(technology) + weights.text * text;
}

/*
 * scoreMatch's context (MatchScore.context, without learned preferences) in its weighted
 * components, each reading only some of the facts, so an index computes each once per
 * pair of kinds of listings: sectors (the two sector lists), TRL (the need's range and
 * ways of working, the capability's TRL and kind), collaboration (the need's ways of
 * working, the capability's kind), proximity (the two places and the need's welcome of
 * partners abroad), history (earlier collaborations). `contextOf` adds them in
 * scoreMatch's own order, so the sum is MatchScore.context to the last bit (the spec
 * checks it).
 */
type Weights = MatchWeights;

export const sectorsPart = (
  need: Pick<NeedMatchFacts, 'sectors'>,
  capability: Pick<CapabilityMatchFacts, 'sectors'>,
  weights: Weights = MATCH_WEIGHTS,
): number => weights.sectors * clamp01(sectorFit(need.sectors, capability.sectors).value);

export const trlPart = (
  need: Pick<NeedMatchFacts, 'trlCurrent' | 'trlTarget' | 'collaborationTypes'>,
  capability: Pick<CapabilityMatchFacts, 'kind' | 'trl'>,
  weights: Weights = MATCH_WEIGHTS,
): number =>
  weights.trl *
  clamp01(
    trlFit(need, capability.trl, undefined, {
      kind: capability.kind,
      sought: need.collaborationTypes,
    }).value,
  );

export const collaborationPart = (
  need: Pick<NeedMatchFacts, 'collaborationTypes'>,
  capability: Pick<CapabilityMatchFacts, 'kind'>,
  weights: Weights = MATCH_WEIGHTS,
): number =>
  weights.collaboration * clamp01(collaborationFit(need.collaborationTypes, capability.kind).value);

export const proximityPart = (
  need: Pick<NeedMatchFacts, 'place' | 'internationalPartnersWelcome'>,
  capability: Pick<CapabilityMatchFacts, 'place'>,
  weights: Weights = MATCH_WEIGHTS,
): number =>
  weights.proximity *
  clamp01(proximityFit(need.place, capability.place, need.internationalPartnersWelcome).value);

export const historyPart = (
  earlierCollaborations: number,
  weights: Weights = MATCH_WEIGHTS,
): number => weights.history * clamp01(historyFit(earlierCollaborations).value);

/** The context from its parts, in scoreMatch's order. */
export const contextOf = (
  sectors: number,
  trl: number,
  collaboration: number,
  proximity: number,
  history: number,
): number => sectors + trl + collaboration + proximity + history;
