// Finding the glossary's concepts in a text, in either language.
import { KOREAN_PROBLEM_VERBS } from '../reference/korean-problem-verbs';
import { TECHNICAL_GLOSSARY } from '../reference/technical-glossary';
import { isHangulWord, searchWords } from '../search/search-text';
import { englishStem } from './match-stem';

/** Longest English term, in words: "membrane electrode assembly" is three. */
const MAX_ENGLISH_WORDS = 4;

const englishKey = (term: string): string => searchWords(term).map(englishStem).join(' ');

// Built once: term → concepts. A Korean term is looked up among the runs of syllables of a
// Hangul word; an English one among the runs of words of a text.
const ENGLISH = new Map<string, string[]>();
const KOREAN = new Map<string, string[]>();
const index = (terms: Map<string, string[]>, key: string, concept: string): void => {
  const list = terms.get(key) ?? [];
  if (!list.includes(concept)) list.push(concept);
  terms.set(key, list);
};
for (const concept of TECHNICAL_GLOSSARY)
  for (const term of [...concept.en, ...concept.ko]) {
    const hangul = isHangulWord(term);
    const key = hangul ? term : englishKey(term);
    if (key) index(hangul ? KOREAN : ENGLISH, key, concept.id);
  }
// A native verb names its concept in its dictionary form (막히다 → clogging): match-terms
// reads any of its written forms as that form (match-korean-verb).
for (const [verb, concept] of KOREAN_PROBLEM_VERBS) index(KOREAN, verb, concept);

/** Concepts of a Korean term written as two words ("공정 데이터" names 공정데이터), if any. */
export const koreanCompoundConcepts = (first: string, second: string): readonly string[] =>
  KOREAN.get(first + second) ?? [];

/** Concepts a Hangul word holds: its own term and those inside it (수소연료전지 → hydrogen, fuel cell). */
export function koreanConcepts(word: string, parts: readonly string[]): string[] {
  const found: string[] = [];
  for (const run of [word, ...parts])
    for (const concept of KOREAN.get(run) ?? []) if (!found.includes(concept)) found.push(concept);
  return found;
}

/**
 * Concepts named by runs of Latin words, longest run first; each concept with the
 * positions of the words that name it (so the words are credited with the concept).
 */
export function englishConcepts(
  tokens: readonly string[],
): { concept: string; start: number; end: number }[] {
  const found: { concept: string; start: number; end: number }[] = [];
  for (let start = 0; start < tokens.length; start += 1)
    for (
      let length = Math.min(MAX_ENGLISH_WORDS, tokens.length - start);
      length >= 1;
      length -= 1
    ) {
      const concepts = ENGLISH.get(tokens.slice(start, start + length).join(' '));
      if (!concepts) continue;
      for (const concept of concepts) found.push({ concept, start, end: start + length });
    }
  return found;
}
