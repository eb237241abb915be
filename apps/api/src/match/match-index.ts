import {
  MATCH_RELEVANCE_FLOOR,
  capabilityTextKeys,
  contextCeilingOf,
  collaborationPart,
  contextOf,
  historyPart,
  proximityPart,
  sectorsPart,
  trlPart,
  matchRelevance,
  matchTopical,
  relevanceOfTopical,
  scoreOfTopical,
  needTextPlan,
  technologyFit,
  textValueOfMatched,
  type CapabilityMatchFacts,
  type MatchScore,
  type MatchTerms,
  type NeedMatchFacts,
  type TermWeight,
} from '@spillover/domain';
import { textBelowFloor } from './match-index-order';
import { candidateCodes } from './match-codes';
import { PairValues } from './match-index-context';

import type { MatchRefreshKind } from './match-refresh-request.entity';

import {
  CONTEXT_PARTS,
  Side,
  intern,
  push,
  type ContextPart,
  type Postings,
} from './match-index-side';
import { byScore, insert } from './match-index-order';
import type { CapabilityLists } from './match-capability-lists';
/** A pair scored by the index: scoreMatch's score and relevance (see scoreMatchGivenText). */
export interface IndexedPair {
  needId: string;
  capabilityId: string;
  score: Pick<MatchScore, 'score' | 'relevance'>;
}

/** What a need's query reads of an index (MatchIndex.needQueryData). */
export interface NeedQueryData {
  codeIds: Map<string, number>;
  keyIds: Map<string, number>;
  organizationIds: Map<string, number>;
  needs: Side<NeedMatchFacts>;
  capabilities: Side<CapabilityMatchFacts>;
  capabilityKeys: Postings;
  plans: unknown[];
  epoch: number;
  collaborations: Map<string, ReadonlyMap<string, number>>;
}

/** What one listing's refresh found: its own best pairs, and pairs it now holds a place in on the other side. */
export interface IndexedMatches {
  best: IndexedPair[];
  /** Pairs beating the other listing's 20th stored score (its list is not about to be recomputed anyway). */
  entering: IndexedPair[];
  /** The index's epoch when they were found (MatchIndex.refreshed). */
  epoch: number;
}

/** How many of the other side's stored pairs a listing must beat to enter its list (the first page). */
export const ENTERING_PLACE = 20;

/** The domain's context parts, by what each reads (CONTEXT_KEYS). */
const PART_OF: Record<
  ContextPart,
  (need: NeedMatchFacts, capability: CapabilityMatchFacts) => number
> = {
  sectors: (need, capability) => sectorsPart(need, capability),
  trl: (need, capability) => trlPart(need, capability),
  collaboration: (need, capability) => collaborationPart(need, capability),
  proximity: (need, capability) => proximityPart(need, capability),
};
/** History parts by number of earlier collaborations. */
const HISTORY_PARTS: number[] = [];
const historyOf = (count: number): number =>
  count < 16 ? (HISTORY_PARTS[count] ??= historyPart(count)) : historyPart(count);

// Candidates are taken best bound first, by buckets of a thousandth of a score.
const BUCKETS = 1000;
const CONTEXT_CEILING = contextCeilingOf();

/**
 * The live listings of both kinds in memory, compact: facts without terms, posting lists of
 * technology codes and of text keys (the domain's `capabilityTextKeys` / `needTextPlan`),
 * so one listing's best partners are found term at a time without reading any text:
 * - text values summed over posting lists, exactly as textFit sums them (the domain's spec
 *   proves the keys equal to textFit) for a need; an over-count for a capability (a need's
 *   term may be met under several keys), so a ceiling there, made exact for the few
 *   candidates that get that far;
 * - the technology value per distinct code set of a candidate;
 * - the domain's ceiling of both (`matchBoundScore` with the context at its best): the
 *   relevance floor drops most candidates, the rest are bucketed by ceiling (a counting
 *   sort) and scored best bucket first until no ceiling can beat the `limit`-th score;
 * - a candidate's exact score without building a MatchScore: its context from the domain's
 *   context parts (sectors, TRL, collaboration, proximity: each computed once per pair of
 *   classes of listings that read the same facts, PairValues; history per count) summed
 *   by `contextOf` in scoreMatch's order, and `matchBoundScore`, which the domain's spec
 *   proves equal to scoreMatch's score to the last bit for exact values.
 */
export class MatchIndex {
  private readonly codeIds = new Map<string, number>();
  private readonly keyIds = new Map<string, number>();
  private readonly organizationIds = new Map<string, number>();
  readonly needs = new Side<NeedMatchFacts>(this.codeIds, this.organizationIds);
  readonly capabilities = new Side<CapabilityMatchFacts>(this.codeIds, this.organizationIds);
  /** Grows with every listing added: what a refresh saw (Side.loadedAt / refreshedAt). */
  private epoch = 0;
  /** Capability text keys → capability slots. */
  private readonly capabilityKeys: Postings = new Map();
  /** Need text keys → need slots, with the weight of the need's term met under the key. */
  private readonly needKeys: Postings = new Map();
  private readonly needKeyWeights = new Map<number, number[]>();
  /** Per capability slot: its text key ids. */
  private readonly capabilityKeySlots: Int32Array[] = [];
  /** Per need slot: its terms' key ids and weights, its phrases, its saturation. */
  private readonly plans: {
    terms: { keys: number[]; weight: number }[];
    phrases: { key: number; bonus: number }[];
    saturation: number;
  }[] = [];
  // Scratch space of one query, reused: a refresh allocates little per candidate.
  private acc = new Float64Array(0);
  private stamp = new Int32Array(0);
  private seen = new Int32Array(0);
  private touched = new Int32Array(0);
  private texts = new Float64Array(0);
  private ceilings = new Float64Array(0);
  private buckets = new Int32Array(0);
  private order = new Int32Array(0);
  private exact = new Float64Array(0);
  private readonly counts = new Int32Array(BUCKETS + 2);
  /** Context parts per (need class, capability class), each computed once: see PairValues. */
  private readonly parts = Object.fromEntries(
    CONTEXT_PARTS.map((part) => [
      part,
      new PairValues((need, capability) =>
        PART_OF[part](
          this.needs.classes[part].list.representative[need]!,
          this.capabilities.classes[part].list.representative[capability]!,
        ),
      ),
    ]),
  ) as Record<ContextPart, PairValues>;
  private readonly partnersById = new Map<number, Map<number, number> | null>();
  private setStamps = new Int32Array(0);
  private setVisits = new Int32Array(0);
  private technology = new Float64Array(0);
  private tooLittle = new Float64Array(0);
  private tooLittleMatched = new Float64Array(0);
  private query = 0;

  constructor(
    /** Earlier collaborations of an organization, by partner organization. */
    private readonly collaborations: (
      organizationId: string,
    ) => ReadonlyMap<string, number> | undefined,
  ) {}

  addNeed(id: string, facts: NeedMatchFacts, terms: MatchTerms, weightOf: TermWeight): void {
    const slot = this.needs.add(id, facts, ++this.epoch);
    const plan = needTextPlan(terms, weightOf);
    const compact = {
      terms: plan.terms.map((term) => ({
        keys: [...new Set(term.keys.map((key) => intern(this.keyIds, key)))],
        weight: term.weight,
      })),
      phrases: plan.phrases.map((phrase) => ({
        key: intern(this.keyIds, phrase.key),
        bonus: phrase.bonus,
      })),
      saturation: plan.saturation,
    };
    this.plans[slot] = compact;
    for (const term of compact.terms)
      for (const key of term.keys) push(this.needKeys, key, slot, term.weight, this.needKeyWeights);
    for (const phrase of compact.phrases)
      push(this.needKeys, phrase.key, slot, phrase.bonus, this.needKeyWeights);
  }

  addCapability(id: string, facts: CapabilityMatchFacts, terms: MatchTerms): void {
    const slot = this.capabilities.add(id, facts, ++this.epoch);
    const keys = [...new Set(capabilityTextKeys(terms))].map((key) => intern(this.keyIds, key));
    for (const key of keys) push(this.capabilityKeys, key, slot);
    this.capabilityKeySlots[slot] = Int32Array.from(keys);
  }

  remove(kind: MatchRefreshKind, id: string): void {
    (kind === 'NEED' ? this.needs : this.capabilities).remove(id);
  }

  /**
   * A listing's own list was just stored: it no longer waits, and its 20th score is known;
   * `epoch` when this index found the list (-1: another worker did, with its own index).
   */
  refreshed(kind: MatchRefreshKind, id: string, placeScore: number, epoch = -1): void {
    const side = this.side(kind);
    const slot = side.bySlot.get(id);
    if (slot === undefined) return;
    side.pending[slot] = false;
    side.threshold[slot] = placeScore;
    side.refreshedAt[slot] = epoch;
  }

  side(kind: MatchRefreshKind): Side<NeedMatchFacts> | Side<CapabilityMatchFacts> {
    return kind === 'NEED' ? this.needs : this.capabilities;
  }

  get size(): number {
    return this.needs.bySlot.size + this.capabilities.bySlot.size;
  }

  private scratch(size: number): void {
    if (this.acc.length >= size) return;
    const length = Math.max(size, this.acc.length * 2, 1024);
    this.acc = new Float64Array(length);
    this.stamp = new Int32Array(length).fill(-1);
    this.seen = new Int32Array(length);
    this.touched = new Int32Array(length);
    this.texts = new Float64Array(length);
    this.ceilings = new Float64Array(length);
    this.buckets = new Int32Array(length);
    this.order = new Int32Array(length);
    this.exact = new Float64Array(length);
  }

  /** Per code set of the other side: stamped per query, its technology value, its text floor. */
  private setStamp(size: number): Int32Array {
    if (this.setStamps.length < size) {
      const length = Math.max(size, this.setStamps.length * 2, 256);
      this.setStamps = new Int32Array(length);
      this.setVisits = new Int32Array(length);
      this.technology = new Float64Array(length);
      this.tooLittle = new Float64Array(length);
      this.tooLittleMatched = new Float64Array(length);
    }
    return this.setStamps;
  }

  /**
   * The best `limit` shown pairs of a listing in the index, and the pairs by which it
   * enters the stored lists of the other side (when `entering`), or null when the listing
   * is not live.
   */
  matches(
    kind: MatchRefreshKind,
    id: string,
    limit: number,
    entering: boolean,
    /** A need's candidates offered to the capabilities' own lists too (a sweep). */
    lists?: CapabilityLists,
  ): IndexedMatches | null {
    const own = this.side(kind);
    const slot = own.bySlot.get(id);
    if (slot === undefined) return null;
    if (lists && kind !== 'NEED') throw new Error('only a need fills the capabilities’ lists');
    const other = kind === 'NEED' ? this.capabilities : this.needs;
    this.scratch(other.ids.length);
    this.query = (this.query + 1) | 0 || 1;
    const { acc, stamp, seen, query, touched } = this;
    let count = 0;

    // Text, term at a time.
    let saturation: number | null = null;
    if (kind === 'NEED') {
      const plan = this.plans[slot]!;
      saturation = plan.saturation;
      for (let index = 0; index < plan.terms.length; index += 1) {
        const term = plan.terms[index]!;
        const weight = term.weight;
        // A term of one key meets each candidate once: no stamp needed (most terms).
        if (term.keys.length === 1) {
          const slots = this.capabilityKeys.get(term.keys[0]!);
          if (!slots) continue;
          for (let i = 0; i < slots.length; i += 1) {
            const candidate = slots[i]!;
            if (seen[candidate] !== query) {
              seen[candidate] = query;
              acc[candidate] = 0;
              stamp[candidate] = -1;
              touched[count++] = candidate;
            }
            acc[candidate]! += weight;
          }
          continue;
        }
        for (const key of term.keys) {
          const slots = this.capabilityKeys.get(key);
          if (!slots) continue;
          for (let i = 0; i < slots.length; i += 1) {
            const candidate = slots[i]!;
            if (seen[candidate] !== query) {
              seen[candidate] = query;
              acc[candidate] = 0;
              stamp[candidate] = -1;
              touched[count++] = candidate;
            }
            // Once per term, in the need's term order: textFit's own sum.
            if (stamp[candidate] === index) continue;
            stamp[candidate] = index;
            acc[candidate]! += term.weight;
          }
        }
      }
      for (const phrase of plan.phrases) {
        const slots = this.capabilityKeys.get(phrase.key);
        // A phrase's words are terms of both texts: its candidates are touched already.
        if (slots)
          for (let i = 0; i < slots.length; i += 1)
            if (seen[slots[i]!] === query) acc[slots[i]!]! += phrase.bonus;
      }
    } else {
      for (const key of this.ownKeys(slot)) {
        const slots = this.needKeys.get(key);
        if (!slots) continue;
        const weights = this.needKeyWeights.get(key)!;
        for (let i = 0; i < slots.length; i += 1) {
          const candidate = slots[i]!;
          if (seen[candidate] !== query) {
            seen[candidate] = query;
            acc[candidate] = 0;
            touched[count++] = candidate;
          }
          acc[candidate]! += weights[i]!;
        }
      }
    }

    // Technology values per distinct code set of the other side, and the text value below
    // which each can never reach the relevance floor (matchCeiling is non-decreasing in it).
    const ownFacts = own.facts[slot]!;
    const setStamp = this.setStamp(other.codeSetList.length);
    const tooLittle = this.tooLittle;
    const tooLittleMatched = this.tooLittleMatched;
    const technology = this.technology;
    const setOf = other.codeSetOf;
    const prepare = (set: number) => {
      if (setStamp[set] === query) return;
      setStamp[set] = query;
      const codes = other.codeSetList[set]!;
      const tech =
        kind === 'NEED'
          ? technologyFit(ownFacts.technologyAreas, codes).value
          : technologyFit(codes, ownFacts.technologyAreas).value;
      technology[set] = tech;
      tooLittle[set] = textBelowFloor(tech);
      // A need's matched weight at or below this leaves the text value at or below
      // tooLittle (a margin for the division's rounding): most candidates stop here.
      if (saturation !== null) tooLittleMatched[set] = tooLittle[set]! * saturation * (1 - 1e-9);
    };
    // Listings that share no word but a code: only those whose codes alone pass the floor,
    // code set by code set (most sets of a related code fail, and none of their listings is read).
    const { related, siblings } = candidateCodes(ownFacts.technologyAreas);
    const setVisits = this.setVisits;
    for (const code of [...related, ...siblings]) {
      const codeId = this.codeIds.get(code);
      const sets = codeId === undefined ? undefined : other.setsWithCode.get(codeId);
      if (!sets) continue;
      for (const set of sets) {
        if (setVisits[set] === query) continue;
        setVisits[set] = query;
        prepare(set);
        if (tooLittle[set]! >= 0) continue;
        const members = other.members[set]!;
        for (let i = 0; i < members.length; i += 1) {
          const candidate = members[i]!;
          if (seen[candidate] === query) continue;
          seen[candidate] = query;
          acc[candidate] = 0;
          touched[count++] = candidate;
        }
      }
    }

    // A candidate's exact score: its context from its profile's, its place's and its
    // history's parts (each pair of classes computed once per index), its exact text
    // value, and the domain's matchBound, which is scoreMatch's score to the last bit for
    // exact values (its spec proves it): no MatchScore is built for a candidate.
    const ownOrganization = own.organizationOf[slot]!;
    const otherOrganization = other.organizationOf;
    const { texts, ceilings, buckets, counts, exact } = this;
    const partners = this.partnersOf(ownOrganization, ownFacts.place.organizationId);
    const ownKeys = kind === 'CAPABILITY' ? this.ownKeySet(slot) : null;
    const exactText = (position: number): number =>
      ownKeys ? this.capabilityText(touched[position]!, ownKeys) : texts[position]!;
    // Hoisted: this runs for most candidates that pass the floor.
    const { sectors, trl, collaboration, proximity } = this.parts;
    const [mySectors, myTrl, myCollaboration, myProximity] = CONTEXT_PARTS.map(
      (part) => own.classes[part].of[slot]!,
    ) as [number, number, number, number];
    const theirSectors = other.classes.sectors.of;
    const theirTrl = other.classes.trl.of;
    const theirCollaboration = other.classes.collaboration.of;
    const theirProximity = other.classes.proximity.of;
    const contextFor = (candidate: number): number => {
      const history = historyOf(partners?.get(otherOrganization[candidate]!) ?? 0);
      return kind === 'NEED'
        ? contextOf(
            sectors.get(mySectors, theirSectors[candidate]!),
            trl.get(myTrl, theirTrl[candidate]!),
            collaboration.get(myCollaboration, theirCollaboration[candidate]!),
            proximity.get(myProximity, theirProximity[candidate]!),
            history,
          )
        : contextOf(
            sectors.get(theirSectors[candidate]!, mySectors),
            trl.get(theirTrl[candidate]!, myTrl),
            collaboration.get(theirCollaboration[candidate]!, myCollaboration),
            proximity.get(theirProximity[candidate]!, myProximity),
            history,
          );
    };
    const scoreOf = (candidate: number, text: number): number =>
      scoreOfTopical(matchTopical(technology[setOf[candidate]!]!, text), contextFor(candidate));

    // Ceilings of those that pass the floor, with the context at its best: one pass over
    // every candidate, nothing but typed arrays and the domain's matchBound. In a sweep, a
    // candidate whose ceiling reaches its own list's entry is scored for that list here (a
    // need's text value is exact), and the score kept for the need's own list below.
    const entry = lists?.entry;
    counts.fill(0);
    let kept = 0;
    let top = 0;
    // When many are touched, every slot in order: the arrays read per candidate are then
    // read front to back instead of at random (most of this loop's time was cache misses).
    const slots = other.ids.length;
    const dense = count * 4 > slots;
    const end = dense ? slots : count;
    for (let i = 0; i < end; i += 1) {
      const candidate = dense ? i : touched[i]!;
      if (dense && seen[candidate] !== query) continue;
      if (!other.alive[candidate]) continue;
      if (otherOrganization[candidate] === ownOrganization) continue;
      const set = setOf[candidate]!;
      if (setStamp[set] !== query) prepare(set);
      if (saturation !== null && acc[candidate]! <= tooLittleMatched[set]!) continue;
      const text = textValueOfMatched(
        saturation ?? this.plans[candidate]!.saturation,
        acc[candidate]!,
      );
      if (text <= tooLittle[set]!) continue;
      // The domain's matchBound in its two steps: the topical part once for both scores.
      const topical = matchTopical(technology[set]!, text);
      const relevance = relevanceOfTopical(topical);
      if (relevance < MATCH_RELEVANCE_FLOOR) continue;
      const ceiling = scoreOfTopical(topical, CONTEXT_CEILING);
      exact[kept] = NaN;
      if (entry && ceiling >= entry[candidate]!) {
        const score = scoreOfTopical(topical, contextFor(candidate));
        exact[kept] = score;
        if (score >= entry[candidate]!) lists!.offer(candidate, slot, score, relevance);
      }
      const bucket = Math.min(BUCKETS, Math.floor(ceiling * BUCKETS));
      counts[bucket]! += 1;
      if (bucket > top) top = bucket;
      ceilings[kept] = ceiling;
      texts[kept] = text;
      buckets[kept] = bucket;
      touched[kept] = candidate;
      kept += 1;
    }
    // Best bucket first (a counting sort: no comparison sort of every candidate).
    const { order } = this;
    for (let bucket = top, at = 0; bucket >= 0; bucket -= 1) {
      const n = counts[bucket]!;
      counts[bucket] = at;
      at += n;
    }
    for (let position = 0; position < kept; position += 1)
      order[counts[buckets[position]!]!++] = position;

    const best: IndexedPair[] = [];
    const pairOf = (candidate: number, score: number, relevance: number): IndexedPair => {
      const value = { score, relevance };
      return kind === 'NEED'
        ? { needId: id, capabilityId: other.ids[candidate]!, score: value }
        : { needId: other.ids[candidate]!, capabilityId: id, score: value };
    };
    // Exact scores found, by position (NaN: not computed; -1: not shown).
    for (let i = 0; i < kept; i += 1) {
      const position = order[i]!;
      const kth = best.length >= limit ? best[limit - 1]!.score.score : -1;
      // Every later candidate's ceiling is below this bucket's top.
      if ((buckets[position]! + 1) / BUCKETS <= kth) break;
      if (ceilings[position]! < kth) continue;
      const candidate = touched[position]!;
      const text = exactText(position);
      const relevance = matchRelevance(technology[setOf[candidate]!]!, text);
      if (relevance < MATCH_RELEVANCE_FLOOR) {
        exact[position] = -1;
        continue;
      }
      let score = exact[position]!;
      if (score !== score) exact[position] = score = scoreOf(candidate, text);
      if (score >= kth) insert(best, pairOf(candidate, score, relevance), limit);
    }

    // Where it enters the other side's lists: listings that do not wait for their own
    // refresh, whose stored list this index did not compute with this very listing in it.
    const enteringPairs: IndexedPair[] = [];
    if (entering) {
      const loadedAt = own.loadedAt[slot]!;
      for (let i = 0; i < kept; i += 1) {
        const position = order[i]!;
        const candidate = touched[position]!;
        if (other.pending[candidate]) continue;
        if (other.refreshedAt[candidate]! >= loadedAt) continue;
        const threshold = other.threshold[candidate]!;
        if (ceilings[position]! <= threshold) continue;
        let score = exact[position]!;
        let relevance = 0;
        if (score !== score) {
          const text = exactText(position);
          relevance = matchRelevance(technology[setOf[candidate]!]!, text);
          score = relevance < MATCH_RELEVANCE_FLOOR ? -1 : scoreOf(candidate, text);
        } else if (score >= 0)
          relevance = matchRelevance(technology[setOf[candidate]!]!, exactText(position));
        if (score > threshold) enteringPairs.push(pairOf(candidate, score, relevance));
      }
    }
    return { best, entering: enteringPairs, epoch: this.epoch };
  }

  /**
   * What a need's query reads, as plain data a thread of its own can be given (structured
   * clone keeps the maps and arrays, and which parts share them): see `forNeedQueries`.
   */
  needQueryData(): NeedQueryData {
    const collaborations = new Map<string, ReadonlyMap<string, number>>();
    for (const organizationId of this.organizationIds.keys()) {
      const partners = this.collaborations(organizationId);
      if (partners) collaborations.set(organizationId, partners);
    }
    return {
      codeIds: this.codeIds,
      keyIds: this.keyIds,
      organizationIds: this.organizationIds,
      needs: this.needs,
      capabilities: this.capabilities,
      capabilityKeys: this.capabilityKeys,
      plans: this.plans,
      epoch: this.epoch,
      collaborations,
    };
  }

  /** An index that answers needs' queries as the one `needQueryData` came from does. */
  static forNeedQueries(data: NeedQueryData): MatchIndex {
    const index = new MatchIndex((organizationId) => data.collaborations.get(organizationId));
    Object.setPrototypeOf(data.needs, Side.prototype);
    Object.setPrototypeOf(data.capabilities, Side.prototype);
    const { collaborations: _collaborations, ...fields } = data;
    Object.assign(index, fields);
    return index;
  }

  /** Grows with every listing added (see `refreshed`). */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** A capability's own text keys (ids known to the index: a key no need uses meets nothing). */
  private ownKeys(slot: number): Int32Array {
    return this.capabilityKeySlots[slot] ?? new Int32Array(0);
  }

  /** Earlier collaborations of an organization by partner's interned id, converted once per organization. */
  private partnersOf(
    organization: number,
    organizationId: string,
  ): Map<number, number> | undefined {
    let partners = this.partnersById.get(organization);
    if (partners === undefined) {
      const byName = this.collaborations(organizationId);
      partners = byName
        ? new Map(
            [...byName].map(([partner, count]) => [intern(this.organizationIds, partner), count]),
          )
        : null;
      this.partnersById.set(organization, partners);
    }
    return partners ?? undefined;
  }

  /** A capability's text keys as a set (the exact text value of its candidates). */
  private ownKeySet(slot: number): Set<number> {
    return new Set(this.ownKeys(slot));
  }

  /** A need's exact text value against a capability's keys: its plan, term by term, in order. */
  private capabilityText(need: number, keys: Set<number>): number {
    const plan = this.plans[need]!;
    let matched = 0;
    for (const term of plan.terms)
      if (term.keys.some((key) => keys.has(key))) matched += term.weight;
    for (const phrase of plan.phrases) if (keys.has(phrase.key)) matched += phrase.bonus;
    return textValueOfMatched(plan.saturation, matched);
  }
}

export { byScore };
