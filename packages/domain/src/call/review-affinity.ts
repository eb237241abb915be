import { MATCH_WEIGHTS } from '../match/match-weights';
import { matchTerms, type MatchTerms } from '../match/match-terms';
import { sectorFit } from '../match/sector-fit';
import { technologyFit } from '../match/technology-fit';
import { textFit } from '../match/text-fit';
import type { ReviewerExpertise } from './review';

/** What a reviewer is matched against: the application's linked needs' codes and its own words. */
export interface ApplicationTopic {
  technologyCodes: readonly string[];
  sectors: readonly string[];
  /** Title and abstract. */
  text: string;
}

export interface AffinityParts {
  technology: number;
  sectors: number;
  text: number;
  /** The three, weighted as the matching engine weighs them, in [0, 1]. */
  total: number;
}

const WEIGHT_SUM = MATCH_WEIGHTS.technology + MATCH_WEIGHTS.sectors + MATCH_WEIGHTS.text;

/**
 * How well a reviewer's expertise fits an application, from the matching engine's own
 * technology, sector and text components (the application plays the need, the reviewer the
 * capability), weighted as the engine weighs them. Prepared terms may be passed in to score
 * many pairs without re-reading the same text.
 */
export function reviewerAffinity(
  expertise: ReviewerExpertise,
  topic: ApplicationTopic,
  terms: { expertise?: MatchTerms; topic?: MatchTerms } = {},
): AffinityParts {
  const technology = technologyFit(topic.technologyCodes, expertise.technologyCodes).value;
  const sectors = sectorFit(topic.sectors, expertise.sectors).value;
  const text = textFit(
    terms.topic ?? matchTerms(topic.text),
    terms.expertise ?? matchTerms(expertise.text),
  ).value;
  const total =
    (MATCH_WEIGHTS.technology * technology +
      MATCH_WEIGHTS.sectors * sectors +
      MATCH_WEIGHTS.text * text) /
    WEIGHT_SUM;
  return { technology, sectors, text, total: Math.min(1, Math.max(0, total)) };
}

/**
 * How well a platform user would fit a call's panel before anyone has declared expertise:
 * what their organizations say of themselves (technology areas, sectors, description) read
 * as expertise, against the best-fitting reviewable application. 0 while the call has none.
 */
export function candidateAffinity(
  profile: ReviewerExpertise,
  topics: readonly ApplicationTopic[],
): number {
  const expertise = matchTerms(profile.text);
  let best = 0;
  for (const topic of topics)
    best = Math.max(best, reviewerAffinity(profile, topic, { expertise }).total);
  return best;
}
