import { Injectable } from '@nestjs/common';
import {
  CAPABILITY_KINDS,
  COLLABORATION_TYPES,
  NO_TERMS,
  expandTechnologyAreas,
  isMatchShown,
  matchTerms,
  scoreMatch,
  scoreMatchBound,
  technologyParent,
  type CapabilityMatchFacts,
  type MatchContext,
  type MatchCorpus,
  type MatchPlace,
  type MatchScore,
  type MatchTerms,
  type NeedMatchFacts,
} from '@spillover/domain';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import {
  MatchRepository,
  type CandidateRow,
  type CapabilityRow,
  type NeedRow,
  type PlaceRow,
} from './match.repository';
import type { MatchRefreshKind } from './match-refresh-request.entity';

/** A scored pair, from either side. */
export interface ScoredPair {
  needId: string;
  capabilityId: string;
  score: MatchScore;
}

/** Words of a listing the candidate query looks for, rarest first; more only widens the OR. */
const CANDIDATE_WORDS = 12;
/**
 * A word found in more listings than this is too common to make a candidate on its own
 * ("data", "공정"): it would bring in a large part of the corpus. It still counts in every
 * score; it just does not fetch.
 */
const COMMON_WORD = 2_000;
/** Word frequencies remembered per process (they drift slowly); forgotten wholesale past this size. */
const FREQUENCY_CACHE = 50_000;
/**
 * ... or past this age, with the corpus size: term weights follow the corpus within minutes,
 * while a refresh and the reads right after it weigh every term alike.
 */
const FREQUENCY_TTL_MS = 10 * 60_000;
/** Exact scores are computed in batches of this many candidates, best bound first. */
const BATCH = 100;
/** The top places the candidate step guarantees against far candidates (what a page shows first). */
const GUARANTEED = 20;
// Scores are rounded to 4 decimals by the domain: a bound must not lose to the rounding.
const ROUNDING = 1e-4;

const toPlace = (row: PlaceRow | undefined, organizationId: string): MatchPlace => ({
  organizationId,
  country: row?.country ?? '',
  region: row?.region ?? null,
  clusterIds: row?.clusterIds ?? [],
  partnerClusterIds: row?.partnerClusterIds ?? [],
});

export const needFacts = (
  row: NeedRow,
  place: MatchPlace,
  terms = matchTerms(row.text),
): NeedMatchFacts => ({
  technologyAreas: row.technologyAreas,
  sectors: row.sectors,
  trlCurrent: row.trlCurrent,
  trlTarget: row.trlTarget,
  collaborationTypes: row.collaborationTypes,
  internationalPartnersWelcome: row.internationalPartnersWelcome,
  terms,
  place,
});

export const capabilityFacts = (
  row: CapabilityRow,
  place: MatchPlace,
  terms = matchTerms(row.text),
): CapabilityMatchFacts => ({
  kind: row.kind,
  technologyAreas: row.technologyAreas,
  sectors: row.sectors,
  trl: row.trl,
  terms,
  place,
});

/**
 * Scores needs against capabilities with the domain's `scoreMatch`, loading the facts it
 * needs in bulk. The refresh uses `best` (candidates from the indexes, then exact scores in
 * bound order); tests and the benchmark use `exhaustive` to check it loses nothing.
 */
@Injectable()
export class MatchEngine {
  private readonly frequencies = new Map<string, number>();
  private readonly listingCounts = new Map<MatchRefreshKind, number>();
  private countedAt = Date.now();

  constructor(private readonly matches: MatchRepository) {}

  /** Counts the words of `kind` listings not counted yet (up to COMMON_WORD each). */
  private async countWords(kind: MatchRefreshKind, words: Iterable<string>): Promise<void> {
    if (Date.now() - this.countedAt > FREQUENCY_TTL_MS) {
      this.frequencies.clear();
      this.listingCounts.clear();
      this.countedAt = Date.now();
    }
    const unknown = [...new Set(words)].filter((word) => !this.frequencies.has(`${kind}:${word}`));
    if (!unknown.length) return;
    if (this.frequencies.size > FREQUENCY_CACHE) this.frequencies.clear();
    const counted = await this.matches.wordFrequencies(kind, unknown, COMMON_WORD);
    for (const word of unknown)
      this.frequencies.set(`${kind}:${word}`, counted.get(word) ?? COMMON_WORD);
  }

  /**
   * How rare the needs' terms are among capabilities, for the text component's weights
   * (BM25 idf). Always the capabilities: text fit is measured from the need's side, so a
   * pair weighs its terms the same whichever side is refreshed or read. Counts are capped
   * at COMMON_WORD: a word that common weighs little either way.
   */
  async corpus(needTerms: Iterable<MatchTerms>): Promise<MatchCorpus> {
    const words: string[] = [];
    for (const terms of needTerms) words.push(...terms.words);
    await this.countWords('CAPABILITY', words);
    let documents = this.listingCounts.get('CAPABILITY');
    if (documents === undefined) {
      documents = await this.matches.listingCount('CAPABILITY');
      this.listingCounts.set('CAPABILITY', documents);
    }
    // A snapshot: the cache may be cleared while the pairs are scored.
    const counts = new Map(words.map((word) => [word, this.frequencies.get(`CAPABILITY:${word}`)]));
    return { documents, frequency: (term) => counts.get(term) };
  }

  /** The listing's informative words, rarest first: the ones worth an index lookup. */
  private async selectiveWords(kind: MatchRefreshKind, terms: MatchTerms): Promise<string[]> {
    const words = [...terms.words];
    await this.countWords(kind, words);
    const frequency = (word: string) => this.frequencies.get(`${kind}:${word}`) ?? COMMON_WORD;
    return words
      .filter((word) => frequency(word) < COMMON_WORD)
      .sort((a, b) => frequency(a) - frequency(b))
      .slice(0, CANDIDATE_WORDS);
  }

  async places(
    organizationIds: Iterable<string>,
    known = new Map<string, MatchPlace>(),
  ): Promise<Map<string, MatchPlace>> {
    const missing = [...new Set(organizationIds)].filter((id) => !known.has(id));
    for (const row of await this.matches.places(missing))
      known.set(row.organizationId, toPlace(row, row.organizationId));
    for (const id of missing) if (!known.has(id)) known.set(id, toPlace(undefined, id));
    return known;
  }

  /**
   * The best `limit` pairs of one live listing among the listings of the other kind, scored
   * without anyone's learned preferences.
   *
   * 1. Near candidates come from the indexes: listings sharing a technology code with it
   *    (its own codes, their area, the fields of an area it names:
   *    search_document_technology_areas_idx) or one of its informative words, the rarest
   *    ones (search_document_vector_idx); a word in thousands of listings fetches too much
   *    to be worth it, though it still counts in every score.
   * 2. Each candidate gets an upper bound without reading its text: the domain's
   *    `scoreMatchBound` (the score with the text component at its best). Exact scores (text
   *    read and tokenised, terms weighted by their rarity among capabilities) are computed
   *    best bound first, in batches, until no remaining bound can beat the `limit`-th one.
   *    Pairs below the relevance floor are dropped: they are never shown.
   * 3. Far candidates (sharing only a sector or a sibling field of the same area) are fetched
   *    only when they could still reach the top `GUARANTEED`: the domain scores the best
   *    such listing there could be (sibling codes, the same sectors, the ideal TRL, kind and
   *    place, a long history, no words) and compares it with the `GUARANTEED`-th exact score.
   *    Without words such a listing is below the relevance floor, so they are fetched only
   *    for a listing with fewer than `GUARANTEED` matches.
   * The bound of step 3 leaves out common words a far candidate may share, and a listing
   * sharing no code, sector or rare word is never fetched: the recall test and
   * `pnpm bench:match` measure what that costs against `exhaustive` (recall@20).
   */
  async best(
    kind: MatchRefreshKind,
    listingId: string,
    limit: number,
    places = new Map<string, MatchPlace>(),
  ): Promise<ScoredPair[] | null> {
    const own =
      kind === 'NEED'
        ? (await this.matches.needs([listingId]))[0]
        : (await this.matches.capabilities([listingId]))[0];
    if (!own || own.status !== (kind === 'NEED' ? 'OPEN' : 'PUBLISHED')) return null;
    const ownTerms = matchTerms(own.text);
    const { related, siblings } = candidateCodes(own.technologyAreas);
    const otherKind: MatchRefreshKind = kind === 'NEED' ? 'CAPABILITY' : 'NEED';
    const words = await this.selectiveWords(otherKind, ownTerms);
    await this.places([own.organizationId], places);
    const near = await this.matches.candidates(otherKind, own.organizationId, {
      codes: related,
      words,
    });
    const best = await this.rank(kind, own, ownTerms, near, limit, places);
    const guaranteed = Math.min(GUARANTEED, limit);
    const floor = best.length >= guaranteed ? best[guaranteed - 1]!.score.score : -1;
    if (floor >= this.farBound(kind, own, siblings, places.get(own.organizationId)!)) return best;
    const far = await this.matches.candidates(otherKind, own.organizationId, {
      codes: siblings,
      sectors: own.sectors,
      excludeCodes: related,
      excludeWords: words,
    });
    return [...best, ...(await this.rank(kind, own, ownTerms, far, limit, places))]
      .sort(byScore)
      .slice(0, limit);
  }

  /** The best score a far candidate could possibly reach: the domain's own score of the ideal one. */
  private farBound(
    kind: MatchRefreshKind,
    own: NeedRow | CapabilityRow,
    siblings: string[],
    place: MatchPlace,
  ): number {
    const ideal = { earlierCollaborations: Number.MAX_SAFE_INTEGER };
    const ownPlace = place;
    if (kind === 'NEED') {
      const need = needFacts(own as NeedRow, ownPlace, NO_TERMS);
      return Math.max(
        ...CAPABILITY_KINDS.map(
          (capabilityKind) =>
            scoreMatch(
              need,
              {
                kind: capabilityKind,
                technologyAreas: siblings,
                sectors: own.sectors,
                trl: need.trlCurrent ?? need.trlTarget,
                terms: NO_TERMS,
                place,
              },
              ideal,
            ).score,
        ),
      );
    }
    const capability = capabilityFacts(own as CapabilityRow, ownPlace, NO_TERMS);
    return scoreMatch(
      {
        technologyAreas: siblings,
        sectors: own.sectors,
        trlCurrent: capability.trl,
        trlTarget: capability.trl,
        collaborationTypes: [...COLLABORATION_TYPES],
        internationalPartnersWelcome: true,
        terms: NO_TERMS,
        place,
      },
      capability,
      ideal,
    ).score;
  }

  /** Every live listing of the other kind the predicate lets through, scored exactly: the baseline. */
  async exhaustive(
    kind: MatchRefreshKind,
    listingId: string,
    limit: number,
    visibility?: SqlPredicate,
  ): Promise<ScoredPair[]> {
    const own =
      kind === 'NEED'
        ? (await this.matches.needs([listingId]))[0]
        : (await this.matches.capabilities([listingId]))[0];
    if (!own) return [];
    const others = await this.matches.everyCandidate(
      kind === 'NEED' ? 'CAPABILITY' : 'NEED',
      own.organizationId,
      visibility,
    );
    const places = await this.places([
      own.organizationId,
      ...others.map((row) => row.organizationId),
    ]);
    const collaborations = await this.matches.earlierCollaborations(own.organizationId, [
      ...new Set(others.map((row) => row.organizationId)),
    ]);
    const pairs: ScoredPair[] = [];
    for (let start = 0; start < others.length; start += 5000) {
      const ids = others.slice(start, start + 5000).map((row) => row.id);
      pairs.push(
        ...(await this.exact(kind, own, matchTerms(own.text), ids, places, collaborations)),
      );
    }
    return pairs
      .filter((pair) => isMatchShown(pair.score))
      .sort(byScore)
      .slice(0, limit);
  }

  private async rank(
    kind: MatchRefreshKind,
    own: NeedRow | CapabilityRow,
    ownTerms: MatchTerms,
    candidates: CandidateRow[],
    limit: number,
    places: Map<string, MatchPlace>,
  ): Promise<ScoredPair[]> {
    await this.places([own.organizationId, ...candidates.map((row) => row.organizationId)], places);
    const collaborations = await this.matches.earlierCollaborations(own.organizationId, [
      ...new Set(candidates.map((row) => row.organizationId)),
    ]);
    const ownPlace = places.get(own.organizationId)!;
    // The domain's own bound: the score with the text component at its maximum. The score
    // grows with the text value in three places (text's own weight, the corroboration of
    // shared codes, and the relevance that gates the context), so adding the text weight
    // alone, as before the score was gated, would no longer be an upper bound.
    const bounds = candidates
      .map((candidate) => {
        const context: MatchContext = {
          earlierCollaborations: collaborations.get(candidate.organizationId) ?? 0,
        };
        const place = places.get(candidate.organizationId)!;
        const bound =
          kind === 'NEED'
            ? scoreMatchBound(
                needFacts(own as NeedRow, ownPlace, ownTerms),
                lightCapability(candidate, place),
                context,
              )
            : scoreMatchBound(
                lightNeed(candidate, place),
                capabilityFacts(own as CapabilityRow, ownPlace, ownTerms),
                context,
              );
        return { id: candidate.id, bound: bound + ROUNDING };
      })
      .sort((a, b) => b.bound - a.bound);

    const best: ScoredPair[] = [];
    for (let start = 0; start < bounds.length; start += BATCH) {
      const floor = best.length >= limit ? best[limit - 1]!.score.score : -1;
      const batch = bounds.slice(start, start + BATCH).filter((entry) => entry.bound > floor);
      if (!batch.length) break;
      // Below the relevance floor a pair is never shown: it is not kept either.
      best.push(
        ...(
          await this.exact(
            kind,
            own,
            ownTerms,
            batch.map((entry) => entry.id),
            places,
            collaborations,
          )
        ).filter((pair) => isMatchShown(pair.score)),
      );
      best.sort(byScore);
      best.length = Math.min(best.length, limit);
    }
    return best;
  }

  /** Exact scores of one listing against listings of the other kind, read with their text. */
  private async exact(
    kind: MatchRefreshKind,
    own: NeedRow | CapabilityRow,
    ownTerms: MatchTerms,
    ids: readonly string[],
    places: Map<string, MatchPlace>,
    collaborations: Map<string, number>,
  ): Promise<ScoredPair[]> {
    const ownPlace = places.get(own.organizationId)!;
    if (kind === 'NEED') {
      const need = needFacts(own as NeedRow, ownPlace, ownTerms);
      const corpus = await this.corpus([ownTerms]);
      return (await this.matches.capabilities(ids)).map((row) => ({
        needId: own.id,
        capabilityId: row.id,
        score: scoreMatch(need, capabilityFacts(row, places.get(row.organizationId)!), {
          earlierCollaborations: collaborations.get(row.organizationId) ?? 0,
          corpus,
        }),
      }));
    }
    const capability = capabilityFacts(own as CapabilityRow, ownPlace, ownTerms);
    const needs = (await this.matches.needs(ids)).map((row) => ({
      id: row.id,
      facts: needFacts(row, places.get(row.organizationId)!),
    }));
    const corpus = await this.corpus(needs.map((need) => need.facts.terms));
    return needs.map((need) => ({
      needId: need.id,
      capabilityId: own.id,
      score: scoreMatch(need.facts, capability, {
        earlierCollaborations: collaborations.get(need.facts.place.organizationId) ?? 0,
        corpus,
      }),
    }));
  }
}

/** Best first; ties in code-unit order of the pair, as the read side orders them. */
const byScore = (a: ScoredPair, b: ScoredPair) => {
  const [x, y] = [a.capabilityId + a.needId, b.capabilityId + b.needId];
  return b.score.score - a.score.score || (x < y ? -1 : x > y ? 1 : 0);
};

/**
 * Codes whose items earn technology credit: `related` ones (the listing's own codes, their
 * areas, the fields of an area it names) and `siblings` (other fields of the same areas,
 * which earn the related credit too but are far more numerous).
 */
export function candidateCodes(codes: readonly string[]): {
  related: string[];
  siblings: string[];
} {
  const areas = codes.map((code) => technologyParent(code)?.code ?? code);
  const related = new Set(expandTechnologyAreas(codes));
  for (const area of areas) related.add(area);
  return {
    related: [...related],
    siblings: expandTechnologyAreas(areas).filter((code) => !related.has(code)),
  };
}

/** A capability candidate as far as search_document knows it: everything but its words. */
const lightCapability = (row: CandidateRow, place: MatchPlace): CapabilityMatchFacts => ({
  kind: row.capabilityKind ?? 'EXPERTISE',
  technologyAreas: row.technologyAreas,
  sectors: row.sectors,
  trl: row.trlLow,
  terms: NO_TERMS,
  place,
});

/**
 * A need candidate without its words. search_document does not carry "international
 * partners welcome"; assuming it can only raise the proximity component, which keeps the
 * result an upper bound.
 */
const lightNeed = (row: CandidateRow, place: MatchPlace): NeedMatchFacts => ({
  technologyAreas: row.technologyAreas,
  sectors: row.sectors,
  trlCurrent: row.trlLow,
  trlTarget: row.trlHigh,
  collaborationTypes: row.collaborationTypes,
  internationalPartnersWelcome: true,
  terms: NO_TERMS,
  place,
});
