import { technologyAreaOf } from '../reference';
import { codeOverlap } from './code-overlap';
import { type MatchFit, NO_FIT } from './match-fit';
import type { MatchReason } from './match-reason';

/**
 * Taxonomy-aware: the same code counts fully; an area and one of its fields, or two
 * fields of one area, count half (a battery lab is some help on a fuel-cell need).
 */
export function technologyFit(
  needCodes: readonly string[],
  capabilityCodes: readonly string[],
): MatchFit {
  const overlap = codeOverlap(needCodes, capabilityCodes, technologyAreaOf);
  if (overlap.value === 0) return NO_FIT;
  const reasons: MatchReason[] = [];
  if (overlap.shared.length > 0)
    reasons.push({
      code: 'SHARED_TECHNOLOGY',
      component: 'technology',
      params: { codes: overlap.shared, count: overlap.shared.length },
    });
  if (overlap.related.length > 0)
    reasons.push({
      code: 'RELATED_TECHNOLOGY',
      component: 'technology',
      params: { codes: overlap.related, toCodes: overlap.relatedTo, count: overlap.related.length },
    });
  return { value: overlap.value, reasons };
}
