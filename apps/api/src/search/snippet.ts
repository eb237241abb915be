import { HANGUL, foldWithOffsets, isHangulWord, searchWords } from '@spillover/domain';

/** Offsets in UTF-16 code units, as JavaScript indexes strings: text.slice(start, end). */
export interface TextRange {
  start: number;
  end: number;
}

export interface Snippet {
  /** The field the text comes from, e.g. publicSummary, description, title. */
  field: string;
  text: string;
  highlights: TextRange[];
}

export interface SnippetField {
  field: string;
  text: string | null;
}

const WINDOW = 180;
const LEAD = 50;
const ELLIPSIS = '…';

/**
 * Where a word of the query occurs in a text, the way search matched it: a Korean word
 * anywhere inside a compound; any other word at the start of a word, to the word's end
 * (cell → cells) when it has three or more letters, as the whole word otherwise.
 */
function findMatches(
  text: string,
  terms: readonly string[],
): { ranges: TextRange[]; terms: Set<string> } {
  const { folded, offsets } = foldWithOffsets(text);
  const ranges: TextRange[] = [];
  const matched = new Set<string>();
  const isWordChar = (char: string | undefined) =>
    char !== undefined && /[\p{L}\p{N}]/u.test(char) && !HANGUL.test(char);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      let end = at + term.length;
      if (!isHangulWord(term)) {
        if (isWordChar(folded[at - 1])) continue;
        if (term.length >= 3 && !/^\d/.test(term)) while (isWordChar(folded[end])) end += 1;
        else if (isWordChar(folded[end])) continue;
      }
      ranges.push({ start: offsets[at]!, end: offsets[end]! });
      matched.add(term);
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return { ranges: merged, terms: matched };
}

/** A window of about WINDOW characters from `from`, cut at spaces, with ellipses where cut. */
function window(
  text: string,
  from: number,
  highlights: TextRange[],
): { text: string; highlights: TextRange[] } {
  let start = Math.max(0, from);
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && start - space < 20 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + WINDOW / 2) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: highlights
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}

/**
 * The snippet of a search hit: the public field where most of the query's words occur
 * (descriptive fields before the title on a tie), cut around the first of them, with the
 * words marked. Callers pass only fields that are searchable; confidential ones never
 * reach this function. Without words, or when nothing occurs (an item found through its
 * technology area), the start of the first non-empty descriptive field.
 */
export function buildSnippet(fields: readonly SnippetField[], query: string | null): Snippet {
  const present = fields.filter(
    (f): f is { field: string; text: string } =>
      typeof f.text === 'string' && f.text.trim().length > 0,
  );
  const terms = query ? [...new Set(searchWords(query))] : [];
  let best: { field: string; text: string; ranges: TextRange[]; count: number } | null = null;
  for (const { field, text } of present) {
    const { ranges, terms: found } = findMatches(text, terms);
    if (found.size > (best?.count ?? 0)) best = { field, text, ranges, count: found.size };
  }
  if (best) {
    const first = best.ranges[0]!;
    const { text, highlights } = window(best.text, first.start - LEAD, best.ranges);
    return { field: best.field, text, highlights };
  }
  const fallback = present[0];
  if (!fallback) return { field: fields[0]?.field ?? 'title', text: '', highlights: [] };
  return { field: fallback.field, ...window(fallback.text, 0, []) };
}
