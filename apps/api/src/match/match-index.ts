import {
  MATCH_RELEVANCE_FLOOR,
  capabilityTextKeys,
  matchCeiling,
  needTextPlan,
  scoreMatchGivenText,
  technologyFit,
  textValueOfMatched,
  type CapabilityMatchFacts,
  type MatchScore,
  type MatchTerms,
  type NeedMatchFacts,
  type TermWeight,
} from '@spillover/domain';
import { candidateCodes } from './match-codes';

import type { MatchRefreshKind } from './match-refresh-request.entity';

import { Side, intern, push, type Postings } from './match-index-side';
import { byScore, insert, textBelowFloor } from './match-index-order';
/** A pair scored by the index: scoreMatch's score and relevance (see scoreMatchGivenText). */
export interface IndexedPair {
  needId: string;
  capabilityId: string;
  score: Pick<MatchScore, 'score' | 'relevance'>;
}

/** What one listing's refresh found: its own best pairs, and pairs it now holds a place in on the other side. */
export interface IndexedMatches {
  best: IndexedPair[];
  /** Pairs beating the other listing's 20th stored score (its list is not about to be recomputed anyway). */
  entering: IndexedPair[];
}

/** How many of the other side's stored pairs a listing must beat to enter its list (the first page). */
export const ENTERING_PLACE = 20;

// Scores have 4 decimals: candidates are ordered by an integer key, best bound first.
const SCALE = 10_000;
const SLOTS = 2 ** 21;

/**
 * The live listings of both kinds in memory, compact: facts without terms, posting lists of
 * technology codes and of text keys (the domain's `capabilityTextKeys` / `needTextPlan`),
 * so one listing's best partners are found term at a time without reading any text:
 * - text values summed over posting lists, exactly as textFit sums them (the domain's spec
 *   proves the keys equal to textFit) for a need; an over-count for a capability (a need's
 *   term may be met under several keys), so a ceiling there, made exact for the few
 *   candidates that get that far;
 * - the technology value per distinct code set of a candidate;
 * - the domain's `matchCeiling` of both: the relevance floor drops most candidates before
 *   any score, the rest are scored (scoreMatchGivenText) best ceiling first until no
 *   ceiling can beat the `limit`-th score.
 */
export class MatchIndex {
  private readonly codeIds = new Map<string, number>();
  private readonly keyIds = new Map<string, number>();
  readonly needs = new Side<NeedMatchFacts>(this.codeIds);
  readonly capabilities = new Side<CapabilityMatchFacts>(this.codeIds);
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
  private keys = new Float64Array(0);
  private texts = new Float64Array(0);
  private ceilings = new Float64Array(0);
  private setStamps = new Int32Array(0);
  private technology = new Float64Array(0);
  private tooLittle = new Float64Array(0);
  private query = 0;

  constructor(
    /** Earlier collaborations of two organizations. */
    private readonly collaborations: (a: string, b: string) => number,
  ) {}

  addNeed(id: string, facts: NeedMatchFacts, terms: MatchTerms, weightOf: TermWeight): void {
    const slot = this.needs.add(id, facts);
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
    const slot = this.capabilities.add(id, facts);
    const keys = [...new Set(capabilityTextKeys(terms))].map((key) => intern(this.keyIds, key));
    for (const key of keys) push(this.capabilityKeys, key, slot);
    this.capabilityKeySlots[slot] = Int32Array.from(keys);
  }

  remove(kind: MatchRefreshKind, id: string): void {
    (kind === 'NEED' ? this.needs : this.capabilities).remove(id);
  }

  /** A listing's own list was just stored: it no longer waits, and its 20th score is known. */
  refreshed(kind: MatchRefreshKind, id: string, placeScore: number): void {
    const side = this.side(kind);
    const slot = side.bySlot.get(id);
    if (slot === undefined) return;
    side.pending[slot] = false;
    side.threshold[slot] = placeScore;
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
    this.keys = new Float64Array(length);
    this.texts = new Float64Array(length);
    this.ceilings = new Float64Array(length);
  }

  /** Per code set of the other side: stamped per query, its technology value, its text floor. */
  private setStamp(size: number): Int32Array {
    if (this.setStamps.length < size) {
      const length = Math.max(size, this.setStamps.length * 2, 256);
      this.setStamps = new Int32Array(length);
      this.technology = new Float64Array(length);
      this.tooLittle = new Float64Array(length);
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
  ): IndexedMatches | null {
    const own = this.side(kind);
    const slot = own.bySlot.get(id);
    if (slot === undefined) return null;
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
    };
    // Listings that share no word but a code: only those whose codes alone pass the floor.
    const { related, siblings } = candidateCodes(ownFacts.technologyAreas);
    for (const code of [...related, ...siblings]) {
      const codeId = this.codeIds.get(code);
      const slots = codeId === undefined ? undefined : other.codes.get(codeId);
      if (!slots) continue;
      for (let i = 0; i < slots.length; i += 1) {
        const candidate = slots[i]!;
        if (seen[candidate] === query) continue;
        const set = setOf[candidate]!;
        prepare(set);
        if (tooLittle[set]! >= 0) continue;
        seen[candidate] = query;
        acc[candidate] = 0;
        touched[count++] = candidate;
      }
    }

    // Ceilings of those that pass the floor, ordered best first (an integer key each).
    const ownOrganization = ownFacts.place.organizationId;
    const { keys, texts, ceilings } = this;
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const candidate = touched[i]!;
      if (!other.alive[candidate]) continue;
      const set = setOf[candidate]!;
      prepare(set);
      const text = textValueOfMatched(
        saturation ?? this.plans[candidate]!.saturation,
        acc[candidate]!,
      );
      if (text <= tooLittle[set]!) continue;
      if (other.facts[candidate]!.place.organizationId === ownOrganization) continue;
      const ceiling = matchCeiling(technology[set]!, text);
      if (ceiling.relevance < MATCH_RELEVANCE_FLOOR) continue;
      keys[kept] = (SCALE - Math.round(ceiling.score * SCALE)) * SLOTS + kept;
      ceilings[kept] = ceiling.score;
      texts[kept] = text;
      touched[kept] = candidate;
      kept += 1;
    }
    const order = keys.subarray(0, kept).sort();

    const best: IndexedPair[] = [];
    const enteringPairs: IndexedPair[] = [];
    const ownKeys = kind === 'CAPABILITY' ? new Set(this.ownKeys(slot)) : null;
    for (const key of order) {
      const position = key % SLOTS;
      const candidate = touched[position]!;
      const ceiling = ceilings[position]!;
      const kth = best.length >= limit ? best[limit - 1]!.score.score : -1;
      const threshold = entering && !other.pending[candidate] ? other.threshold[candidate]! : 2;
      if (ceiling < kth && ceiling <= threshold) {
        if (!entering) break;
        continue;
      }
      const pair = this.score(kind, ownFacts, candidate, texts[position]!, ownKeys);
      if (pair.relevance < MATCH_RELEVANCE_FLOOR) continue;
      const scored: IndexedPair =
        kind === 'NEED'
          ? { needId: id, capabilityId: other.ids[candidate]!, score: pair }
          : { needId: other.ids[candidate]!, capabilityId: id, score: pair };
      if (pair.score > threshold) enteringPairs.push(scored);
      if (pair.score >= kth) insert(best, scored, limit);
    }
    return { best, entering: enteringPairs };
  }

  /** A capability's own text keys (ids known to the index: a key no need uses meets nothing). */
  private ownKeys(slot: number): Int32Array {
    return this.capabilityKeySlots[slot] ?? new Int32Array(0);
  }

  private score(
    kind: MatchRefreshKind,
    ownFacts: NeedMatchFacts | CapabilityMatchFacts,
    candidate: number,
    text: number,
    ownKeys: Set<number> | null,
  ): Pick<MatchScore, 'score' | 'relevance'> {
    if (kind === 'NEED') {
      const need = ownFacts as NeedMatchFacts;
      const capability = this.capabilities.facts[candidate]!;
      return scoreMatchGivenText(
        need,
        capability,
        {
          earlierCollaborations: this.collaborations(
            need.place.organizationId,
            capability.place.organizationId,
          ),
        },
        text,
      );
    }
    const capability = ownFacts as CapabilityMatchFacts;
    const need = this.needs.facts[candidate]!;
    // The exact text value: the need's plan against the capability's keys, in term order.
    const plan = this.plans[candidate]!;
    let matched = 0;
    for (const term of plan.terms)
      if (term.keys.some((key) => ownKeys!.has(key))) matched += term.weight;
    for (const phrase of plan.phrases) if (ownKeys!.has(phrase.key)) matched += phrase.bonus;
    return scoreMatchGivenText(
      need,
      capability,
      {
        earlierCollaborations: this.collaborations(
          need.place.organizationId,
          capability.place.organizationId,
        ),
      },
      textValueOfMatched(plan.saturation, matched),
    );
  }
}

export { byScore };
