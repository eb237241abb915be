import { expandTechnologyAreas, technologyParent } from '@spillover/domain';

/**
 * Codes whose items earn technology credit: `related` ones (the listing's own codes, their
 * areas, the fields of an area it names) and `siblings` (other fields of the same areas,
 * which earn the sibling credit).
 */
export function candidateCodes(codes: readonly string[]): {
  related: string[];
  siblings: string[];
} {
  const areas = codes.map((code) => technologyParent(code)?.code ?? code);
  const related = new Set(expandTechnologyAreas(codes));
  for (const area of areas) related.add(area);
  return {
    related: [...related],
    siblings: expandTechnologyAreas(areas).filter((code) => !related.has(code)),
  };
}
