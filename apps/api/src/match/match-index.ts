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
  matchBoundScore,
  matchRelevance,
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
/** Added to text ceilings summed in another order than textFit's: a ceiling stays one to the last bit. */
const TEXT_SLACK = 1e-9;
/** A posting list this long is worth a look at the list's last place before it is read. */
const CHECK_POSTINGS = 2048;

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
  private technology = new Float64Array(0);
  private tooLittle = new Float64Array(0);
  private query = 0;
  private keyStamp = new Int32Array(0);
  private keyPosition = new Int32Array(0);
  private readonly keyMore = new Map<number, number[]>();
  /** Off: every term is read for every listing (what the pruning is checked against). */
  pruning = true;
  private lowStamp = new Int32Array(0);
  private lowValue = new Float64Array(0);
  private admitStamp = new Int32Array(0);
  private admitPass = new Uint8Array(0);
  private termStamps = new Int32Array(64);
  private termCall = 0;
  /**
   * Per need text key: the most text value it can bring one need (the need's weights under
   * it over its saturation), the ceiling a capability's pruning adds up; it never falls
   * when needs leave (a higher ceiling only prunes less).
   */
  private readonly needKeyReach = new Map<number, number>();

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
    if (compact.saturation > 0) {
      const perKey = new Map<number, number>();
      for (const term of compact.terms)
        for (const key of term.keys) perKey.set(key, (perKey.get(key) ?? 0) + term.weight);
      for (const phrase of compact.phrases)
        perKey.set(phrase.key, (perKey.get(phrase.key) ?? 0) + phrase.bonus);
      for (const [key, weight] of perKey) {
        const reach = weight / compact.saturation;
        if (reach > (this.needKeyReach.get(key) ?? 0)) this.needKeyReach.set(key, reach);
      }
    }
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
    if (epoch >= 0) side.refreshedHere(epoch, placeScore);
    else side.settledChanged();
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

    const ownFacts = own.facts[slot]!;
    const setStamp = this.setStamp(other.codeSetList.length);
    const tooLittle = this.tooLittle;
    const technology = this.technology;
    const setOf = other.codeSetOf;
    // Technology values per distinct code set of the other side, and the text value below
    // which each can never reach the relevance floor (matchCeiling is non-decreasing in it).
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

    // A candidate's exact score: its context from its profile's, its place's and its
    // history's parts (each pair of classes computed once per index), its exact text
    // value, and the domain's matchBound, which is scoreMatch's score to the last bit for
    // exact values (its spec proves it): no MatchScore is built for a candidate.
    const ownOrganization = own.organizationOf[slot]!;
    const otherOrganization = other.organizationOf;
    const partners = this.partnersOf(ownOrganization, ownFacts.place.organizationId);
    // Hoisted: this runs for most candidates that pass the floor.
    const { sectors, trl, collaboration, proximity } = this.parts;
    const [mySectors, myTrl, myCollaboration, myProximity] = CONTEXT_PARTS.map(
      (part) => own.classes[part].of[slot]!,
    ) as [number, number, number, number];
    const theirSectors = other.classes.sectors.of;
    const theirTrl = other.classes.trl.of;
    const theirCollaboration = other.classes.collaboration.of;
    const theirProximity = other.classes.proximity.of;
    const scoreOf = (candidate: number, text: number): number => {
      const history = historyOf(partners?.get(otherOrganization[candidate]!) ?? 0);
      const context =
        kind === 'NEED'
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
      return matchBoundScore(technology[setOf[candidate]!]!, text, context);
    };

    // Pruning (max-score, as search engines compute top-k): terms are taken heaviest first;
    // a listing none of the terms taken so far reaches has at most the remaining terms'
    // text value and, unless a code list brings it, no technology value, so once the
    // domain's ceiling of that (matchBoundScore: never under scoreMatch, a property test)
    // is below the relevance floor, or below a proven lower bound of the list's last place
    // and no list of the other side it could enter, the rest of the terms admit nobody.
    // The candidates held then get their exact text from their keys.
    const enterFloor = entering ? other.enteringFloor(own.loadedAt[slot]!) : Infinity;
    let theta = -Infinity;
    const cannot = (tech: number, text: number): boolean => {
      if (!this.pruning) return false;
      if (matchRelevance(tech, text) < MATCH_RELEVANCE_FLOOR) return true;
      const ceiling = matchBoundScore(tech, text, CONTEXT_CEILING);
      return ceiling < theta && ceiling <= enterFloor;
    };
    // The listing's own keys stamped for this query: a candidate's exact text is then a
    // typed-array read per key.
    if (kind === 'CAPABILITY') this.stampCapabilityKeys(slot);
    else this.stampPlanKeys(slot);
    /** The exact text value of a candidate, from its keys (textValueOf's order). */
    const exactTextOf = (candidate: number): number =>
      kind === 'CAPABILITY' ? this.capabilityText(candidate) : this.needText(slot, candidate);
    /** A text value of a candidate the terms taken so far reached (acc): exact for a need's terms, a ceiling for a capability's keys. */
    const partialText = (candidate: number): number =>
      textValueOfMatched(
        kind === 'NEED' ? this.plans[slot]!.saturation : this.plans[candidate]!.saturation,
        acc[candidate]!,
      );
    /**
     * A lower bound of the list's last place: the `limit`-th best exact score among the
     * held candidates the terms so far favour most (any `limit` shown pairs prove it).
     */
    const lowerBound = (): void => {
      const { exact: scores } = this;
      let n = 0;
      // The candidates whose partial text is within the better half: few, and likely good.
      let best = 0;
      for (let i = 0; i < count; i += 1) best = Math.max(best, partialText(touched[i]!));
      for (const cut of [best * 0.75, best / 2, 0]) {
        n = 0;
        for (let i = 0; i < count && n < limit * 8; i += 1) {
          const candidate = touched[i]!;
          if (partialText(candidate) < cut) continue;
          if (!other.alive[candidate] || otherOrganization[candidate] === ownOrganization) continue;
          const text = exactTextOf(candidate);
          prepare(setOf[candidate]!);
          if (matchRelevance(technology[setOf[candidate]!]!, text) < MATCH_RELEVANCE_FLOOR)
            continue;
          scores[n++] = scoreOf(candidate, text);
        }
        if (n >= limit) break;
      }
      if (n < limit) return;
      const kth = Array.from(scores.subarray(0, n)).sort((a, b) => b - a)[limit - 1]!;
      if (kth > theta) theta = kth;
    };

    // Listings the terms not taken reach may hold a code of this one's (the code lists
    // below): the rest of the terms stop admitting only when even those cannot make it.
    const { related, siblings } = candidateCodes(ownFacts.technologyAreas);
    const techCeiling = related.length + siblings.length > 0 ? 1 : 0;

    // Text, term at a time, heaviest first.
    let saturation: number | null = null;
    /** Weight (a need's) or text value (a capability's keys) the terms not taken can add. */
    let remaining = 0;
    let stopped = false;
    let checkedAt = 0;
    if (kind === 'NEED') {
      const plan = this.plans[slot]!;
      saturation = plan.saturation;
      const heaviest = plan.terms.map((_, index) => index);
      heaviest.sort((a, b) => plan.terms[b]!.weight - plan.terms[a]!.weight);
      for (const term of plan.terms) remaining += term.weight;
      for (const phrase of plan.phrases) remaining += phrase.bonus;
      for (const index of heaviest) {
        const term = plan.terms[index]!;
        if (cannot(techCeiling, textValueOfMatched(plan.saturation, remaining) + TEXT_SLACK)) {
          stopped = true;
          break;
        }
        let postings = 0;
        for (const key of term.keys) postings += this.capabilityKeys.get(key)?.length ?? 0;
        if (postings > CHECK_POSTINGS && count >= limit && count >= checkedAt * 1.5) {
          checkedAt = count;
          lowerBound();
          if (cannot(techCeiling, textValueOfMatched(plan.saturation, remaining) + TEXT_SLACK)) {
            stopped = true;
            break;
          }
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
            // Once per term: textFit's own sum when every term is taken (exact below otherwise).
            if (stamp[candidate] === index) continue;
            stamp[candidate] = index;
            acc[candidate]! += term.weight;
          }
        }
        remaining -= term.weight;
      }
      if (!stopped)
        for (const phrase of plan.phrases) {
          const slots = this.capabilityKeys.get(phrase.key);
          // A phrase's words are terms of both texts: its candidates are touched already.
          if (slots)
            for (let i = 0; i < slots.length; i += 1)
              if (seen[slots[i]!] === query) acc[slots[i]!]! += phrase.bonus;
        }
    } else {
      const keys = Array.from(this.ownKeys(slot));
      const reach = (key: number) => this.needKeyReach.get(key) ?? 0;
      keys.sort((a, b) => reach(b) - reach(a));
      for (const key of keys) remaining += reach(key);
      for (const key of keys) {
        if (cannot(techCeiling, Math.min(1, remaining) + TEXT_SLACK)) {
          stopped = true;
          break;
        }
        const slots = this.needKeys.get(key);
        if (slots && slots.length > CHECK_POSTINGS && count >= limit && count >= checkedAt * 1.5) {
          checkedAt = count;
          lowerBound();
          if (cannot(techCeiling, Math.min(1, remaining) + TEXT_SLACK)) {
            stopped = true;
            break;
          }
        }
        remaining -= reach(key);
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
    /** A ceiling of the text a candidate can add beyond `acc`: none when every term was taken. */
    const rest = !stopped
      ? TEXT_SLACK
      : kind === 'NEED'
        ? textValueOfMatched(saturation!, remaining) + TEXT_SLACK
        : Math.min(1, remaining) + TEXT_SLACK;

    // Listings that share no word taken but a code: only those whose codes (and the rest of
    // the text at most) can pass the floor and the pruning.
    const admits = this.admits(other.codeSetList.length);
    for (const code of [...related, ...siblings]) {
      const codeId = this.codeIds.get(code);
      const slots = codeId === undefined ? undefined : other.codes.get(codeId);
      if (!slots) continue;
      for (let i = 0; i < slots.length; i += 1) {
        const candidate = slots[i]!;
        if (seen[candidate] === query) continue;
        const set = setOf[candidate]!;
        prepare(set);
        if (admits.stamp[set] !== query) {
          admits.stamp[set] = query;
          admits.pass[set] =
            tooLittle[set]! >= Math.min(1, rest) || cannot(technology[set]!, Math.min(1, rest))
              ? 0
              : 1;
        }
        if (!admits.pass[set]) continue;
        seen[candidate] = query;
        acc[candidate] = 0;
        touched[count++] = candidate;
      }
    }

    // The list's last place proven once more with every candidate held, then per code set
    // of the other side the largest text value known to leave a pair below the floor or
    // the pruning (the domain's ceiling is non-decreasing in the text: bisection, as
    // textBelowFloor): a candidate then costs one comparison.
    if (this.pruning && count >= limit) lowerBound();
    const lows = this.lows(other.codeSetList.length);
    const lowText = (set: number): number => {
      if (!this.pruning) return tooLittle[set]!;
      if (lows.stamp[set] === query) return lows.low[set]!;
      lows.stamp[set] = query;
      const tech = technology[set]!;
      let low = tooLittle[set]!;
      if (cannot(tech, 1)) low = 1;
      else if (cannot(tech, Math.max(0, low))) {
        let high = 1;
        low = Math.max(0, low);
        for (let i = 0; i < 30; i += 1) {
          const middle = (low + high) / 2;
          if (cannot(tech, middle)) low = middle;
          else high = middle;
        }
      }
      lows.low[set] = low;
      return low;
    };
    // Ceilings of those that pass the floor, with the context at its best: one pass over
    // every candidate, nothing but typed arrays and the domain's matchBound.
    const { texts, ceilings, buckets, counts } = this;
    counts.fill(0);
    let kept = 0;
    let top = 0;
    for (let i = 0; i < count; i += 1) {
      const candidate = touched[i]!;
      if (!other.alive[candidate]) continue;
      if (otherOrganization[candidate] === ownOrganization) continue;
      const set = setOf[candidate]!;
      prepare(set);
      const text = Math.min(
        1,
        textValueOfMatched(saturation ?? this.plans[candidate]!.saturation, acc[candidate]!) + rest,
      );
      if (text <= lowText(set)) continue;
      if (matchRelevance(technology[set]!, text) < MATCH_RELEVANCE_FLOOR) continue;
      const ceiling = matchBoundScore(technology[set]!, text, CONTEXT_CEILING);
      if (ceiling < theta && ceiling <= enterFloor) continue;
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

    // Exact text from the candidate's keys, in textValueOf's order (`acc` summed the terms
    // heaviest first: a ceiling, within TEXT_SLACK, not the last bit).
    const exactText = (position: number): number => exactTextOf(touched[position]!);

    const best: IndexedPair[] = [];
    const pairOf = (candidate: number, score: number, relevance: number): IndexedPair => {
      const value = { score, relevance };
      return kind === 'NEED'
        ? { needId: id, capabilityId: other.ids[candidate]!, score: value }
        : { needId: other.ids[candidate]!, capabilityId: id, score: value };
    };
    // Exact scores found for the own list, by position (NaN: not computed; -1: not shown).
    const { exact } = this;
    exact.fill(NaN, 0, kept);
    for (let i = 0; i < kept; i += 1) {
      const position = order[i]!;
      // The proven lower bound of the last place stands in until the list is full.
      const kth = best.length >= limit ? best[limit - 1]!.score.score : Math.max(-1, theta);
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
      const score = scoreOf(candidate, text);
      exact[position] = score;
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

  /** Per code set of the other side: the text value its listings must pass (stamped per query). */
  private lows(size: number): { stamp: Int32Array; low: Float64Array } {
    if (this.lowStamp.length < size) {
      const length = Math.max(size, this.lowStamp.length * 2, 256);
      this.lowStamp = new Int32Array(length);
      this.lowValue = new Float64Array(length);
    }
    return { stamp: this.lowStamp, low: this.lowValue };
  }

  /** Per code set of the other side: whether its code-only listings are admitted (stamped per query). */
  private admits(size: number): { stamp: Int32Array; pass: Uint8Array } {
    if (this.admitStamp.length < size) {
      const length = Math.max(size, this.admitStamp.length * 2, 256);
      this.admitStamp = new Int32Array(length);
      this.admitPass = new Uint8Array(length);
    }
    return { stamp: this.admitStamp, pass: this.admitPass };
  }

  /** Per text key: stamped with the query when the listing refreshed holds it. */
  private keyStamps(): Int32Array {
    if (this.keyStamp.length < this.keyIds.size) {
      const grown = new Int32Array(Math.max(this.keyIds.size * 2, 1024));
      this.keyPosition = new Int32Array(grown.length);
      this.keyStamp = grown;
    }
    return this.keyStamp;
  }

  /** A need's text keys → its terms' positions in its plan (phrases after the terms). */
  private stampPlanKeys(slot: number): void {
    const plan = this.plans[slot]!;
    const stamp = this.keyStamps();
    const { query, keyPosition } = this;
    this.keyMore.clear();
    const add = (key: number, position: number) => {
      if (stamp[key] !== query) {
        stamp[key] = query;
        keyPosition[key] = position;
      } else if (keyPosition[key]! >= 0) {
        // Several positions (a Hangul part, a family's share): listed aside.
        this.keyMore.set(key, [keyPosition[key]!, position]);
        keyPosition[key] = -1;
      } else this.keyMore.get(key)!.push(position);
    };
    plan.terms.forEach((term, index) => term.keys.forEach((key) => add(key, index)));
    plan.phrases.forEach((phrase, index) => add(phrase.key, plan.terms.length + index));
  }

  /** A capability's own keys. */
  private stampCapabilityKeys(slot: number): void {
    const stamp = this.keyStamps();
    const keys = this.ownKeys(slot);
    for (let i = 0; i < keys.length; i += 1) stamp[keys[i]!] = this.query;
  }

  /**
   * The refreshed need's exact text value against a capability, from the capability's
   * keys (stampPlanKeys): its plan's terms met (any of a term's keys), summed in the plan's
   * order as textValueOf sums them.
   */
  private needText(need: number, capability: number): number {
    const plan = this.plans[need]!;
    const size = plan.terms.length + plan.phrases.length;
    if (this.termStamps.length < size) this.termStamps = new Int32Array(size * 2);
    const call = (this.termCall = (this.termCall + 1) | 0 || 1);
    const stamps = this.termStamps;
    const { keyStamp, keyPosition, query } = this;
    const held = this.ownKeys(capability);
    for (let i = 0; i < held.length; i += 1) {
      const key = held[i]!;
      if (keyStamp[key] !== query) continue;
      const position = keyPosition[key]!;
      if (position >= 0) stamps[position] = call;
      else for (const each of this.keyMore.get(key)!) stamps[each] = call;
    }
    let matched = 0;
    for (let t = 0; t < plan.terms.length; t += 1)
      if (stamps[t] === call) matched += plan.terms[t]!.weight;
    for (let p = 0; p < plan.phrases.length; p += 1)
      if (stamps[plan.terms.length + p] === call) matched += plan.phrases[p]!.bonus;
    return textValueOfMatched(plan.saturation, matched);
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

  /** A need's exact text value against the refreshed capability's keys (stampCapabilityKeys): its plan, term by term, in order. */
  private capabilityText(need: number): number {
    const plan = this.plans[need]!;
    const { keyStamp, query } = this;
    let matched = 0;
    for (const term of plan.terms)
      for (const key of term.keys)
        if (keyStamp[key] === query) {
          matched += term.weight;
          break;
        }
    for (const phrase of plan.phrases) if (keyStamp[phrase.key] === query) matched += phrase.bonus;
    return textValueOfMatched(plan.saturation, matched);
  }
}

export { byScore };
