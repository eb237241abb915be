// How much each kind of evidence counts in a match. The weights are data, not code, so a
// benchmark or an A/B test can pass its own through MatchContext.weights.

export const MATCH_COMPONENTS = [
  'technology',
  'sectors',
  'text',
  'trl',
  'collaboration',
  'proximity',
  'history',
] as const;
export type MatchComponentName = (typeof MATCH_COMPONENTS)[number];
export type MatchWeights = Readonly<Record<MatchComponentName, number>>;

/**
 * What a pair is about: the topical components. They decide whether a pair is relevant at
 * all; the others (context) only re-order relevant pairs (see scoreMatch).
 */
export const TOPICAL_COMPONENTS: readonly MatchComponentName[] = ['technology', 'text'];
export const isTopical = (name: MatchComponentName): boolean => TOPICAL_COMPONENTS.includes(name);

/** The default weights; they sum to 1, so the score stays in [0, 1]. */
export const MATCH_WEIGHTS: MatchWeights = {
  // Both sides pick technology codes from the same taxonomy: what a need is about and what
  // a capability can do, but coarse (one code covers unrelated work), so it is half of the
  // topic, and counts fully only when the texts corroborate it (scoreMatch).
  technology: 0.3,
  // Free text, weighted by how rare its terms are and read across languages through the
  // glossary: what names the actual problem (a material, a process, a product).
  text: 0.3,
  // A partner in the right field at the wrong maturity is the most common misfit: a lab
  // result does not help a firm that needs a qualified part, and the reverse.
  trl: 0.14,
  // NACE codes are coarse (one division covers very different products): a supporting
  // signal, weaker than technology.
  sectors: 0.06,
  // What the capability's kind can offer against what the need seeks: coarse, since most
  // organizations can arrange more than their listing says.
  collaboration: 0.08,
  // Clusters fund regional and partner-cluster consortia, so nearness helps, but it must
  // never outrank fit: a good partner abroad beats a poor one next door.
  proximity: 0.08,
  // Earlier work together is trust already built; a tie-breaker only, so that new
  // partners are not locked out by old ones.
  history: 0.04,
};

export type ProximityTier =
  'SAME_CLUSTER' | 'PARTNER_CLUSTER' | 'SAME_REGION' | 'SAME_COUNTRY' | 'ABROAD_WELCOME' | 'ABROAD';

/** The proximity value of each tier; the best tier the pair reaches counts. */
export const MATCH_PROXIMITY: Readonly<Record<ProximityTier, number>> = {
  // The cluster organization already knows both and can broker the consortium.
  SAME_CLUSTER: 1,
  // Partner clusters exist to build exactly these links, at home or abroad.
  PARTNER_CLUSTER: 0.8,
  // Regional programmes fund partners of one region; meetings are a short drive.
  SAME_REGION: 0.6,
  // Same language, law and national programmes.
  SAME_COUNTRY: 0.4,
  // The need asks for international partners (global R&DB): the border costs nothing,
  // and a foreign partner is often what the home country lacks, so slightly above the
  // same country. "Welcome" is not "required", so still below the same region.
  ABROAD_WELCOME: 0.5,
  // Abroad without an invitation: possible, but language, law and funding get harder.
  ABROAD: 0.1,
};
