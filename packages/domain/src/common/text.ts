/**
 * Rules for text as it arrives from anywhere: what may be stored at all, and what counts as
 * a visible character in a name.
 */

// NUL cannot be stored in PostgreSQL text; an unpaired UTF-16 surrogate is not a character
// and cannot be encoded as UTF-8 (nor as JSON the database accepts).
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string can be stored and searched as it is: no NUL, no unpaired surrogate. */
export const isStorableText = (value: string): boolean =>
  !value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value);

export const UNSTORABLE_TEXT_MESSAGE =
  'This text contains a NUL character or a broken Unicode character; remove it and try again.';

/**
 * Characters that take no visible space besides white space: soft hyphen, combining grapheme
 * joiner, Arabic letter mark, Hangul fillers, Khmer inherent vowels, Mongolian vowel
 * separator, zero-width spaces and joiners, direction marks and embeddings, word joiner and
 * invisible operators, the blank Braille pattern and the byte-order mark. Variation selectors
 * and emoji tag characters are not listed: they end visible emoji and must stay with them.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

const isInvisible = (character: string): boolean => {
  const code = character.codePointAt(0) ?? 0;
  return (
    /^\s$/u.test(character) || INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)
  );
};

/**
 * Trims white space and invisible characters from both ends. A name made only of zero-width
 * spaces or Hangul fillers becomes empty, so the schema's minimum length refuses it with the
 * same message as an empty name. Use it instead of zod's `.trim()` on names and other
 * required text: `z.string().overwrite(trimInvisible).min(…)`.
 */
export function trimInvisible(value: string): string {
  const characters = Array.from(value);
  let start = 0;
  let end = characters.length;
  while (start < end && isInvisible(characters[start] ?? '')) start += 1;
  while (end > start && isInvisible(characters[end - 1] ?? '')) end -= 1;
  return start === 0 && end === characters.length ? value : characters.slice(start, end).join('');
}
