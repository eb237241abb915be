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
 * A need term naming a problem (porosity) counts this share of its weight when the
 * capability names a technique reviewed as addressing it (X-ray CT, HIP:
 * reference/concept-relations) but not the term or its concept itself: half, as a family.
 * Measured on the read parts (docs/matching-quality.md): 0.2–0.5 add nDCG@5 on every part
 * (0.5 the most: tuning 0.851 → 0.863) and cost no top-1 or empty list.
 */
export const RELATION_CREDIT = 0.5;
/**
 * On by default. Unlike families, relations add no key to a capability (a related concept
 * is a concept key the capability publishes anyway): only the need's plan grows, by one
 * entry per related term.
 */
export const DEFAULT_RELATION_CREDIT = RELATION_CREDIT;

/**
 * A term's weight in the parts an index sums as separate keys, in this order: the share only
 * its own word or concept earns, the share a family member earns too (familyCredit, when
 * the term has families), and the share a related technique earns too (relationCredit,
 * when the term has relations). Matched fully a term adds all of them.
 */
export function termShares(
  weight: number,
  familyCredit: number,
  relationCredit: number,
): { own: number; family: number; relation: number } {
  const relation = Math.min(relationCredit, 1 - familyCredit);
  return {
    own: weight * (1 - familyCredit - relation),
    family: weight * familyCredit,
    relation: weight * relation,
  };
}

/**
 * How much of the need's wording the capability covers, each term weighted by its rarity
 * (BM25's idf over the capabilities). A need term matches the same term; in Hangul a term
 * that contains it or that it contains (수소 meets 수소연료전지); across languages a term
 * naming the same glossary concept (연료전지 meets "fuel cell"); for `familyCredit` of its
 * weight (none by default), a concept of the same family (ECG meets EMG); for
 * `relationCredit` of it, a technique reviewed as addressing the term's problem (porosity
 * meets X-ray CT). Measured from the need's side against its TEXT_SATURATION heaviest
 * terms, so the pair scores the same whoever asks.
 */
export function textFit(
  need: MatchTerms,
  capability: MatchTerms,
  weightOf: TermWeight = EQUAL_WEIGHTS,
  familyCredit: number = DEFAULT_FAMILY_CREDIT,
  relationCredit: number = DEFAULT_RELATION_CREDIT,
): MatchFit {
  if (need.words.size === 0 || (capability.words.size === 0 && capability.concepts.size === 0))
    return NO_FIT;
  const listed: string[] = [];
  const concepts: string[] = [];
  const families: string[] = [];
  const relatedConcepts: string[] = [];
  const weights: number[] = [];
  const weight = new Map<string, number>();
  let matched = 0;
  let count = 0;
  let conceptCount = 0;
  let familyCount = 0;
  let relationCount = 0;
  let hangulIndex = 0;
  for (const word of need.words) {
    const w = weightOf(word);
    weights.push(w);
    weight.set(word, w);
    // Hangul terms are stored in the order of `words`, so one cursor pairs them.
    const parts = need.hangul[hangulIndex] === word ? need.hangulParts[hangulIndex++] : undefined;
    const related = familyCredit > 0 ? need.familiesOf.get(word) : undefined;
    const relations = relationCredit > 0 ? need.relatedOf.get(word) : undefined;
    const shares = termShares(
      w,
      related === undefined ? 0 : familyCredit,
      relations === undefined ? 0 : relationCredit,
    );
    // The full weight, in the parts an index sums (see termShares).
    const full = () => {
      matched += shares.own;
      if (related !== undefined) matched += shares.family;
      if (relations !== undefined) matched += shares.relation;
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
    const family = related?.find((id) => capability.families.has(id));
    if (family !== undefined) {
      matched += shares.family;
      familyCount += 1;
      if (families.length < LISTED_TERMS && !families.includes(family)) families.push(family);
    }
    const relation = relations?.find((id) => capability.concepts.has(id));
    if (relation !== undefined) {
      matched += shares.relation;
      relationCount += 1;
      if (relatedConcepts.length < LISTED_TERMS && !relatedConcepts.includes(relation))
        relatedConcepts.push(relation);
    }
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
  if (relationCount > 0)
    reasons.push({
      code: 'ADDRESSING_CONCEPTS',
      component: 'text',
      params: { concepts: relatedConcepts, count: relationCount },
    });
  return { value: saturation > 0 ? Math.min(1, matched / saturation) : 0, reasons };
}
