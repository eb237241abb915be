/**
 * Rules for text as it arrives from anywhere: what may be stored at all, and what counts as
 * a visible character in a name.
 */

// NUL cannot be stored in PostgreSQL text; an unpaired UTF-16 surrogate is not a character
// and cannot be encoded as UTF-8 (nor as JSON the database accepts).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string can be stored and searched as it is: no NUL, no unpaired surrogate. */
export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

export const UNSTORABLE_TEXT_MESSAGE = 'This text contains a NUL character or a broken Unicode character; remove it and try again.';

/**
 * Characters that take no visible space: white space, zero-width spaces and joiners, the
 * byte-order mark, word joiner and invisible operators, bidirectional controls, Hangul
 * fillers and the blank Braille pattern. Variation selectors and emoji tag characters are
 * not listed: they end visible emoji and must stay with them.
 */
const INVISIBLE = '\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u2800\\u3164\\uFEFF\\uFFA0';
const INVISIBLE_EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu');

/**
 * Trims white space and invisible characters from both ends. A name made only of zero-width
 * spaces or Hangul fillers becomes empty, so the schema's minimum length refuses it with the
 * same message as an empty name. Use it instead of zod's `.trim()` on names and other
 * required text: `z.string().overwrite(trimInvisible).min(…)`.
 */
export const trimInvisible = (value: string): string => value.replace(INVISIBLE_EDGES, '');
