/**
 * How well a capability's codes cover a need's codes in a two-level classification
 * (technology area → field, NACE section → division). Shared by the technology and
 * sector components, which differ only in how a code finds its group.
 */
export interface CodeOverlap {
  value: number;
  /** Need codes the capability has exactly, in the need's order. */
  shared: readonly string[];
  /** Capability codes credited as related to a need code it lacks exactly (not shared ones). */
  related: readonly string[];
  /** The need codes those are related to. */
  relatedTo: readonly string[];
}

/** Credit for the same code. */
export const EXACT_CREDIT = 1;
/** Credit for one code being the other's parent (an area and one of its fields). */
export const RELATED_CREDIT = 0.5;
/**
 * Credit for two different codes under the same parent (two fields of one area). Low: one
 * area holds unrelated work (artificial intelligence covers gait EMG and battery health;
 * materials covers aluminium casting and steel cord), so a sibling is a hint, not a match.
 */
export const SIBLING_CREDIT = 0.2;
// Coverage says how much of the need is addressed; the count bonus says how much is
// addressed exactly, so three exact codes beat one exact code on a one-code need less
// than they would without it. Both only grow as codes are shared, which keeps the
// component monotonic: sharing one more code never lowers it.
const COVERAGE_WEIGHT = 0.7;
const COUNT_WEIGHT = 0.3;
const COUNT_SATURATION = 3;

const NOTHING: CodeOverlap = { value: 0, shared: [], related: [], relatedTo: [] };

export function codeOverlap(
  needCodes: readonly string[],
  capabilityCodes: readonly string[],
  groupOf: (code: string) => string | undefined,
): CodeOverlap {
  if (needCodes.length === 0 || capabilityCodes.length === 0) return NOTHING;
  const shared: string[] = [];
  const related: string[] = [];
  const relatedTo: string[] = [];
  // Counted by kind and summed once at the end: a sum in the codes' order would differ in
  // its last bit with the order (0.2 has no exact binary form), and the score with it.
  let parents = 0;
  let siblings = 0;
  let capabilityGroups: (string | undefined)[] | undefined;
  for (const code of needCodes) {
    if (capabilityCodes.includes(code)) {
      shared.push(code);
      continue;
    }
    const group = groupOf(code);
    if (group === undefined) continue;
    const groups = (capabilityGroups ??= capabilityCodes.map(groupOf));
    const index = groups.indexOf(group);
    if (index < 0) continue;
    // A parent on either side is the closer relation; otherwise the codes are siblings.
    const parental =
      code === group || capabilityCodes.some((other, i) => groups[i] === group && other === group);
    if (parental) parents += 1;
    else siblings += 1;
    // Listed: the related codes that are not already an exact match of another need code.
    let listed = false;
    for (let i = index; i < capabilityCodes.length; i += 1) {
      const other = capabilityCodes[i] as string;
      if (groups[i] !== group || needCodes.includes(other)) continue;
      listed = true;
      if (!related.includes(other)) related.push(other);
    }
    if (listed) relatedTo.push(code);
  }
  const credit =
    shared.length * EXACT_CREDIT + parents * RELATED_CREDIT + siblings * SIBLING_CREDIT;
  const coverage = credit / needCodes.length;
  const count = Math.min(1, shared.length / COUNT_SATURATION);
  return { value: COVERAGE_WEIGHT * coverage + COUNT_WEIGHT * count, shared, related, relatedTo };
}
