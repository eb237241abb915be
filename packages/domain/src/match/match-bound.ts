import { clamp01, round4 } from './match-math';
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

/** The keys a capability's terms can be met under: its words, the runs inside its Hangul words, its concepts and their families, its phrases. */
export function capabilityTextKeys(
  capability: MatchTerms,
  familyCredit: number = DEFAULT_FAMILY_CREDIT,
): string[] {
  const keys: string[] = [];
  for (const word of capability.words) keys.push(WORD + word);
  for (const part of capability.insideHangul) keys.push(INSIDE + part);
  for (const concept of capability.concepts) keys.push(CONCEPT + concept);
  for (const phrase of capability.phrases) keys.push(PHRASE + phrase);
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
  const corroboration =
    UNCORROBORATED_CODES +
    (1 - UNCORROBORATED_CODES) * Math.min(1, clamp01(textCeiling) / TEXT_CORROBORATION);
  let topical = 0;
  let topicalWeight = 0;
  let contextSum = 0;
  for (const name of MATCH_COMPONENTS) {
    const value = name === 'technology' ? technology : name === 'text' ? textCeiling : 1;
    const weighted =
      (name === 'technology' ? weights[name] * corroboration : weights[name]) * clamp01(value);
    if (isTopical(name)) {
      topical += weighted;
      topicalWeight += weights[name];
    } else contextSum += weighted;
  }
  const relevance = topicalWeight > 0 ? topical / topicalWeight : 0;
  return { score: round4(clamp01(topical + relevance * contextSum)), relevance: round4(relevance) };
}
