import { isHangulWord, searchWords, singular } from '../search/search-text';
import { koreanStem } from '../search/korean-stem';
import { ENGLISH_STOP_WORDS, KOREAN_PARTICLES, KOREAN_STOP_WORDS } from './match-stop-words';

/**
 * The terms of a text, prepared once so that comparing two texts is a few set lookups.
 * Tokenising is the expensive part of matching: callers build these once per need or
 * capability and reuse them for every candidate.
 */
export interface MatchTerms {
  /** Every term, folded (English singularised), in the order the text first uses it. */
  readonly words: ReadonlySet<string>;
  /** The Hangul terms, which may also meet a longer or shorter Hangul term. */
  readonly hangul: readonly string[];
  /** For each Hangul term, the runs of syllables inside it that may meet another term. */
  readonly hangulParts: readonly (readonly string[])[];
  /** Every such run of every Hangul term: "this word occurs inside one of my terms". */
  readonly insideHangul: ReadonlySet<string>;
}

// Korean writes compounds without spaces and attaches particles (수소연료전지, 연료전지를),
// so a Hangul term meets another that contains it. Two syllables at least: one syllable
// (전, 소) is inside far too many words to mean anything.
export const MIN_HANGUL_PART = 2;
// Runs longer than this are not looked for inside other words: compounds are rarely
// longer, and an unbroken run of Hangul (a pasted table) must not explode into parts.
export const MAX_HANGUL_PART = 8;

function isStopWord(word: string, hangul: boolean): boolean {
  if (!hangul) return ENGLISH_STOP_WORDS.has(word);
  if (KOREAN_STOP_WORDS.has(word)) return true;
  for (const particle of KOREAN_PARTICLES) {
    if (
      word.length > particle.length &&
      word.endsWith(particle) &&
      KOREAN_STOP_WORDS.has(word.slice(0, -particle.length))
    )
      return true;
  }
  return false;
}

/** Runs of syllables strictly inside a word, longest first (the most telling match wins). */
function partsOf(word: string): string[] {
  const parts: string[] = [];
  for (
    let length = Math.min(word.length - 1, MAX_HANGUL_PART);
    length >= MIN_HANGUL_PART;
    length -= 1
  )
    for (let start = 0; start + length <= word.length; start += 1)
      parts.push(word.slice(start, start + length));
  return parts;
}

// A one- or two-digit number is a quantity or a list item ("3 sites", "phase 2"), not a topic.
const isSmallNumber = (word: string): boolean => /^\d{1,2}$/.test(word);

export function matchTerms(text: string): MatchTerms {
  const words = new Set<string>();
  const hangul: string[] = [];
  const hangulParts: string[][] = [];
  const insideHangul = new Set<string>();
  for (const raw of searchWords(text)) {
    const isHangul = isHangulWord(raw);
    const word = isHangul ? koreanStem(raw) : singular(raw);
    if (word.length < 2 || words.has(word) || isSmallNumber(word) || isStopWord(word, isHangul))
      continue;
    words.add(word);
    if (!isHangul) continue;
    const parts = partsOf(word);
    hangul.push(word);
    hangulParts.push(parts);
    for (const part of parts) insideHangul.add(part);
  }
  return { words, hangul, hangulParts, insideHangul };
}

export const NO_TERMS: MatchTerms = matchTerms('');
