import { isHangulWord, searchWords } from '../search/search-text';
import { koreanStem } from '../search/korean-stem';
import { englishStem } from './match-stem';
import { foldKoreanEnding } from './korean-ending';
import {
  englishConcepts,
  isKoreanGlossaryTerm,
  koreanCompoundConcepts,
  koreanConcepts,
} from './match-concepts';
import {
  ENGLISH_STOP_WORDS,
  KOREAN_PARTICLES,
  KOREAN_PREDICATE_ENDINGS,
  KOREAN_SHORT_PREDICATE_ENDINGS,
  KOREAN_STOP_WORDS,
} from './match-stop-words';

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
  /**
   * For each glossary term of several English words ("pressure cycle"), its words that are
   * not stop words: a text using only some of them meets that share of the term.
   */
  readonly termParts: ReadonlyMap<string, readonly string[]>;
  /** Every such word: "this word occurs inside one of my terms". */
  readonly insideTerms: ReadonlySet<string>;
  /** Two adjacent Latin words, both terms ("tailored strength"): a phrase. */
  readonly phrases: ReadonlySet<string>;
  /** The glossary's concepts the text names, in either language. */
  readonly concepts: ReadonlySet<string>;
  /** For each term that names a concept (alone or in a phrase), those concepts. */
  readonly conceptsOf: ReadonlyMap<string, readonly string[]>;
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
  for (const ending of KOREAN_PREDICATE_ENDINGS)
    if (word.length > ending.length && word.endsWith(ending)) return true;
  if (word.length >= 3 && KOREAN_SHORT_PREDICATE_ENDINGS.includes(word.slice(-1))) return true;
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

// A number of up to three digits is a quantity or a list item ("3 sites", "1,000 hours"),
// not a topic; longer ones are often standards (ISO 14067, IEC 61000) and stay.
const isSmallNumber = (word: string): boolean => /^\d{1,3}$/.test(word);

function addConcept(conceptsOf: Map<string, string[]>, word: string, concept: string): void {
  const list = conceptsOf.get(word);
  if (!list) conceptsOf.set(word, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

export function matchTerms(text: string): MatchTerms {
  const words = new Set<string>();
  const hangul: string[] = [];
  const hangulParts: string[][] = [];
  const insideHangul = new Set<string>();
  const phrases = new Set<string>();
  const concepts = new Set<string>();
  const conceptsOf = new Map<string, string[]>();
  const termParts = new Map<string, string[]>();
  const insideTerms = new Set<string>();
  // Latin words in order, stop words included ("state of health"), for phrases and concepts.
  const latin: string[] = [];
  const isLatinTerm = (word: string) =>
    word.length >= 2 && !isSmallNumber(word) && !isStopWord(word, false);
  const flushLatin = () => {
    const found = englishConcepts(latin);
    // A glossary term of several words is one term ("fuel cell", "bipolar plate"), as its
    // Korean is one word (연료전지): word by word, an English text would weigh it twice,
    // and the "cell" of a battery cell would meet it. Where terms overlap, the longest
    // from the left wins; it names every concept found within it. A term of generic words
    // ("process data") is a term all the same.
    const termAt = new Map<number, { end: number; term: string }>();
    const covered = new Array<boolean>(latin.length).fill(false);
    for (const { start, end } of found) {
      if (end - start < 2 || covered.slice(start, end).some(Boolean)) continue;
      const named = latin.slice(start, end);
      const term = named.join(' ');
      termAt.set(start, { end, term });
      covered.fill(true, start, end);
      const parts = named.filter(isLatinTerm);
      termParts.set(term, parts);
      for (const part of parts) insideTerms.add(part);
      for (const inner of found)
        if (inner.start >= start && inner.end <= end) addConcept(conceptsOf, term, inner.concept);
    }
    for (let i = 0; i < latin.length;) {
      const at = termAt.get(i);
      if (at) {
        words.add(at.term);
        i = at.end;
        continue;
      }
      const word = latin[i] as string;
      if (isLatinTerm(word)) words.add(word);
      i += 1;
    }
    for (const { concept, start, end } of found) {
      concepts.add(concept);
      const word = latin[start] as string;
      if (end - start === 1 && !covered[start] && words.has(word))
        addConcept(conceptsOf, word, concept);
    }
    for (let i = 1; i < latin.length; i += 1) {
      const [a, b] = [latin[i - 1] as string, latin[i] as string];
      if (covered[i - 1] || covered[i]) continue;
      if (a !== b && words.has(a) && words.has(b)) phrases.add(`${a} ${b}`);
    }
    latin.length = 0;
  };
  const raws = searchWords(text);
  // The Hangul nouns the text writes without an ambiguous particle: 분리판이 is 분리판 when
  // the text also says 분리판 (or the glossary knows it).
  const hangulStems = new Set(raws.filter(isHangulWord).map(koreanStem));
  const isKnownNoun = (noun: string) => hangulStems.has(noun) || isKoreanGlossaryTerm(noun);
  // A word the glossary knows is a term as written (재활용 is recycling, not 재활 + -용).
  const hangulStem = (raw: string) => {
    const stem = koreanStem(raw);
    return isKoreanGlossaryTerm(stem) ? stem : foldKoreanEnding(stem, isKnownNoun);
  };
  let previousHangul: string | null = null;
  for (const raw of raws) {
    const isHangul = isHangulWord(raw);
    const stem = isHangul ? hangulStem(raw) : englishStem(raw);
    if (!isHangul) {
      latin.push(stem);
      previousHangul = null;
      continue;
    }
    flushLatin();
    if (stem.length < 2) continue;
    // Two Korean words that the glossary knows as one term ("공정 데이터") make that term.
    if (previousHangul !== null) {
      const compound = koreanCompoundConcepts(previousHangul, stem);
      if (compound.length > 0 && !words.has(previousHangul + stem)) {
        words.add(previousHangul + stem);
        for (const concept of compound) {
          concepts.add(concept);
          addConcept(conceptsOf, previousHangul + stem, concept);
        }
      }
    }
    previousHangul = stem;
    const word = stem;
    if (words.has(word)) continue;
    const parts = partsOf(word);
    // A Hangul word names its concepts even when it is itself too generic to be a term.
    const stop = isStopWord(word, true);
    for (const concept of koreanConcepts(word, parts)) {
      concepts.add(concept);
      if (!stop) addConcept(conceptsOf, word, concept);
    }
    if (stop) continue;
    words.add(word);
    hangul.push(word);
    hangulParts.push(parts);
    for (const part of parts) insideHangul.add(part);
  }
  flushLatin();
  return {
    words,
    hangul,
    hangulParts,
    insideHangul,
    termParts,
    insideTerms,
    phrases,
    concepts,
    conceptsOf,
  };
}

export const NO_TERMS: MatchTerms = matchTerms('');
