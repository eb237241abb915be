// A sound key for Korean loanwords: 코팅 and "coating", 센서 and "sensor" written in two
// scripts. Korean writes technical loanwords in Hangul by their English sound, so both
// reduce to the same skeleton of sound classes: the Hangul word through its romanization
// (es-hangul), the English word through its spelling. The glossary pairs terms it knows;
// this meets any loanword, with no list to grow.
import { disassembleCompleteCharacter, romanize } from 'es-hangul';
import { KOREAN_PARTICLES } from './match-stop-words';

/*
 * The skeleton's symbols: a class of consonants each, and V for any run of vowels.
 *   K  k c(a/o/u) q x(k-s) ck, ch in tech / chem / chrome (Korean ㅋ; a final ㄱ)
 *   G  hard g (Korean ㄱ before a vowel)
 *   T  t (Korean ㅌ; a final ㅅ: 로봇 robot);  D  d (Korean ㄷ)
 *   P  p f ph (Korean ㅍ; a final ㅂ: 스크랩 scrap);  B  b v (Korean ㅂ: 밸브 valve)
 *      The loanword orthography (외래어 표기법) writes English voiced stops with ㄱ ㄷ ㅂ and
 *      voiceless ones with ㅋ ㅌ ㅍ, or as a final after a short vowel: so 블레이드 is blade,
 *      not plate, and 볼트 bolt, not fault
 *   S  s z j ch sh th, soft c and g, t in -tion / -ture (Korean ㅅ ㅈ ㅊ: 플라즈마 plasma)
 *   L  l, r before a vowel (Korean ㄹ is both; an English r before a consonant or at the
 *      end is not written in Korean: 센서 sensor, 플랫폼 platform)
 *   M  m;  N  n;  Q  ng (Korean final ㅇ: 코팅 coating, 탱크 tank)
 *   H  h
 *   I  the i of a final -ing (코팅 coating, 밀링 milling): not any vowel, so that the
 *      -ing forms of English verbs (sending, charging) do not meet Korean's many syllables
 *      in -ㅇ (진동, 시장)
 *   A  the first vowel, when front (ㅏ ㅐ ㅔ ㅣ; English a, e, i, y, ou: 블레이드 blade)
 *   O  the first vowel, when ㅗ (English o, au, oi: 볼트 bolt, 코팅 coating)
 *   U  the first vowel, when ㅓ or ㅜ (English u, oo, ew, er, ir: 펌프 pump, 터빈 turbine;
 *      the o of com-, con- either way: 컴프레서 compressor, 콘크리트 concrete)
 *      so that keys of one or two vowels tell block from black, bolt from belt, stack from
 *      stock, coating from cutting
 * Korean's epenthetic ㅡ (the eu of 스프레이, 필름) is no vowel at all: English writes the
 * cluster bare (spray, film). Repeats collapse (ll, ss, 폴리 pol-li).
 */
type Symbol = 'K' | 'G' | 'T' | 'D' | 'P' | 'B' | 'S' | 'L' | 'M' | 'N' | 'Q' | 'H' | 'V' | 'I';
const CONSONANTS: ReadonlySet<string> = new Set('KGTDPBSLMNQH');

/** Fewer consonant classes than this and the key would meet too many unrelated words. */
export const MIN_SOUND_CONSONANTS = 3;

/** The longest Hangul word read for loanwords, in syllables (폴리에틸렌테레프탈레이트필름 is 14). */
export const MAX_LOANWORD_COMPOUND = 16;

type VowelClass = 'A' | 'O' | 'U';

function skeleton(symbols: readonly Symbol[], firstVowel: VowelClass | undefined): string | null {
  let key = '';
  let consonants = 0;
  for (const symbol of symbols) {
    if (key.endsWith(symbol)) continue;
    key += symbol;
    if (CONSONANTS.has(symbol)) consonants += 1;
  }
  if (consonants < MIN_SOUND_CONSONANTS) return null;
  // The first vowel slot says which kind its vowel is (see A, O and U above).
  const first = key.search(/[VI]/);
  return firstVowel && key[first] === 'V'
    ? key.slice(0, first) + firstVowel + key.slice(first + 1)
    : key;
}

// The romanization of one syllable: its initial consonant, its vowel, its final consonant
// (Revised Romanization: a final is k, n, t, l, m, p or ng).
const SYLLABLE = /^([^aeiouwy]*)([aeiouwy]+)([^aeiouwy]*)$/;
const INITIAL: Readonly<Record<string, Symbol>> = {
  g: 'G',
  k: 'K',
  kk: 'K',
  n: 'N',
  d: 'D',
  t: 'T',
  tt: 'T',
  r: 'L',
  m: 'M',
  b: 'B',
  p: 'P',
  pp: 'P',
  s: 'S',
  ss: 'S',
  j: 'S',
  jj: 'S',
  ch: 'S',
  h: 'H',
};
// Romanized Korean vowels of the kinds O (ㅗ ㅚ ㅛ) and U (ㅓ ㅕ ㅜ ㅝ ㅠ); the others are A.
const VOWEL_CLASS: Readonly<Record<string, VowelClass>> = {
  o: 'O',
  oe: 'O',
  yo: 'O',
  eo: 'U',
  yeo: 'U',
  u: 'U',
  wo: 'U',
  yu: 'U',
};
const FINAL: Readonly<Record<string, Symbol>> = {
  k: 'K',
  n: 'N',
  t: 'T',
  l: 'L',
  m: 'M',
  p: 'P',
  ng: 'Q',
};

/*
 * Whether a Hangul word may be a loanword at all. Most Korean technical words are
 * Sino-Korean (진동, 안전, 산소), built from a small set of syllables; their sound keys met
 * English words by chance (안전 "safety" and "engine", 산소 "oxygen" and "sensor"). A word
 * counts as a loanword when one of its syllables is one Sino-Korean does not have: a final
 * ㅅ (로봇, 플랫폼); ㅡ outside the few Sino-Korean ㅡ syllables (the epenthetic vowel: 스, 트,
 * 필름); an initial ㅋ (코팅, 니켈); ㅔ other than
 * 게 세 제 체 (센서, 엔진, 레이저); ㅓ after ㄴ ㄹ ㅁ ㅌ ㅍ (채널, 필터, 펌프); -ing (팅, 링, 닝:
 * Sino-Korean has only 빙 잉 징 칭); a y-vowel where Sino-Korean has none (모듈, 튜브, 샤프트);
 * ㅐ before ㄴ ㄹ ㅁ ㅂ (캠, 팬); or a first syllable in ㄹ (Sino-Korean turns it: 리튬, 로봇).
 * And none of its syllables is one the loanword orthography (외래어 표기법) does not write:
 * a final other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ, or a tense consonant (잿빛, 꽃, 떨림 are native).
 */
const LOANWORD_FINALS: ReadonlySet<string> = new Set([
  '',
  'ㄱ',
  'ㄴ',
  'ㄹ',
  'ㅁ',
  'ㅂ',
  'ㅅ',
  'ㅇ',
]);
const TENSE: ReadonlySet<string> = new Set(['ㄲ', 'ㄸ', 'ㅃ', 'ㅆ', 'ㅉ']);
const SINO_EU = new Set('극근금급긍늑늠능득등륵릉승슬습은을음읍응즉즐즙증측층특흑흔흘흠흡흥');
const SINO_E_INITIALS: ReadonlySet<string> = new Set(['ㄱ', 'ㅅ', 'ㅈ', 'ㅊ']);
const FOREIGN_EO_INITIALS: ReadonlySet<string> = new Set(['ㄴ', 'ㄹ', 'ㅁ', 'ㅌ', 'ㅍ']);
const SINO_ING_INITIALS: ReadonlySet<string> = new Set(['ㅂ', 'ㅇ', 'ㅈ', 'ㅊ']);
// A y-vowel Sino-Korean never puts after these initials: ㅠ and ㅑ ㅒ after any of them
// (모듈, 튜브, 뷰; 샤프트), ㅛ after all but ㅁ ㅍ (묘, 표), ㅕ after ㅅ ㅈ ㅊ (셔, 져).
const Y_FOREIGN_AFTER: Readonly<Record<string, string>> = {
  ㅠ: 'ㄷㅁㅂㅅㅈㅊㅌㅍ',
  ㅑ: 'ㄷㅁㅂㅅㅈㅊㅌㅍ',
  ㅒ: 'ㄷㅁㅂㅅㅈㅊㅌㅍ',
  ㅛ: 'ㄷㅂㅅㅈㅊㅌ',
  ㅕ: 'ㅅㅈㅊ',
};

/** A syllable's mark: a loanword's (Sino-Korean lacks it), a native word's, or none. */
function syllableMark(syllable: string, first: boolean): 'foreign' | 'native' | null {
  const jamo = disassembleCompleteCharacter(syllable);
  if (!jamo) return 'native';
  const { choseong: initial, jungseong: vowel, jongseong: final } = jamo;
  if (!LOANWORD_FINALS.has(final) || TENSE.has(initial)) return 'native';
  const foreign =
    final === 'ㅅ' ||
    (vowel === 'ㅡ' ? !SINO_EU.has(syllable) : false) ||
    initial === 'ㅋ' ||
    (vowel === 'ㅔ' && !(SINO_E_INITIALS.has(initial) && final === '')) ||
    (vowel === 'ㅓ' && FOREIGN_EO_INITIALS.has(initial)) ||
    (vowel === 'ㅣ' && final === 'ㅇ' && !SINO_ING_INITIALS.has(initial)) ||
    Y_FOREIGN_AFTER[vowel]?.includes(initial) === true ||
    (vowel === 'ㅐ' && final !== '' && final !== 'ㄱ' && final !== 'ㅇ') ||
    (first && initial === 'ㄹ');
  return foreign ? 'foreign' : null;
}

/** Whether a Hangul word has a loanword's mark and no native word's (see above). */
export function isLoanwordLike(word: string): boolean {
  let foreign = false;
  let first = true;
  for (const syllable of word) {
    const mark = syllableMark(syllable, first);
    if (mark === 'native') return false;
    if (mark === 'foreign') foreign = true;
    first = false;
  }
  return foreign;
}

/**
 * The sound key of a Hangul word, or null when it is too short to tell or no loanword. Each syllable is
 * romanized alone: Korean spells a loanword by its source's sound, and the pronunciation
 * rules a whole-word romanization applies (온라인 → ollain) would move it away from it.
 */
export function hangulSound(word: string): string | null {
  if (!isLoanwordLike(word)) return null;
  const symbols: Symbol[] = [];
  let firstVowel: VowelClass | undefined;
  for (const syllable of word) {
    const parts = SYLLABLE.exec(romanize(syllable));
    if (!parts) return null;
    const [, initial = '', vowel = '', final = ''] = parts;
    if (initial) {
      const symbol = INITIAL[initial];
      if (!symbol) return null;
      symbols.push(symbol);
    }
    if (firstVowel === undefined && vowel !== 'eu') firstVowel = VOWEL_CLASS[vowel] ?? 'A';
    if (vowel === 'i' && final === 'ng') symbols.push('I');
    else if (vowel !== 'eu') symbols.push('V');
    if (final) {
      const symbol = FINAL[final];
      if (!symbol) return null;
      symbols.push(symbol);
    }
  }
  return skeleton(symbols, firstVowel);
}

const isVowel = (char: string | undefined): boolean => char !== undefined && 'aeiou'.includes(char);
const isSoftening = (char: string | undefined): boolean =>
  char !== undefined && 'eiy'.includes(char);

/**
 * Which kind of Korean vowel writes the English vowel at `at`, the word's first (see A, O
 * and U): u, oo, eu, ew and e, i or o before r and a consonant (서버 server, 펌웨어
 * firmware, 워크 work) are U; o, au, aw O, but ou and ow before n, d, e A (클라우드 cloud,
 * 다운 down); a, e, i, y A. `co` says which the o of com-, con- is.
 */
function latinVowelClass(word: string, at: number, co: VowelClass): VowelClass {
  const [c, next, after] = [word[at], word[at + 1], word[at + 2]];
  const rCoda = next === 'r' && (after === undefined || !'aeiouy'.includes(after));
  if (c === 'o') {
    if (at === 1 && word[0] === 'c' && /^[mn][^aeiouy]/.test(word.slice(2))) return co;
    if (next === 'u' || (next === 'w' && after !== undefined && 'nde'.includes(after))) return 'A';
    return next === 'o' || (rCoda && word[at - 1] === 'w') ? 'U' : 'O';
  }
  if (c === 'u') return 'U';
  if (c === 'a') return next === 'u' || next === 'w' ? 'O' : 'A';
  if (c === 'e' && (next === 'u' || next === 'w')) return 'U';
  return (c === 'e' || c === 'i') && rCoda ? 'U' : 'A';
}

/**
 * The sound keys of an English word as written (singular, not stemmed: 코팅 is "coating",
 * not "coat"): none when it is too short to tell or not a plain word, two when Korean
 * writes its th either way (리튬 lithium, 메탄 methane; 알고리즘 algorithm, 메소드 method).
 */
function latinSoundsOf(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  const keys: string[] = [];
  const co: readonly VowelClass[] = /^co[mn]/.test(word) ? ['O', 'U'] : ['O'];
  for (const th of word.includes('th') ? (['T', 'S'] as const) : (['T'] as const))
    for (const vowel of co) {
      const key = latinSound(word, th, vowel);
      if (key !== null && !keys.includes(key)) keys.push(key);
    }
  return keys;
}

function latinSound(word: string, th: 'T' | 'S', co: VowelClass): string | null {
  // A silent final e (module, engine, sphere): Korean writes no vowel for it, but it still
  // softens the c or g before it (science, voltage).
  const end =
    word.length > 3 && word.endsWith('e') && !isVowel(word.at(-2)) ? word.length - 1 : word.length;
  /** A vowel that is sounded at position j. */
  const vowelAt = (j: number): boolean => j < end && isVowel(word[j]);
  const symbols: Symbol[] = [];
  // Whether the last symbol is a final sh, ch or soft g, after which Korean writes a vowel
  // (브러시 brush, 스위치 switch, 패키지 package).
  let palatal = false;
  let firstVowel: VowelClass | undefined;
  let i = 0;
  while (i < end) {
    palatal = false;
    const c = word[i] as string;
    const next = word[i + 1];
    const after = word[i + 2];
    i += 1;
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        firstVowel ??= latinVowelClass(word, i - 1, co);
        symbols.push('V');
        break;
      case 'y':
      case 'w':
        // A glide before a vowel (yield, network) is part of that vowel; otherwise a vowel.
        if (!vowelAt(i)) {
          firstVowel ??= 'A';
          symbols.push('V');
        }
        break;
      case 'h':
        if (vowelAt(i)) symbols.push('H');
        break;
      case 'c':
        if (next === 'h') {
          // ch is k in tech, mech, chem, chrome, chlorine, school; otherwise ch (칩 chip).
          const hard =
            after === 'r' ||
            after === 'l' ||
            word.startsWith('chem', i - 1) ||
            word[i - 2] === 's' ||
            /(te|me)$/.test(word.slice(0, i - 1));
          symbols.push(hard ? 'K' : 'S');
          palatal = !hard;
          i += 1;
        } else if (next === 'k') {
          symbols.push('K');
          i += 1;
        } else symbols.push(isSoftening(next) ? 'S' : 'K');
        break;
      case 'g':
        if (next === 'h') {
          // Silent after a vowel (light, high).
          if (i === 1) symbols.push('G');
          i += 1;
        } else {
          palatal = isSoftening(next);
          symbols.push(palatal ? 'S' : 'G');
        }
        break;
      case 'n':
        if (next === 'g' && !isSoftening(after)) {
          // The i of -ing (see I above).
          if (word[i - 2] === 'i' && symbols.at(-1) === 'V') symbols[symbols.length - 1] = 'I';
          symbols.push('Q');
          // A final ng is one sound (롱 long); inside a word Korean writes the g (싱글 single).
          i += 1;
          if (i < end) symbols.push('G');
        } else if (
          next === 'k' ||
          next === 'q' ||
          next === 'x' ||
          (next === 'c' && !isSoftening(after))
        )
          symbols.push('Q');
        else symbols.push('N');
        break;
      case 't':
        if (next === 'h') {
          symbols.push(th);
          i += 1;
        } else if (next === 'c' && after === 'h') {
          // tch is ch (스위치 switch): the c's own rule gives it.
        } else if (
          (next === 'i' && vowelAt(i + 1)) ||
          (next === 'u' && (vowelAt(i + 1) || (after === 'r' && i + 2 >= end)))
        )
          // -tion, -tial, -ture, -tuator: 시뮬레이션, 스트럭처, 액추에이터.
          symbols.push('S');
        else symbols.push('T');
        break;
      case 'd':
        symbols.push('D');
        break;
      case 's':
        if (next === 'h') {
          palatal = true;
          i += 1;
        } else if (next === 'c' && isSoftening(after)) i += 1;
        symbols.push('S');
        break;
      case 'z':
      case 'j':
        symbols.push('S');
        break;
      case 'x':
        if (i > 1) symbols.push('K');
        symbols.push('S');
        break;
      case 'q':
        symbols.push('K');
        // qu is k-w: the w is part of the vowel after it.
        if (next === 'u' && vowelAt(i + 1)) i += 1;
        break;
      case 'k':
        // Silent before n at the start (knife, knowledge).
        if (!(i === 1 && next === 'n')) symbols.push('K');
        break;
      case 'p':
        if (next === 'h') i += 1;
        symbols.push('P');
        break;
      case 'f':
        symbols.push('P');
        break;
      case 'b':
      case 'v':
        symbols.push('B');
        break;
      case 'r':
        // Written in Korean only before a sounded vowel (not in sensor, platform, sphere).
        if (vowelAt(i) || (next === 'y' && !vowelAt(i + 1))) symbols.push('L');
        break;
      case 'l':
        symbols.push('L');
        break;
      case 'm':
        symbols.push('M');
        break;
      default:
        return null;
    }
  }
  if (palatal) symbols.push('V');
  return skeleton(symbols, firstVowel);
}

// What a loanword is written together with, when it is one syllable: a particle the
// stemmer left (센서로, 펌프가), a suffix (로봇용, 센서형, 모듈화, 필터류) or a prefix (내플라즈마,
// 폐플라스틱, 고출력, 저전력). Longer neighbours count when they are no loanword themselves
// (압력센서, 협동로봇, 스마트공장): the rest of a loanword is not (플라스 + 틱, 디 + 스플레이).
const SUFFIXES: ReadonlySet<string> = new Set([
  ...KOREAN_PARTICLES,
  ...'용 형 화 류 식 제 계'.split(' '),
]);
const PREFIXES: ReadonlySet<string> = new Set('내 폐 고 저 초'.split(' '));

/** Whether `rest`, written next to a loanword, leaves the loanword a word of its own. */
const isNeighbour = (rest: string, affixes: ReadonlySet<string>): boolean =>
  affixes.has(rest) || (rest.length >= 2 && !isLoanwordLike(rest));

/**
 * The sound keys of a Hangul word and of a loanword it begins or ends with: Korean writes
 * a loanword and a Korean word as one (압력센서 "pressure sensor", 코팅용 "for coating"), so
 * 센서 and 코팅 inside them meet "sensor" and "coating" too.
 */
function hangulSoundsOf(word: string): string[] {
  // Each cut reads the word again: a run of Hangul thousands of syllables long (pasted or
  // hostile text) would cost seconds, and no compound of a loanword is that long.
  if (word.length > MAX_LOANWORD_COMPOUND) return [];
  const keys: string[] = [];
  const add = (run: string) => {
    const key = hangulSound(run);
    if (key !== null && !keys.includes(key)) keys.push(key);
  };
  add(word);
  for (let cut = 2; cut <= word.length - 1; cut += 1)
    if (isNeighbour(word.slice(cut), SUFFIXES)) add(word.slice(0, cut));
  for (let cut = word.length - 2; cut >= 1; cut -= 1)
    if (isNeighbour(word.slice(0, cut), PREFIXES)) add(word.slice(cut));
  return keys;
}

/**
 * A word's keys, computed once per word: a catalogue repeats its vocabulary, and building
 * the matching index of 250,000 listings asked for the same few thousand words' keys
 * millions of times (romanizing each syllable). Bounded: emptied when it holds `limit`.
 */
function perWord(compute: (word: string) => string[], limit = 50_000) {
  const cache = new Map<string, readonly string[]>();
  return (word: string): readonly string[] => {
    let keys = cache.get(word);
    if (keys === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(word, (keys = compute(word)));
    }
    return keys;
  };
}

/** latinSoundsOf, once per word. */
export const latinSounds = perWord(latinSoundsOf);
/** hangulSoundsOf, once per word. */
export const hangulSounds = perWord(hangulSoundsOf);
