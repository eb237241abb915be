// Pickers of code lists (currencies, countries, regions, sectors, technology areas) are
// searched by code and by name at once. A plain "label contains" filter keeps list order,
// so typing EUR offered CHE · WIR Euro before EUR · Euro. Ranking puts what the user most
// likely means first: the code typed exactly, then codes that begin with it, then names
// with a word that begins with it, then anything that merely contains it.

/** An entry of a code list as a picker shows it: its code and its label (which may include the code). */
export interface CodeOption {
  readonly code: string;
  readonly label: string;
}

/** How an option answers what was typed, best first. */
export const CODE_MATCH_RANKS = ['CODE', 'CODE_PREFIX', 'WORD_PREFIX', 'CONTAINS'] as const;

// Case, accents and width do not matter (é is e, Ｅ is E); Hangul stays as written.
const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleLowerCase('en').trim();

/**
 * The rank of an option for the typed text (0 best, as in CODE_MATCH_RANKS), or null when
 * it does not match at all. Empty text matches everything equally.
 */
export function codeMatchRank(option: CodeOption, typed: string): number | null {
  const query = fold(typed);
  if (!query) return 0;
  const code = fold(option.code);
  const label = fold(option.label);
  if (code === query || label === query) return 0;
  if (code.startsWith(query)) return 1;
  if (label.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 2;
  if (label.includes(query) || code.includes(query)) return 3;
  return null;
}

/** The items that match the typed text, best rank first, list order within a rank. */
export function rankByCode<T>(
  items: readonly T[],
  typed: string,
  optionOf: (item: T) => CodeOption,
): T[] {
  return items
    .map((item, index) => ({ item, index, rank: codeMatchRank(optionOf(item), typed) }))
    .filter((entry): entry is { item: T; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}
