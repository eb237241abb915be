// How the platform reads text outside the database: the same folding PostgreSQL applies in
// search (lower case, accents removed, Hangul runs set apart; see search_tsquery /
// search_vector of the API's SearchDocuments migration), for mapping query words to
// taxonomy codes, for finding words again when highlighting a snippet, and for the terms
// a match shares. It has to agree with the database closely enough to point at the words.

// Letters PostgreSQL's unaccent rules write as two letters, which NFKD does not decompose.
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ŀ: 'l',
};

/** One character folded: lower case without accents; Hangul syllables stay whole. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // Most text is ASCII or Hangul: no normalization needed (snippets fold every character).
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  if (code >= 0xac00 && code <= 0xd7a3) return char;
  const lower = char.toLowerCase();
  if (HANGUL.test(lower)) return lower;
  const mapped = LIGATURES[lower];
  if (mapped) return mapped;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

export const HANGUL = /[가-힣]/;
const HANGUL_RUN = /[가-힣]+/g;
export const isHangulWord = (word: string): boolean => /^[가-힣]+$/.test(word);

/** Text folded, with each character's start offset in the original (for highlighting). */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = foldChar(char);
    for (let i = 0; i < out.length; i += 1) offsets.push(index);
    folded += out;
    index += char.length;
  }
  offsets.push(index);
  return { folded, offsets };
}

export const fold = (text: string): string => foldWithOffsets(text).folded;

/** The words of a text as search sees them: folded, Hangul runs apart from Latin ones. */
export function searchWords(text: string): string[] {
  return fold(text)
    .replace(HANGUL_RUN, ' $& ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** English plural to singular, enough to let "cells" meet "cell" and "batteries" "battery". */
export function singular(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
