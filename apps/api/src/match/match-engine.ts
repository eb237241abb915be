import { Injectable } from '@nestjs/common';
import {
  NO_TERMS,
  isMatchShown,
  matchTerms,
  scoreMatch,
  type CapabilityMatchFacts,
  type MatchCorpus,
  type MatchPlace,
  type MatchScore,
  type MatchTerms,
  type NeedMatchFacts,
} from '@spillover/domain';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import type { IndexedMatches, MatchIndex } from './match-index';
import {
  MatchRepository,
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

/** Word counts stop here: a word that common weighs little either way (BM25 idf). */
const COMMON_WORD = 2_000;
/** Word frequencies remembered per process (they drift slowly); forgotten wholesale past this size. */
const FREQUENCY_CACHE = 50_000;
/**
 * ... or past this age, with the corpus size: term weights follow the corpus within minutes,
 * while a refresh and the reads right after it weigh every term alike.
 */
const FREQUENCY_TTL_MS = 10 * 60_000;

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
 * needs in bulk. The refresh uses `best` (the in-memory MatchIndex); tests and the
 * benchmark use `exhaustive` to check it loses nothing.
 */
@Injectable()
export class MatchEngine {
  private readonly frequencies = new Map<string, number>();
  private readonly listingCounts = new Map<MatchRefreshKind, number>();
  private countedAt = Date.now();

  constructor(private readonly matches: MatchRepository) {}

  /**
   * How many `kind` listings use each word (up to COMMON_WORD each): from this process's
   * cache, counting the words it lacks. The answer is the caller's own map, whole: another
   * call may clear the cache (its age or size) while this one waits for the database, and a
   * word read back from the cache after that wait would be missing, weigh as if no listing
   * used it, and tip the text component (a common word scoring as the rarest).
   */
  private async countWords(
    kind: MatchRefreshKind,
    words: Iterable<string>,
  ): Promise<Map<string, number>> {
    if (Date.now() - this.countedAt > FREQUENCY_TTL_MS) {
      this.frequencies.clear();
      this.listingCounts.clear();
      this.countedAt = Date.now();
    }
    const counts = new Map<string, number>();
    const unknown: string[] = [];
    for (const word of new Set(words)) {
      const known = this.frequencies.get(`${kind}:${word}`);
      if (known === undefined) unknown.push(word);
      else counts.set(word, known);
    }
    if (!unknown.length) return counts;
    const counted = await this.matches.wordFrequencies(kind, unknown, COMMON_WORD);
    if (this.frequencies.size > FREQUENCY_CACHE) this.frequencies.clear();
    for (const word of unknown) {
      const count = counted.get(word) ?? COMMON_WORD;
      counts.set(word, count);
      this.frequencies.set(`${kind}:${word}`, count);
    }
    return counts;
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
    // A snapshot of its own: the cache may be cleared while the pairs are scored.
    const counts = await this.countWords('CAPABILITY', words);
    let documents = this.listingCounts.get('CAPABILITY');
    if (documents === undefined) {
      documents = await this.matches.listingCount('CAPABILITY');
      this.listingCounts.set('CAPABILITY', documents);
    }
    return { documents, frequency: (term) => counts.get(term) };
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
   * The best `limit` pairs of one live listing among the live listings of the other kind,
   * scored without anyone's learned preferences, and the pairs by which it enters the
   * other side's stored lists: from the in-memory index (MatchIndex), which never reads a
   * candidate's text. Null when the listing is not live.
   */
  best(
    kind: MatchRefreshKind,
    listingId: string,
    limit: number,
    index: MatchIndex,
  ): Promise<IndexedMatches | null> {
    return Promise.resolve(index.matches(kind, listingId, limit, true));
  }

  /** Term weights of any words (the index weighs every need's words once). */
  async corpusOfWords(words: readonly string[]): Promise<MatchCorpus> {
    const terms = { ...NO_TERMS, words: new Set(words) };
    return this.corpus([terms]);
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
