import { EQUAL_WEIGHTS, type TermWeight } from './match-corpus';
import { type MatchFit, NO_FIT } from './match-fit';
import type { MatchReason } from './match-reason';
import type { MatchTerms } from './match-terms';

/** The need's most telling terms, by weight, that a capability must use to count fully. */
export const TEXT_SATURATION = 5;
/** How many matched terms a reason lists. */
export const LISTED_TERMS = 6;
/**
 * A shared two-word phrase adds this share of its words' weight again: "bipolar plate"
 * in both texts says more than "bipolar" and "plate" apart.
 */
export const PHRASE_BONUS = 0.25;
/**
 * A need term whose concept the capability does not name, but another concept of the same
 * family (reference/concept-families: ECG and EMG are both biosignals), can count a share
 * of its weight: related know-how, never as much as naming the concept itself. This is the
 * share measured on the tuning part (README, "Matching quality": 0.3–0.6 give the same
 * nDCG@5 with the reviewed families; 0.7 puts credible pairs under irrelevant ones).
 */
export const FAMILY_CREDIT = 0.5;
/**
 * The share the engine gives by default: none. With the reviewed families at FAMILY_CREDIT
 * the fresh held-out part, read once, reached nDCG@5 0.896 (0.880 without) and empty when
 * nothing fits stayed 0.25 either way: under the 0.90 and 0.8, so families stay off
 * (README, "Matching quality"). Pass `familyCredit` (MatchContext) to score with them.
 */
export const DEFAULT_FAMILY_CREDIT = 0;

/**
 * A term whose concepts belong to a family counts in two parts: the share only its own
 * word or concept earns, and the share a family member earns too. Matched fully it adds
 * both, in this order, so that an index summing the parts as separate keys
 * (match-bound's needTextPlan) reaches the very same value.
 */
export const ownShare = (weight: number, familyCredit: number): number =>
  weight * (1 - familyCredit);
export const familyShare = (weight: number, familyCredit: number): number => weight * familyCredit;

/**
 * How much of the need's wording the capability covers, each term weighted by its rarity
 * (BM25's idf over the capabilities). A need term matches the same term; in Hangul a term
 * that contains it or that it contains (수소 meets 수소연료전지); across languages a term
 * naming the same glossary concept (연료전지 meets "fuel cell"), or a loanword and the word it
 * transliterates (코팅 meets "coating": match-loanword); for `familyCredit` of its
 * weight (none by default), a concept of the same family (ECG meets EMG). Measured from the need's
 * side against its TEXT_SATURATION heaviest terms, so the pair scores the same whoever asks.
 */
export function textFit(
  need: MatchTerms,
  capability: MatchTerms,
  weightOf: TermWeight = EQUAL_WEIGHTS,
  familyCredit: number = DEFAULT_FAMILY_CREDIT,
): MatchFit {
  if (need.words.size === 0 || (capability.words.size === 0 && capability.concepts.size === 0))
    return NO_FIT;
  const listed: string[] = [];
  const concepts: string[] = [];
  const families: string[] = [];
  const weights: number[] = [];
  const weight = new Map<string, number>();
  let matched = 0;
  let count = 0;
  let conceptCount = 0;
  let familyCount = 0;
  let hangulIndex = 0;
  for (const word of need.words) {
    const w = weightOf(word);
    weights.push(w);
    weight.set(word, w);
    // Hangul terms are stored in the order of `words`, so one cursor pairs them.
    const parts = need.hangul[hangulIndex] === word ? need.hangulParts[hangulIndex++] : undefined;
    const related = familyCredit > 0 ? need.familiesOf.get(word) : undefined;
    // The full weight, in the two parts an index sums (see ownShare).
    const full = () => {
      if (related === undefined) matched += w;
      else {
        matched += ownShare(w, familyCredit);
        matched += familyShare(w, familyCredit);
      }
    };
    let term: string | undefined;
    if (capability.words.has(word) || (parts && capability.insideHangul.has(word))) term = word;
    else if (parts) term = parts.find((part) => capability.words.has(part));
    if (term !== undefined) {
      full();
      count += 1;
      if (listed.length < LISTED_TERMS && !listed.includes(term)) listed.push(term);
      continue;
    }
    const shared = need.conceptsOf.get(word)?.find((concept) => capability.concepts.has(concept));
    if (shared !== undefined) {
      full();
      conceptCount += 1;
      if (concepts.length < LISTED_TERMS && !concepts.includes(shared)) concepts.push(shared);
      continue;
    }
    // A loanword in one script meets the word it transliterates in the other (코팅, coating).
    if (need.soundsOf.get(word)?.some((key) => capability.sounds.has(key))) {
      full();
      count += 1;
      if (listed.length < LISTED_TERMS && !listed.includes(word)) listed.push(word);
      continue;
    }
    const family = related?.find((id) => capability.families.has(id));
    if (family === undefined) continue;
    matched += familyShare(w, familyCredit);
    familyCount += 1;
    if (families.length < LISTED_TERMS && !families.includes(family)) families.push(family);
  }
  for (const phrase of need.phrases) {
    if (!capability.phrases.has(phrase)) continue;
    const [a, b] = phrase.split(' ') as [string, string];
    matched += PHRASE_BONUS * ((weight.get(a) ?? 0) + (weight.get(b) ?? 0));
  }
  if (matched === 0) return NO_FIT;
  const saturation = weights
    .sort((a, b) => b - a)
    .slice(0, TEXT_SATURATION)
    .reduce((sum, w) => sum + w, 0);
  const reasons: MatchReason[] = [];
  if (count > 0)
    reasons.push({ code: 'MATCHED_TERMS', component: 'text', params: { terms: listed, count } });
  if (conceptCount > 0)
    reasons.push({
      code: 'MATCHED_CONCEPTS',
      component: 'text',
      params: { concepts, count: conceptCount },
    });
  if (familyCount > 0)
    reasons.push({
      code: 'RELATED_CONCEPTS',
      component: 'text',
      params: { families, count: familyCount },
    });
  return { value: saturation > 0 ? Math.min(1, matched / saturation) : 0, reasons };
}
