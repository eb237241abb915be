import { naceSectionOf } from '../reference';
import { codeOverlap } from './code-overlap';
import { type MatchFit, NO_FIT } from './match-fit';
import type { MatchReason } from './match-reason';

/** NACE sectors: the same code counts fully; a section and its division, or two divisions of one section, half. */
export function sectorFit(
  needCodes: readonly string[],
  capabilityCodes: readonly string[],
): MatchFit {
  const overlap = codeOverlap(needCodes, capabilityCodes, naceSectionOf);
  if (overlap.value === 0) return NO_FIT;
  const reasons: MatchReason[] = [];
  if (overlap.shared.length > 0)
    reasons.push({
      code: 'SHARED_SECTORS',
      component: 'sectors',
      params: { codes: overlap.shared, count: overlap.shared.length },
    });
  if (overlap.related.length > 0)
    reasons.push({
      code: 'RELATED_SECTORS',
      component: 'sectors',
      params: { codes: overlap.related, toCodes: overlap.relatedTo, count: overlap.related.length },
    });
  return { value: overlap.value, reasons };
}
