import type { MatchTerms } from './match-terms';

/**
 * How common each term is among the listings a need is matched against (capabilities):
 * what makes a shared rare term ("bipolar", "분리판") count more than a shared common one.
 * The API counts it from the search index; the evaluation from its catalogue, through
 * `corpusOf`.
 */
export interface MatchCorpus {
  documents: number;
  /** Listings that use the term; undefined when unknown (counted as rare). */
  frequency: (term: string) => number | undefined;
}

/** BM25's inverse document frequency: never negative, highest for a term no listing uses. */
export function bm25Idf(documents: number, frequency: number): number {
  const n = Math.min(Math.max(frequency, 0), documents);
  return Math.log(1 + (documents - n + 0.5) / (n + 0.5));
}

/** A term's weight in text fit; every term weighs 1 without a corpus. */
export type TermWeight = (term: string) => number;

export const EQUAL_WEIGHTS: TermWeight = () => 1;

export function termWeights(corpus: MatchCorpus | undefined): TermWeight {
  if (!corpus || corpus.documents <= 0) return EQUAL_WEIGHTS;
  return (term) => bm25Idf(corpus.documents, corpus.frequency(term) ?? 0);
}

/** Document frequencies of the terms of a set of listings. */
export function corpusOf(listings: readonly MatchTerms[]): MatchCorpus {
  const counts = new Map<string, number>();
  for (const terms of listings)
    for (const word of terms.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { documents: listings.length, frequency: (term) => counts.get(term) };
}
