// Runs the matching evaluation: every need against the whole catalogue with the same
// scoreMatch the engine uses, in the context the engine gives it (places, clusters,
// earlier collaborations), and measures the ranking against the judgements.
import type { CapabilityMatchFacts, MatchPlace, NeedMatchFacts } from '../match-facts';
import { corpusOf } from '../match-corpus';
import {
  confidentMatches,
  isMatchShown,
  type MatchContext,
  type MatchScore,
  scoreMatch,
} from '../match-score';
import { matchTerms } from '../match-terms';
import {
  EVALUATION_CAPABILITIES,
  EVALUATION_CAPABILITY_ORGANIZATIONS,
  EVALUATION_CLUSTER_NAMES,
  type EvaluationOrganization,
  evaluationOrganization,
} from './evaluation-catalogue';
import {
  EVALUATION_DEPTH,
  bootstrapInterval,
  distribution,
  type Interval,
  mean,
  ndcgAt5,
  precisionAt5,
  type Distribution,
} from './evaluation-metrics';
import {
  EVALUATION_NEEDS,
  type EvaluationNeed,
  type EvaluationPart,
  type Grade,
} from './evaluation-needs';

export interface EvaluationOptions {
  /** Whether the engine would show the pair; by default the engine's floor (isMatchShown). */
  isShown?: (score: MatchScore) => boolean;
  /**
   * Which of a need's shown pairs its list keeps; by default the engine's list floor
   * (confidentMatches). `(pairs) => pairs` reads the pair floor alone.
   */
  listed?: <T extends { score: MatchScore }>(pairs: readonly T[]) => readonly T[];
  /** Extra context the engine passes to every pair (corpus statistics, say). */
  context?: Omit<MatchContext, 'earlierCollaborations'>;
}

export interface PartReport {
  part: EvaluationPart;
  needs: number;
  needsWithCredible: number;
  precisionAt5: number;
  ndcgAt5: number;
  top1Credible: number;
  /** Share of the needs without a credible partner that show nothing. */
  emptyWhenNothingFits: number;
  /** 95 % bootstrap intervals over the part's needs (evaluation-metrics' bootstrapInterval). */
  intervals: {
    precisionAt5: Interval;
    ndcgAt5: Interval;
    top1Credible: Interval;
    emptyWhenNothingFits: Interval;
  };
  credible: Distribution;
  adjacent: Distribution;
  irrelevant: Distribution;
  /** Credible pairs that score below the best-scoring irrelevant pair of the part. */
  credibleBelowBestIrrelevant: number;
}

export interface NeedResult {
  need: EvaluationNeed;
  shown: { capabilityId: string; score: MatchScore; grade: Grade }[];
  scores: { capabilityId: string; score: number; grade: Grade }[];
}

const placeOf = (organization: EvaluationOrganization): MatchPlace => ({
  organizationId: organization.id,
  country: organization.country,
  region: organization.region,
  clusterIds: organization.clusterIds,
  partnerClusterIds: [],
});

const capabilityFacts: readonly { id: string; facts: CapabilityMatchFacts }[] =
  EVALUATION_CAPABILITIES.map((capability, index) => ({
    id: capability.id,
    facts: {
      kind: capability.kind,
      technologyAreas: capability.technologyAreas,
      sectors: capability.sectors,
      trl: capability.trl,
      // What the engine tokenises: the listing's title and public text.
      terms: matchTerms(`${capability.title}\n${capability.description}`),
      place: placeOf(EVALUATION_CAPABILITY_ORGANIZATIONS[index] as EvaluationOrganization),
    },
  }));

/**
 * Term rarity as the engine counts it: among the capabilities a need is matched against,
 * here the catalogue, through the same domain function.
 */
const CATALOGUE_CORPUS = corpusOf(capabilityFacts.map(({ facts }) => facts.terms));

export const needFactsOf = (need: EvaluationNeed): NeedMatchFacts => ({
  technologyAreas: need.technologyAreas,
  sectors: need.sectors,
  trlCurrent: need.trlCurrent,
  trlTarget: need.trlTarget,
  collaborationTypes: need.collaborationTypes,
  internationalPartnersWelcome: need.internationalPartnersWelcome,
  terms: matchTerms(`${need.title}\n${need.summary}`),
  place: placeOf(evaluationOrganization(`o-${need.id}`, need.country, need.region)),
});

export const gradeOf = (need: EvaluationNeed, capabilityId: string): Grade =>
  need.judgements[capabilityId]?.[0] ?? 0;

const engineList = <T extends { score: MatchScore }>(pairs: readonly T[]): readonly T[] =>
  confidentMatches(pairs, (pair) => pair.score.relevance);

/** Every pair of one need with the catalogue, scored by the engine: best first, ties by id (as the engine). */
export function scoreCatalogue(
  need: EvaluationNeed,
  options: EvaluationOptions,
): { capabilityId: string; score: MatchScore; grade: Grade }[] {
  const facts = needFactsOf(need);
  const earlier = new Set(need.earlierCollaborations ?? []);
  const scored = capabilityFacts.map(({ id, facts: capability }) => ({
    capabilityId: id,
    score: scoreMatch(facts, capability, {
      clusterNames: EVALUATION_CLUSTER_NAMES,
      corpus: CATALOGUE_CORPUS,
      ...options.context,
      earlierCollaborations: earlier.has(id) ? 1 : 0,
    }),
    grade: gradeOf(need, id),
  }));
  scored.sort(
    (a, b) =>
      b.score.score - a.score.score ||
      (a.capabilityId < b.capabilityId ? -1 : a.capabilityId > b.capabilityId ? 1 : 0),
  );
  return scored;
}

/** One need ranked against the whole catalogue, with the pairs the engine would show. */
export function rankNeed(need: EvaluationNeed, options: EvaluationOptions): NeedResult {
  const scored = scoreCatalogue(need, options);
  return {
    need,
    shown: (options.listed ?? engineList)(
      scored.filter((pair) => (options.isShown ?? isMatchShown)(pair.score)),
    ).slice(0, EVALUATION_DEPTH),
    scores: scored.map((pair) => ({
      capabilityId: pair.capabilityId,
      score: pair.score.score,
      grade: pair.grade,
    })),
  };
}

export function reportPart(part: EvaluationPart, results: readonly NeedResult[]): PartReport {
  const mine = results.filter((result) => result.need.part === part);
  const judgedGrades = (result: NeedResult): Grade[] =>
    EVALUATION_CAPABILITIES.map((capability) => gradeOf(result.need, capability.id));
  const hasCredible = (result: NeedResult) => judgedGrades(result).includes(2);
  const withCredible = mine.filter(hasCredible);
  const without = mine.filter((result) => !hasCredible(result));
  const shownGrades = (result: NeedResult) => result.shown.map((pair) => pair.grade);
  const byGrade = (grade: Grade) =>
    mine.flatMap((result) => result.scores.filter((pair) => pair.grade === grade));
  const credible = byGrade(2).map((pair) => pair.score);
  const irrelevant = byGrade(0).map((pair) => pair.score);
  const bestIrrelevant = Math.max(0, ...irrelevant);
  const perNeed = {
    precisionAt5: withCredible.map((r) => precisionAt5(shownGrades(r), judgedGrades(r))),
    ndcgAt5: withCredible.map((r) => ndcgAt5(shownGrades(r), judgedGrades(r))),
    top1Credible: withCredible.map((r) => (r.shown[0]?.grade === 2 ? 1 : 0)),
    emptyWhenNothingFits: without.map((r) => (r.shown.length === 0 ? 1 : 0)),
  };
  return {
    part,
    needs: mine.length,
    needsWithCredible: withCredible.length,
    precisionAt5: mean(perNeed.precisionAt5),
    ndcgAt5: mean(perNeed.ndcgAt5),
    top1Credible: mean(perNeed.top1Credible),
    emptyWhenNothingFits: mean(perNeed.emptyWhenNothingFits),
    intervals: {
      precisionAt5: bootstrapInterval(perNeed.precisionAt5),
      ndcgAt5: bootstrapInterval(perNeed.ndcgAt5),
      top1Credible: bootstrapInterval(perNeed.top1Credible),
      emptyWhenNothingFits: bootstrapInterval(perNeed.emptyWhenNothingFits),
    },
    credible: distribution(credible),
    adjacent: distribution(byGrade(1).map((pair) => pair.score)),
    irrelevant: distribution(irrelevant),
    credibleBelowBestIrrelevant: credible.filter((score) => score < bestIrrelevant).length,
  };
}

/**
 * The parts in the order they are reported: tuning, the first fresh part (now read), the
 * seen one, FRESH2 and FRESH3 (the second and third fresh parts, read), FRESH4 (the
 * held-out part of round 6, read once before and once after it), FRESH5 (written blind,
 * read in round 7), FRESH6 (written blind, read in round 8), FRESH7 (written blind, read in
 * round 9), FRESH8 (written blind, read in round 10) and FRESH9, the held-out part
 * (written blind and committed alone before the engine scored it, read once for its figures).
 */
export const EVALUATION_PARTS: readonly EvaluationPart[] = [
  'TUNING',
  'HELD_OUT',
  'SEEN',
  'FRESH2',
  'FRESH3',
  'FRESH4',
  'FRESH5',
  'FRESH6',
  'FRESH7',
  'FRESH8',
  'FRESH9',
];

/**
 * The newest held-out part: printed by `eval:match` only when asked for by name, so that its
 * figures are read on purpose (once before and once after a round of changes). FRESH9,
 * written blind and committed alone, was read once with round 10's engine, its figures
 * only: its lists stay unread until the next round's changes are made.
 */
export const HELD_OUT_PART: EvaluationPart = 'FRESH9';

/** The evaluation of every part, in EVALUATION_PARTS' order (the tuning part first). */
export function evaluateMatching(options: EvaluationOptions): {
  parts: PartReport[];
  results: NeedResult[];
} {
  const results = EVALUATION_NEEDS.map((need) => rankNeed(need, options));
  return { parts: EVALUATION_PARTS.map((part) => reportPart(part, results)), results };
}
