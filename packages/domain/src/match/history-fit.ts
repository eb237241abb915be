import { type MatchFit, NO_FIT } from './match-fit';

/**
 * Value after 0, 1, 2 and 3 or more earlier collaborations: the first one proves the two
 * can work together; each further one adds less.
 */
export const HISTORY_VALUES: readonly number[] = [0, 0.6, 0.85, 1];

export function historyFit(earlierCollaborations: number): MatchFit {
  const count = earlierCollaborations > 0 ? Math.floor(earlierCollaborations) : 0;
  if (count <= 0) return NO_FIT;
  const value = HISTORY_VALUES[Math.min(count, HISTORY_VALUES.length - 1)] ?? 1;
  return {
    value,
    reasons: [{ code: 'EARLIER_COLLABORATION', component: 'history', params: { count } }],
  };
}
