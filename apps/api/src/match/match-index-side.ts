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

/** One side of the index: the live listings of a kind, their facts without terms, their codes. */
export class Side<F extends NeedMatchFacts | CapabilityMatchFacts> {
  readonly ids: string[] = [];
  readonly facts: F[] = [];
  readonly alive: boolean[] = [];
  readonly bySlot = new Map<string, number>();
  readonly codes: Postings = new Map();
  readonly codeSetOf: number[] = [];
  private readonly codeSets = new Map<string, number>();
  readonly codeSetList: string[][] = [];
  /** Whether the listing waits for a refresh of its own (then the other side does not enter its list). */
  readonly pending: boolean[] = [];
  /** Its 20th stored score, or -1 when it stores fewer (any shown pair enters). */
  readonly threshold: number[] = [];

  constructor(private readonly codeIds: Map<string, number>) {}

  add(id: string, facts: F): number {
    const previous = this.bySlot.get(id);
    if (previous !== undefined) this.alive[previous] = false;
    const slot = this.ids.length;
    this.ids.push(id);
    this.facts.push(facts);
    this.alive.push(true);
    this.pending.push(previous === undefined ? false : this.pending[previous]!);
    this.threshold.push(previous === undefined ? -1 : this.threshold[previous]!);
    this.bySlot.set(id, slot);
    const key = [...facts.technologyAreas].sort().join(',');
    let set = this.codeSets.get(key);
    if (set === undefined) {
      set = this.codeSetList.length;
      this.codeSets.set(key, set);
      this.codeSetList.push([...facts.technologyAreas]);
    }
    this.codeSetOf.push(set);
    for (const code of facts.technologyAreas) push(this.codes, intern(this.codeIds, code), slot);
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
