import type { CapabilityMatchFacts, NeedMatchFacts } from '@spillover/domain';

/** A growable list of listing slots. */
export type Postings = Map<number, number[]>;

export const push = (
  postings: Postings,
  key: number,
  slot: number,
  weight?: number,
  weights?: Map<number, number[]>,
) => {
  let list = postings.get(key);
  if (!list) postings.set(key, (list = []));
  list.push(slot);
  if (weights && weight !== undefined) {
    let values = weights.get(key);
    if (!values) weights.set(key, (values = []));
    values.push(weight);
  }
};

const sorted = (values: readonly string[]): string => [...values].sort().join(',');
const isCapability = (
  facts: NeedMatchFacts | CapabilityMatchFacts,
): facts is CapabilityMatchFacts => 'kind' in facts;

/**
 * What each part of a pair's context reads of a listing (the domain's sectorsPart, trlPart,
 * collaborationPart, proximityPart): listings with the same key are one class for it.
 */
export const CONTEXT_KEYS = {
  sectors: (facts: NeedMatchFacts | CapabilityMatchFacts) => sorted(facts.sectors),
  trl: (facts: NeedMatchFacts | CapabilityMatchFacts) =>
    isCapability(facts)
      ? `${facts.kind}|${facts.trl}`
      : `${facts.trlCurrent}|${facts.trlTarget}|${sorted(facts.collaborationTypes)}`,
  collaboration: (facts: NeedMatchFacts | CapabilityMatchFacts) =>
    isCapability(facts) ? facts.kind : sorted(facts.collaborationTypes),
  proximity: (facts: NeedMatchFacts | CapabilityMatchFacts) => {
    const { country, region, clusterIds, partnerClusterIds } = facts.place;
    const place = `${country}|${region}|${sorted(clusterIds)}|${sorted(partnerClusterIds)}`;
    return isCapability(facts) ? place : `${place}|${facts.internationalPartnersWelcome}`;
  },
} as const;
export type ContextPart = keyof typeof CONTEXT_KEYS;
export const CONTEXT_PARTS = Object.keys(CONTEXT_KEYS) as ContextPart[];

/** Interns keys and keeps the facts of the first listing of each (a representative). */
class Classes<F> {
  private readonly ids = new Map<string, number>();
  readonly representative: F[] = [];

  of(key: string, facts: F): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.representative.length;
      this.ids.set(key, id);
      this.representative.push(facts);
    }
    return id;
  }
}

/** One side of the index: the live listings of a kind, their facts without terms, their codes. */
export class Side<F extends NeedMatchFacts | CapabilityMatchFacts> {
  readonly ids: string[] = [];
  readonly facts: F[] = [];
  readonly alive: boolean[] = [];
  readonly bySlot = new Map<string, number>();
  /** Per slot: its technology codes' set (listings with the same codes share one). */
  readonly codeSetOf: number[] = [];
  private readonly codeSets = new Map<string, number>();
  /** Per code set: its codes, and the slots that have it. */
  readonly codeSetList: string[][] = [];
  readonly members: number[][] = [];
  /** Code id → the code sets that hold it. */
  readonly setsWithCode: Postings = new Map();
  /** Per slot: its organization (interned across both sides). */
  readonly organizationOf: number[] = [];
  /** Per context part: each slot's class, and a representative listing of each class. */
  readonly classes = Object.fromEntries(
    CONTEXT_PARTS.map((part) => [part, { of: [] as number[], list: new Classes<F>() }]),
  ) as Record<ContextPart, { of: number[]; list: Classes<F> }>;
  /** Whether the listing waits for a refresh of its own (then the other side does not enter its list). */
  readonly pending: boolean[] = [];
  /** Its 20th stored score, or -1 when it stores fewer (any shown pair enters). */
  readonly threshold: number[] = [];
  /** The index's epoch when the listing was added: which listings a refresh could see. */
  readonly loadedAt: number[] = [];
  /**
   * The epoch at which this index computed the listing's stored list (-1 when another worker
   * did): a listing added before that took part in it already and need not enter it.
   */
  readonly refreshedAt: number[] = [];

  constructor(
    private readonly codeIds: Map<string, number>,
    private readonly organizationIds: Map<string, number>,
  ) {}

  add(id: string, facts: F, epoch: number): number {
    const previous = this.bySlot.get(id);
    if (previous !== undefined) this.alive[previous] = false;
    const slot = this.ids.length;
    this.ids.push(id);
    this.facts.push(facts);
    this.alive.push(true);
    this.pending.push(previous === undefined ? false : this.pending[previous]!);
    this.threshold.push(previous === undefined ? -1 : this.threshold[previous]!);
    this.refreshedAt.push(previous === undefined ? -1 : this.refreshedAt[previous]!);
    this.loadedAt.push(epoch);
    this.bySlot.set(id, slot);
    const key = [...facts.technologyAreas].sort().join(',');
    let set = this.codeSets.get(key);
    if (set === undefined) {
      set = this.codeSetList.length;
      this.codeSets.set(key, set);
      this.codeSetList.push([...facts.technologyAreas]);
      this.members.push([]);
      for (const code of new Set(facts.technologyAreas))
        push(this.setsWithCode, intern(this.codeIds, code), set);
    }
    this.codeSetOf.push(set);
    this.members[set]!.push(slot);
    this.organizationOf.push(intern(this.organizationIds, facts.place.organizationId));
    for (const part of CONTEXT_PARTS) {
      const classes = this.classes[part];
      classes.of.push(classes.list.of(CONTEXT_KEYS[part](facts), facts));
    }
    return slot;
  }

  remove(id: string): void {
    const slot = this.bySlot.get(id);
    if (slot === undefined) return;
    this.alive[slot] = false;
    this.bySlot.delete(id);
  }
}

export function intern(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}
