import { confidentMatches } from '@spillover/domain';
import { ENTERING_PLACE, type IndexedPair } from './match-index';
import type { MatchRefreshKind } from './match-refresh-request.entity';
import type { StoredPair } from './match.repository';

/**
 * How many pairs each listing keeps: reads rescore these with the owner's preferences and
 * show the first 20 the reader may see (about 30 % of listings are visible to members of a
 * cluster or to invited organizations only, so twice the page leaves room for them). Every
 * stored pair costs a row in three indexes: a first matching of 250,000 listings writes
 * about 10 million of them at 40 (25 million at 100, which took longer than finding them).
 */
export const STORED_MATCHES = 40;
export const storedPair = (pair: IndexedPair): StoredPair => ({
  needId: pair.needId,
  capabilityId: pair.capabilityId,
  score: pair.score.score,
});
const relevanceOf = (pair: IndexedPair): number => pair.score.relevance;
/**
 * What a listing's list stores of the pairs the index found: a need's list only when its
 * best pair passes the domain's list floor (a need with no credible partner stores none, so
 * neither the home page nor a notification counts pairs its list would not show).
 */
export const listed = (
  kind: MatchRefreshKind,
  pairs: readonly IndexedPair[],
): readonly IndexedPair[] => (kind === 'NEED' ? confidentMatches(pairs, relevanceOf) : pairs);

/** A list's ENTERING_PLACE-th score: what a listing must beat to enter it (-1 when shorter). */
export const placeScore = (best: readonly IndexedPair[]): number =>
  best[ENTERING_PLACE - 1]?.score.score ?? -1;
