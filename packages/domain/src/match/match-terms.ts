import { isHangulWord, searchWords, singular } from '../search/search-text';
import { koreanStem } from '../search/korean-stem';
import { englishStem } from './match-stem';
import { familiesOfConcept } from '../reference/concept-families';
import { englishConcepts, koreanCompoundConcepts, koreanConcepts } from './match-concepts';
import { hangulSounds, latinSounds } from './match-loanword';
import { predicateNoun } from './match-korean-predicate';
import { koreanVerb } from './match-korean-verb';
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
  /** Two adjacent Latin words, both terms ("bipolar plate", "path planning"): a phrase. */
  readonly phrases: ReadonlySet<string>;
  /** The glossary's concepts the text names, in either language. */
  readonly concepts: ReadonlySet<string>;
  /** For each term that names a concept (alone or in a phrase), those concepts. */
  readonly conceptsOf: ReadonlyMap<string, readonly string[]>;
  /** The families (reference/concept-families) of the concepts the text names. */
  readonly families: ReadonlySet<string>;
  /** For each term that names a concept of a family, those families. */
  readonly familiesOf: ReadonlyMap<string, readonly string[]>;
  /**
   * The sound keys of the text's terms (match-loanword), each tagged with its script:
   * `ko:` for a Hangul term, `en:` for a Latin one.
   */
  readonly sounds: ReadonlySet<string>;
  /** For each term with a sound key, the keys of the other script it meets (코팅 → en:KVTVQ). */
  readonly soundsOf: ReadonlyMap<string, readonly string[]>;
}

const HANGUL_SOUND = 'ko:';
const LATIN_SOUND = 'en:';

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
  const sounds = new Set<string>();
  const soundsOf = new Map<string, string[]>();
  // A loanword in Hangul meets the English word it transliterates (코팅, "coating").
  const addSound = (word: string, key: string, hangul: boolean) => {
    sounds.add((hangul ? HANGUL_SOUND : LATIN_SOUND) + key);
    const sought = (hangul ? LATIN_SOUND : HANGUL_SOUND) + key;
    const list = soundsOf.get(word);
    if (!list) soundsOf.set(word, [sought]);
    else if (!list.includes(sought)) list.push(sought);
  };
  // Latin words in order, stop words included ("state of health"), for phrases and concepts.
  const latin: string[] = [];
  const flushLatin = () => {
    for (const found of englishConcepts(latin)) {
      concepts.add(found.concept);
      const named = latin.slice(found.start, found.end);
      let credited = false;
      for (const word of named)
        if (words.has(word)) {
          addConcept(conceptsOf, word, found.concept);
          credited = true;
        }
      // A technical phrase of generic words ("process data", "path planning" when "path"
      // is generic) is a term in itself.
      if (!credited && named.length > 1) {
        const phrase = named.join(' ');
        words.add(phrase);
        addConcept(conceptsOf, phrase, found.concept);
      }
    }
    for (let i = 1; i < latin.length; i += 1) {
      const [a, b] = [latin[i - 1] as string, latin[i] as string];
      if (a !== b && words.has(a) && words.has(b)) phrases.add(`${a} ${b}`);
    }
    latin.length = 0;
  };
  let previousHangul: string | null = null;
  for (const raw of searchWords(text)) {
    const isHangul = isHangulWord(raw);
    // A native verb counts as its dictionary form (막혀 → 막히다: match-korean-verb), a 하다 /
    // 되다 verb as its noun (예측할 → 예측: match-korean-predicate).
    const stem = isHangul
      ? (koreanVerb(raw) ?? predicateNoun(koreanStem(raw)) ?? koreanStem(raw))
      : englishStem(raw);
    if (isHangul) flushLatin();
    else {
      latin.push(stem);
      previousHangul = null;
    }
    if (stem.length < 2 || isSmallNumber(stem)) continue;
    if (isHangul) {
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
    }
    const word = stem;
    // An English word's sound is that of the word as written, singular but not stemmed:
    // 코팅 is "coating", which stems to "coat". Each written form adds its own.
    if (!isHangul && !isStopWord(word, false))
      for (const key of latinSounds(singular(raw))) addSound(word, key, false);
    if (words.has(word)) continue;
    const parts = isHangul ? partsOf(word) : [];
    // A Hangul word names its concepts even when it is itself too generic to be a term.
    const named = isHangul ? koreanConcepts(word, parts) : [];
    const stop = isStopWord(word, isHangul);
    for (const concept of named) {
      concepts.add(concept);
      if (!stop) addConcept(conceptsOf, word, concept);
    }
    if (stop) continue;
    words.add(word);
    if (!isHangul) continue;
    for (const sound of hangulSounds(word)) addSound(word, sound, true);
    hangul.push(word);
    hangulParts.push(parts);
    for (const part of parts) insideHangul.add(part);
  }
  flushLatin();
  const families = new Set<string>();
  for (const concept of concepts)
    for (const family of familiesOfConcept(concept)) families.add(family);
  const familiesOf = new Map<string, string[]>();
  for (const [word, named] of conceptsOf) {
    const list: string[] = [];
    for (const concept of named)
      for (const family of familiesOfConcept(concept))
        if (!list.includes(family)) list.push(family);
    if (list.length > 0) familiesOf.set(word, list);
  }
  return {
    words,
    hangul,
    hangulParts,
    insideHangul,
    phrases,
    concepts,
    conceptsOf,
    families,
    familiesOf,
    sounds,
    soundsOf,
  };
}

export const NO_TERMS: MatchTerms = matchTerms('');
