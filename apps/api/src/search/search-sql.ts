import {
  DEFAULT_SEARCH_STATUSES,
  SEARCH_KINDS,
  expandSectors,
  expandTechnologyAreas,
  isHangulWord,
  koreanStem,
  type SearchCriteria,
  type SearchKind,
  searchWords,
  taxonomyConcepts,
} from '@spillover/domain';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import { FACET_NAMES, type FacetName } from './search-rows';

/**
 * The SQL of one search: a single statement over search_document that returns the page,
 * and when asked the total and the facets, all from the same matched set, so counts can
 * never disagree with hits. A facet counts as if its own filter were not set (disjunctive
 * faceting: see facetFilters). Pure: the repository runs it, and the benchmark runs the very
 * same text directly on the database as its floor.
 *
 * Indexes it relies on (SearchDocuments, SearchDocumentAreas and SearchPublicIndexes migrations):
 * - search_document_vector_idx (GIN)            d.vector @@ search_tsquery(:q)
 * - search_document_public_vector_idx (GIN)     the same over published PUBLIC listings and
 *                                               organizations, for callers who see only those
 * - search_document_technology_areas_idx (GIN)  d.technology_areas && :areas (filter)
 * - search_document_area_covering_idx (btree)   d.area = ANY(:conceptAreas) [AND visibility], index-only
 * - search_document_sectors_idx (GIN)           d.sectors && :sectors
 * - search_document_collaboration_types_idx     d.collaboration_types && :collaborationTypes
 * - search_document_deadline_idx (btree)        d.deadline range
 * - search_word_trgm_idx (GIN trgm)            corrections of typos (compileCorrections)
 * - search_document_country_idx, _region_idx    d.country / d.region = ANY(…)
 * - search_document_listed_idx (btree)          browsing without words and without totals
 */

/** Where a page starts: after this sort key. */
export type SortKey =
  | { mode: 'relevance'; score: number; id: string; typo: boolean }
  | { mode: 'recent'; listedAt: string; id: string };

export interface SearchVisibility {
  need: SqlPredicate;
  capability: SqlPredicate;
}

export interface SearchStatement {
  criteria: SearchCriteria;
  visibility: SearchVisibility;
  limit: number;
  after: SortKey | null;
  /** Only what was listed after this instant (a saved search's new results). */
  listedAfter?: Date | null;
  /** Compute totalCount and facets as well as the page. */
  stats: boolean;
}

/** A statement with named parameters (:name), as TypeORM's driver takes them. */
export interface CompiledSql {
  sql: string;
  params: Record<string, unknown>;
}

/** The words as a tsquery (search_tsquery of the SearchDocuments migration); constant-folded once per statement. */
const TSQUERY = 'search_tsquery(:q)';

/** Items of a concept the query names rank above items that merely mention a word. */
const TAXONOMY_BOOST = 0.05;

/** Words shorter than this are never corrected: too few trigrams to tell a typo. */
export const TYPO_MIN_LENGTH = 4;
/** Korean words of fewer syllables are never corrected (a syllable is two or three letters). */
export const HANGUL_TYPO_MIN_LENGTH = 3;
/** The longest Korean words in the dictionary (search_hangul_words). */
const HANGUL_TYPO_MAX_LENGTH = 12;
/** At most this many words are corrected; longer searches are not typo-prone. */
const TYPO_MAX_WORDS = 6;

export const hasWords = (query: string | null | undefined): query is string =>
  !!query && /[\p{L}\p{N}]/u.test(query);

/** How a word of a search is looked up in the dictionary: Korean words as nouns (연로전지를 as 연로전지). */
export const dictionaryForm = (word: string): string =>
  isHangulWord(word) ? koreanStem(word) : word;

/**
 * The words of a search that may be typos: long enough for trigrams to mean something,
 * not numbers. Korean words are compared letter by letter (jamo), as nouns (koreanStem),
 * in a list of their own.
 */
export function typoWords(query: string): { latin: string[]; hangul: string[] } {
  const latin: string[] = [];
  const hangul: string[] = [];
  for (const word of new Set(searchWords(query))) {
    if (latin.length + hangul.length === TYPO_MAX_WORDS) break;
    if (isHangulWord(word)) {
      const noun = dictionaryForm(word);
      if (
        noun.length >= HANGUL_TYPO_MIN_LENGTH &&
        word.length <= HANGUL_TYPO_MAX_LENGTH &&
        !hangul.includes(noun)
      )
        hangul.push(noun);
    } else if (
      word.length >= TYPO_MIN_LENGTH &&
      word.length <= 64 &&
      !/[가-힣]/.test(word) &&
      !/^\d/.test(word)
    )
      latin.push(word);
  }
  return { latin, hangul };
}

// Korean words of the dictionary as their jamo (search_word_jamo_trgm_idx).
const JAMO = (alias: string) => `normalize(${alias}.word, NFD)`;
const KOREAN = (alias: string) => `${alias}.word ~ '^[가-힣]+$'`;

/**
 * For each word that is no word of the dictionary, the most similar one (pg_trgm
 * similarity `%`, served by a trigram index; similarity() is computed only for the few
 * words the index returns). A Latin word counts as known when a word begins with it (the
 * search matches prefixes); a Korean word when a word contains it (the search matches
 * inside compounds), and is compared by its jamo, where a wrong vowel is one letter off.
 */
export function compileCorrections(words: { latin: string[]; hangul: string[] }): CompiledSql {
  return {
    sql: `SELECT t.word AS typed, (
        SELECT w.word FROM search_word w WHERE w.word % t.word ORDER BY similarity(w.word, t.word) DESC, w.word LIMIT 1
      ) AS corrected
      FROM unnest(:typed::text[]) AS t(word)
     WHERE NOT EXISTS (SELECT 1 FROM search_word k WHERE k.word >= t.word AND k.word < t.word || chr(1114111))
    UNION ALL
    SELECT t.word, (
        SELECT w.word FROM search_word w WHERE ${KOREAN('w')} AND ${JAMO('w')} % t.jamo
         ORDER BY similarity(${JAMO('w')}, t.jamo) DESC, w.word LIMIT 1
      )
      FROM (SELECT u.word, normalize(u.word, NFD) AS jamo FROM unnest(:typedHangul::text[]) AS u(word)) t
     WHERE NOT EXISTS (SELECT 1 FROM search_word k WHERE ${KOREAN('k')} AND ${JAMO('k')} LIKE '%' || t.jamo || '%')`,
    params: { typed: [...words.latin], typedHangul: [...words.hangul] },
  };
}

/** The kinds a filter leaves: kind-specific filters leave out the kinds they do not apply to. */
export function kindsOf(criteria: SearchCriteria): SearchKind[] {
  let kinds: SearchKind[] = criteria.kinds?.length ? [...criteria.kinds] : [...SEARCH_KINDS];
  const keep = (allowed: SearchKind[]) => (kinds = kinds.filter((kind) => allowed.includes(kind)));
  if (criteria.capabilityKinds?.length) keep(['CAPABILITY']);
  if (criteria.collaborationTypes?.length || criteria.deadlineAfter || criteria.deadlineBefore)
    keep(['NEED']);
  // Statuses and TRLs belong to needs and capabilities; organizations have neither.
  if (criteria.trlMin != null || criteria.trlMax != null || criteria.statuses?.length)
    keep(['NEED', 'CAPABILITY']);
  return kinds;
}

function mergeParams(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (key in target && JSON.stringify(target[key]) !== JSON.stringify(value))
      throw new Error(`search parameter ${key} bound twice with different values`);
    target[key] = value;
  }
}

/**
 * The filter of a faceted fact (kind, capability kind, status, technology area, country):
 * with counts, it is kept apart from the other filters, so that its facet can be counted
 * as if it were not set (disjunctive faceting: the other values of a chosen facet keep
 * their counts, which tells the user where to widen).
 */
interface FacetFilter {
  facet: FacetName;
  sql: string;
}

/** The filters and the visibility predicate over alias `d`; with counts, the faceted filters apart. */
interface Clauses {
  where: string[];
  facets: FacetFilter[];
}

function whereClauses(statement: SearchStatement, params: Record<string, unknown>): Clauses {
  const { criteria, visibility } = statement;
  const where: string[] = [];
  const facets: FacetFilter[] = [];
  const apart = statement.stats;
  const facet = (name: FacetName, sql: string) =>
    apart ? facets.push({ facet: name, sql }) : where.push(sql);
  // Apart, the kinds the other filters leave are a filter of all; the chosen kinds the facet's own.
  const kinds = kindsOf(apart ? { ...criteria, kinds: null } : criteria);
  if (kinds.length === 0) return { where: ['FALSE'], facets: [] };
  if (kinds.length < SEARCH_KINDS.length) {
    where.push('d.kind = ANY(:kinds)');
    params.kinds = kinds;
  }
  if (apart && criteria.kinds?.length) {
    facet('kinds', 'd.kind = ANY(:facetKinds)');
    params.facetKinds = criteria.kinds;
  }
  // One predicate from the policy per kind; organizations are a public directory. Every
  // row counted for any facet passes it: a facet count never reveals a hidden item.
  mergeParams(params, visibility.need.params);
  mergeParams(params, visibility.capability.params);
  where.push(
    `((d.kind = 'NEED' AND ${visibility.need.sql}) OR (d.kind = 'CAPABILITY' AND ${visibility.capability.sql}) OR d.kind = 'ORGANIZATION')`,
  );
  // Organizations are PUBLIC: when the caller sees PUBLIC listings only, saying so lets
  // PostgreSQL read the public indexes (search_document_public_vector_idx, the covering
  // index's visibility key).
  if (visibility.need.publicOnly && visibility.capability.publicOnly)
    where.push(`d.visibility = 'PUBLIC'`);
  // Chosen statuses, apart, are counted against every status the caller may see (DRAFT
  // and ARCHIVED only their own): the status facet then shows what each would add.
  if (apart && criteria.statuses?.length) facet('statuses', 'd.status = ANY(:statuses)');
  else where.push(`(d.kind = 'ORGANIZATION' OR d.status = ANY(:statuses))`);
  params.statuses = criteria.statuses?.length ? criteria.statuses : [...DEFAULT_SEARCH_STATUSES];
  if (criteria.capabilityKinds?.length) {
    facet('capabilityKinds', 'd.capability_kind = ANY(:capabilityKinds)');
    params.capabilityKinds = criteria.capabilityKinds;
  }
  if (criteria.technologyAreas?.length) {
    facet('technologyAreas', 'd.technology_areas && :areas::text[]');
    params.areas = expandTechnologyAreas(criteria.technologyAreas);
  }
  if (criteria.sectors?.length) {
    where.push('d.sectors && :sectors::text[]');
    params.sectors = expandSectors(criteria.sectors);
  }
  // Needs: current…target overlaps the range; capabilities: their TRL lies in it.
  if (criteria.trlMin != null) {
    where.push('d.trl_high >= :trlMin');
    params.trlMin = criteria.trlMin;
  }
  if (criteria.trlMax != null) {
    where.push('d.trl_low <= :trlMax');
    params.trlMax = criteria.trlMax;
  }
  if (criteria.collaborationTypes?.length) {
    where.push('d.collaboration_types && :collaborationTypes::text[]');
    params.collaborationTypes = criteria.collaborationTypes;
  }
  if (criteria.deadlineAfter) {
    where.push('d.deadline >= :deadlineAfter');
    params.deadlineAfter = criteria.deadlineAfter;
  }
  if (criteria.deadlineBefore) {
    where.push('d.deadline < :deadlineBefore');
    params.deadlineBefore = criteria.deadlineBefore;
  }
  // Of the owner (an organization's own document names itself); country and region are
  // copied into the document.
  if (criteria.countries?.length) {
    facet('countries', 'd.country = ANY(:countries)');
    params.countries = criteria.countries;
  }
  if (criteria.regions?.length) {
    where.push('d.region = ANY(:regions)');
    params.regions = criteria.regions;
  }
  // ARRAY(…) is computed once; as IN (…) the planner may turn it into a join that repeats
  // the whole text search once per member organization.
  if (criteria.clusterIds?.length) {
    where.push(
      `d.organization_id = ANY(ARRAY(SELECT scm.organization_id FROM cluster_membership scm WHERE scm.status = 'ACTIVE' AND scm.cluster_id = ANY(:clusterIds::uuid[])))`,
    );
    params.clusterIds = criteria.clusterIds;
  }
  if (statement.listedAfter) {
    where.push('d.listed_at > :listedAfter');
    params.listedAfter = statement.listedAfter;
  }
  return { where, facets };
}

/**
 * The filters of a statement as one condition, and what each row counted misses.
 *
 * Without faceted filters apart, the condition is every filter and nothing is missed.
 * With them, a row is counted when it passes every other filter and all faceted filters
 * but at most one: a hit passes them all (miss 0); a row that fails exactly one, say the
 * country filter, is no hit but counts in the country facet (miss = that facet's number in
 * FACET_NAMES, from 1). So one pass over the rows and one count per (facet set, miss)
 * give the hits' facets and each chosen facet's own counts (readSearchRow): no statement
 * per facet, and no extra work when no faceted filter is set. What a chosen facet adds is
 * read once: the rows of its other values.
 */
function facetFilters(clauses: Clauses): { where: string; miss: string | null } {
  const { where, facets } = clauses;
  if (!facets.length) return { where: where.join('\n       AND '), miss: null };
  const all = (list: FacetFilter[]) => list.map((filter) => `(${filter.sql})`).join(' AND ');
  // With one faceted filter, every row passing the others counts (for that facet).
  const allButOne =
    facets.length === 1
      ? []
      : [`(${facets.map((_, i) => `(${all(facets.filter((__, j) => j !== i))})`).join(' OR ')})`];
  const miss = `CASE ${facets
    .map(({ facet, sql }) => `WHEN (${sql}) IS NOT TRUE THEN ${FACET_NAMES.indexOf(facet) + 1}`)
    .join(' ')} ELSE 0 END`;
  return { where: [...where, ...allButOne].join('\n       AND '), miss };
}

// The page's rows: the card of each hit (from the document), the owner's name, and the
// public text its snippet is cut from; never a confidential field.
const pageRows = (order: string) => `SELECT coalesce(json_agg(json_build_object(
      'id', p.id, 'kind', p.kind, 'score', p.score, 'listedAt', p.listed_at, 'title', p.title, 'status', p.status,
      'capabilityKind', p.capability_kind, 'technologyAreas', p.technology_areas, 'trlLow', p.trl_low, 'trlHigh', p.trl_high,
      'deadline', p.deadline, 'country', p.country, 'region', p.region, 'organizationId', p.organization_id, 'organizationName', o.name,
      'fields', CASE p.kind
        WHEN 'NEED' THEN json_build_object('publicSummary', n.public_summary, 'desiredOutcome', n.desired_outcome)
        WHEN 'CAPABILITY' THEN json_build_object('description', c.description, 'availability', c.availability, 'model', c.model, 'location', c.location, 'patentNumber', c.patent_number)
        ELSE json_build_object('description', o.description) END) ORDER BY ${order}), '[]'::json)
    FROM page p
    JOIN organization o ON o.id = p.organization_id
    LEFT JOIN technology_need n ON p.kind = 'NEED' AND n.id = p.id
    LEFT JOIN capability c ON p.kind = 'CAPABILITY' AND c.id = p.id`;

// What the facets and the order read of every match: kept narrow, since with totals every
// match is materialized once and then counted (facet_set_id stands for the five facts the
// facets count by: search_facet_set), with what it misses when faceted filters are apart.
const MATCH_COLUMNS = 'd.id, d.facet_set_id, d.listed_at';
const matchColumns = (miss: string | null) =>
  miss ? `${MATCH_COLUMNS}, ${miss} AS miss` : MATCH_COLUMNS;
/** The hits among the counted rows `m`: all of them, unless faceted filters are apart. */
const hitsOf = (miss: string | null, cursor: string) => {
  const conditions = [...(miss ? ['m.miss = 0'] : []), ...(cursor ? [cursor] : [])];
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
};
// What a page shows of each of its rows, read again by primary key for those rows only.
const CARD_COLUMNS =
  'd.id, d.kind, d.status, d.capability_kind, d.organization_id, d.country, d.region, d.technology_areas, d.trl_low, d.trl_high, d.deadline, d.listed_at, d.title';
/** The page's ids and scores (`top`) as cards. */
const cards = (top: string) =>
  `SELECT ${CARD_COLUMNS}, t.score FROM (${top}) t JOIN search_document d ON d.id = t.id`;

// The total and the facets of the matched set `m`, as a count per facet set (facet_set_id:
// one integer per match, hashed once): a few hundred pairs however many matches, which
// the service turns into the total and the facets (kinds, capability kinds, statuses,
// owners' countries, technology areas) from the sets' facts (readSearchRow). Rolling up in
// SQL with grouping sets cost more to plan than to run. With faceted filters apart, per
// facet set and miss (facetFilters).
const stats = (miss: string | null) =>
  miss
    ? `(SELECT coalesce(json_agg(json_build_array(c.facet_set_id, c.count, c.miss)), '[]'::json)
     FROM (SELECT m.facet_set_id, m.miss, count(*)::int AS count FROM m GROUP BY m.facet_set_id, m.miss) c) AS stats`
    : `(SELECT coalesce(json_agg(json_build_array(c.facet_set_id, c.count)), '[]'::json)
     FROM (SELECT m.facet_set_id, count(*)::int AS count FROM m GROUP BY m.facet_set_id) c) AS stats`;

/**
 * The items of some technology areas (the codes in parameter `param`), one row each, from
 * the covering index of search_document_area (index-only: no heap page per item). An item
 * with two of the areas has two rows there; the row of the first stands for it.
 */
const areaRows = (param: string, codes: number) =>
  `search_document_area d
     WHERE d.area = ANY(:${param}::text[])${
       codes > 1
         ? `\n       AND NOT EXISTS (SELECT 1 FROM unnest(d.technology_areas) AS o(area) WHERE o.area = ANY(:${param}::text[]) AND o.area < d.area)`
         : ''
     }`;

/**
 * The statement for a search with words: ranked by relevance. Hits are the items whose
 * text has the words and, when the words name a taxonomy concept, every item of the
 * concept's areas. Those two sets are read apart: the word hits from search_document
 * (their text vector ranks them), the concept's other items from the covering index of
 * search_document_area, without the heap (a broad concept is a tenth of the corpus).
 *
 * The concept's items leave out the word hits with NOT IN, which PostgreSQL runs as a
 * hashed subplan whenever it expects the word hits to fit in memory: the estimates of text
 * matches are often far too low (Korean words are ANDs of bigrams, estimated as if
 * independent), and as NOT EXISTS a low estimate could make the planner rescan the word
 * hits once per item of the concept (15,000 × 4,000) instead of hashing them once.
 */
function relevanceSql(statement: SearchStatement, query: string): CompiledSql {
  const params: Record<string, unknown> = { q: query, limit: statement.limit + 1 };
  const concepts = taxonomyConcepts(query);
  let boost = '0::float8';
  if (concepts.boost.length) {
    boost = `CASE WHEN d.technology_areas && :boostAreas::text[] THEN ${TAXONOMY_BOOST}::float8 ELSE 0::float8 END`;
    params.boostAreas = concepts.boost;
  }
  const clauses = whereClauses(statement, params);
  const { where, miss } = facetFilters(clauses);
  // ts_rank weighs title (A) 1.0, summary (B) 0.4, the rest (C) 0.2; ranked are hits only.
  const rank = `(ts_rank(d.vector, ${TSQUERY})::float8 + ${boost})`;
  const wordHits = `SELECT ${matchColumns(miss)}, ${miss ? `CASE WHEN ${miss} = 0 THEN ${rank} ELSE 0::float8 END` : rank} AS score
      FROM search_document d
     WHERE d.vector @@ ${TSQUERY}
       AND ${where}`;
  let matched = `m AS ${statement.stats ? 'MATERIALIZED ' : ''}(
    ${wordHits}
  )`;
  if (concepts.concept.length) {
    params.conceptAreas = concepts.concept;
    // A technology-area filter outside the concept leaves few of its items (섬유 in energy):
    // the GIN index on technology_areas intersects both sets before any row is read. Within
    // it (or without one), every item of the concept may count: its covering index. So
    // must every item of the concept when the area filter is apart (its facet counts them).
    const filterAreas = params.areas as string[] | undefined;
    const areasApart = clauses.facets.some((filter) => filter.facet === 'technologyAreas');
    const conceptItems =
      filterAreas && !areasApart && !concepts.concept.some((code) => filterAreas.includes(code))
        ? `search_document d
     WHERE d.technology_areas && :conceptAreas::text[]`
        : areaRows('conceptAreas', concepts.concept.length);
    matched = `w AS MATERIALIZED (
    ${wordHits}
  ), m AS ${statement.stats ? 'MATERIALIZED ' : ''}(
    SELECT * FROM w
    UNION ALL
    SELECT ${matchColumns(miss)}, ${boost} AS score
      FROM ${conceptItems}
       AND ${where}
       AND d.id NOT IN (SELECT w.id FROM w)
  )`;
  }
  let cursor = '';
  if (statement.after?.mode === 'relevance') {
    cursor = '(m.score < :afterScore OR (m.score = :afterScore AND m.id > :afterId::uuid))';
    params.afterScore = statement.after.score;
    params.afterId = statement.after.id;
  }
  const sql = `WITH ${matched}, page AS (
    ${cards(`SELECT m.id, m.score FROM m ${hitsOf(miss, cursor)} ORDER BY m.score DESC, m.id LIMIT :limit`)}
  )
  SELECT (${pageRows('p.score DESC, p.id')}) AS page${statement.stats ? `,\n  ${stats(miss)}` : ''}`;
  return { sql, params };
}

/**
 * The statement for browsing without words: newest first. Without totals, the page walks
 * the listed_at index backwards; with them, every match is read for the counts anyway, so
 * the page is sorted from those rows (a selective filter would otherwise walk the whole
 * index to find a page). With totals an area filter is apart (its facet counts the other
 * areas' items too), so the matches are read from search_document by the other filters'
 * indexes, not from the area's covering index.
 */
function recentSql(statement: SearchStatement): CompiledSql {
  const params: Record<string, unknown> = { limit: statement.limit + 1 };
  const { where, miss } = facetFilters(whereClauses(statement, params));
  let cursor = '';
  if (statement.after?.mode === 'recent') {
    cursor = '(%.listed_at, %.id) < (:afterListed::timestamptz, :afterId::uuid)';
    params.afterListed = statement.after.listedAt;
    params.afterId = statement.after.id;
  }
  const filtered = `FROM search_document d WHERE ${where}`;
  const order = 'ORDER BY %.listed_at DESC, %.id DESC LIMIT :limit';
  const sql = statement.stats
    ? `WITH m AS MATERIALIZED (SELECT ${matchColumns(miss)} ${filtered}),
  page AS (${cards(`SELECT m.id, 0::float8 AS score FROM m ${hitsOf(miss, cursor.replaceAll('%', 'm'))} ${order.replaceAll('%', 'm')}`)})
  SELECT (${pageRows('p.listed_at DESC, p.id DESC')}) AS page,
  ${stats(miss)}`
    : `WITH page AS (SELECT ${CARD_COLUMNS}, 0::float8 AS score ${filtered} ${cursor ? `AND ${cursor.replaceAll('%', 'd')}` : ''} ${order.replaceAll('%', 'd')})
  SELECT (${pageRows('p.listed_at DESC, p.id DESC')}) AS page`;
  return { sql, params };
}

/** One search: ranked by relevance with words, newest first without. */
export function compileSearch(statement: SearchStatement): CompiledSql {
  const query = statement.criteria.query?.trim();
  return hasWords(query) ? relevanceSql(statement, query) : recentSql(statement);
}
