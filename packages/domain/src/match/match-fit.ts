import type { MatchReason } from './match-reason';

/** What each component rule returns: a value in [0, 1] and the reasons behind it. */
export interface MatchFit {
  value: number;
  reasons: readonly MatchReason[];
  /** A learned preference changed the value. */
  learned?: boolean;
}

export const NO_FIT: MatchFit = Object.freeze({ value: 0, reasons: Object.freeze([]) });

/** No evidence either way: neither helps nor hurts a candidate against the others. */
export const NEUTRAL_FIT: MatchFit = Object.freeze({ value: 0.5, reasons: Object.freeze([]) });
