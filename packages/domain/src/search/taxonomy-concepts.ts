import { expandTechnologyAreas } from '../organization/directory';
import { TECHNOLOGY_TAXONOMY, type TechnologyArea } from '../reference';
import { HANGUL, isHangulWord, searchWords, singular } from './search-text';

/**
 * Which technology areas a search names, from the taxonomy's own English and Korean
 * labels, so "수소 연료전지" or "hydrogen" also finds items tagged EF05 (수소·연료전지,
 * Hydrogen and fuel cells) whatever language their text is in.
 *
 * A label is read as alternatives: "Hydrogen and fuel cells" is "hydrogen" or "fuel
 * cells"; "이차전지/에너지저장" is "이차전지" or "에너지저장"; an abbreviation in brackets,
 * "(CCUS)", is one more. A list of three or more ("Coatings, paints and adhesives",
 * "탄소포집·활용·저장") is read whole, since its single words ("storage") name nothing alone.
 *
 * - `concept`: areas whose label accounts for every word of the query. The query *is* the
 *   area, so items tagged with it match even when their text does not.
 * - `boost`: areas whose label accounts for some words; matching items rank higher.
 */
export interface TaxonomyConcepts {
  readonly concept: readonly string[];
  readonly boost: readonly string[];
}

const STOP_WORDS = new Set([
  'and',
  'or',
  'of',
  'the',
  'for',
  'in',
  'on',
  'with',
  'to',
  'a',
  'an',
  '및',
  '등',
  '또는',
]);

interface Alternative {
  words: string[];
}

interface Entry {
  area: TechnologyArea;
  alternatives: Alternative[];
}

function alternativesOf(label: string): Alternative[] {
  const result: string[] = [];
  const bracketed = [...label.matchAll(/\(([^)]*)\)/g)].flatMap((match) =>
    (match[1] ?? '').split(/[,/]/),
  );
  result.push(...bracketed);
  const rest = label.replace(/\([^)]*\)/g, ' ').trim();
  const parts = rest
    .split(/\s+and\s+|[/·]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (rest.includes(',') || parts.length > 2) result.push(rest);
  else result.push(...parts);
  return result
    .map((text) => ({
      words: searchWords(text)
        .filter((word) => !STOP_WORDS.has(word))
        .map(singular),
    }))
    .filter((alternative) => alternative.words.length > 0);
}

const ENTRIES: readonly Entry[] = (TECHNOLOGY_TAXONOMY as readonly TechnologyArea[]).map(
  (area) => ({
    area,
    alternatives: [...alternativesOf(area.en), ...alternativesOf(area.ko)],
  }),
);

/** Where a label word occurs in the query: the query words it accounts for, and how. */
function occurrences(
  labelWord: string,
  queryWords: readonly string[],
): { index: number; from: number; to: number }[] {
  const found: { index: number; from: number; to: number }[] = [];
  queryWords.forEach((queryWord, index) => {
    if (HANGUL.test(labelWord) && isHangulWord(queryWord)) {
      // Korean compounds: 수소연료전지 holds 수소 and 연료전지.
      for (
        let from = queryWord.indexOf(labelWord);
        from >= 0;
        from = queryWord.indexOf(labelWord, from + 1)
      )
        found.push({ index, from, to: from + labelWord.length });
      return;
    }
    const q = singular(queryWord);
    const sameWord = q === labelWord;
    // "robot" and "robotics", "semiconductor" and "semiconductors".
    const stem =
      Math.min(q.length, labelWord.length) >= 5 &&
      (q.startsWith(labelWord) || labelWord.startsWith(q));
    if (sameWord || stem) found.push({ index, from: 0, to: queryWord.length });
  });
  return found;
}

// Searches repeat (paging, facets, many people typing the same words); the answer depends
// on the text alone, so the last few hundred are kept.
const MEMO_SIZE = 500;
const memo = new Map<string, TaxonomyConcepts>();

/** The taxonomy areas named by a search text. */
export function taxonomyConcepts(query: string): TaxonomyConcepts {
  const known = memo.get(query);
  if (known) return known;
  const concepts = readConcepts(query);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(query, concepts);
  return concepts;
}

function readConcepts(query: string): TaxonomyConcepts {
  const queryWords = searchWords(query).filter(
    (word) => !STOP_WORDS.has(word) && !(word.length === 1 && !HANGUL.test(word)),
  );
  if (queryWords.length === 0)
    return Object.freeze({ concept: Object.freeze([]), boost: Object.freeze([]) });
  const concept = new Set<string>();
  const boost = new Set<string>();
  for (const entry of ENTRIES) {
    // Characters of each query word this entry's fully present alternatives account for.
    const covered = queryWords.map((word) => new Array<boolean>(word.length).fill(false));
    let any = false;
    for (const alternative of entry.alternatives) {
      const found = alternative.words.map((word) => occurrences(word, queryWords));
      if (found.some((list) => list.length === 0)) continue;
      any = true;
      for (const list of found)
        for (const { index, from, to } of list)
          for (let i = from; i < to; i += 1) covered[index]![i] = true;
    }
    if (!any) continue;
    const codes =
      entry.area.level === 'AREA' ? expandTechnologyAreas([entry.area.code]) : [entry.area.code];
    for (const code of codes) boost.add(code);
    if (covered.every((chars) => chars.every(Boolean))) for (const code of codes) concept.add(code);
  }
  return Object.freeze({
    concept: Object.freeze([...concept].sort()),
    boost: Object.freeze([...boost].sort()),
  });
}
