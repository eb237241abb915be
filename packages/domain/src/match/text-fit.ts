import { type MatchFit, NO_FIT } from './match-fit';
import type { MatchTerms } from './match-terms';

/** Matched need terms at which the text counts fully: a need names its subject in a few words. */
export const TEXT_SATURATION = 5;
/** How many matched terms a reason lists. */
export const LISTED_TERMS = 6;

/**
 * How much of the need's wording the capability uses. A need term matches the same term,
 * or, in Hangul, a term that contains it or that it contains (수소 meets 수소연료전지,
 * 연료전지 meets 연료전지를); the listed term is the shared part. Measured from the need's
 * side, so the pair scores the same whoever asks.
 */
export function textFit(need: MatchTerms, capability: MatchTerms): MatchFit {
  const needCount = need.words.size;
  if (needCount === 0 || capability.words.size === 0) return NO_FIT;
  const listed: string[] = [];
  let matched = 0;
  let hangulIndex = 0;
  for (const word of need.words) {
    // Hangul terms are stored in the order of `words`, so one cursor pairs them.
    const parts = need.hangul[hangulIndex] === word ? need.hangulParts[hangulIndex++] : undefined;
    let term: string | undefined;
    if (capability.words.has(word) || (parts && capability.insideHangul.has(word))) term = word;
    else if (parts) term = parts.find((part) => capability.words.has(part));
    if (term === undefined) continue;
    matched += 1;
    if (listed.length < LISTED_TERMS && !listed.includes(term)) listed.push(term);
  }
  if (matched === 0) return NO_FIT;
  return {
    value: Math.min(1, matched / Math.min(needCount, TEXT_SATURATION)),
    reasons: [
      { code: 'MATCHED_TERMS', component: 'text', params: { terms: listed, count: matched } },
    ],
  };
}
