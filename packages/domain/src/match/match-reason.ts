import type { MatchComponentName } from './match-weights';

/**
 * Why a match scored as it did, as data: the web renders it in the reader's language
 * (describeMatchReason), and params hold codes and numbers, never sentences.
 */
export const MATCH_REASON_CODES = [
  'SHARED_TECHNOLOGY',
  'RELATED_TECHNOLOGY',
  'SHARED_SECTORS',
  'RELATED_SECTORS',
  'MATCHED_TERMS',
  'MATCHED_CONCEPTS',
  'RELATED_CONCEPTS',
  'TRL_FITS',
  'TRL_BELOW',
  'TRL_ABOVE',
  'TRL_NOT_APPLICABLE',
  'TRL_MATURE_SUPPLIER',
  'COLLABORATION_FITS',
  'COLLABORATION_DIFFERS',
  'SAME_CLUSTER',
  'PARTNER_CLUSTER',
  'SAME_REGION',
  'SAME_COUNTRY',
  'ABROAD_WELCOME',
  'ABROAD',
  'EARLIER_COLLABORATION',
  'LEARNED_TRL',
  'LEARNED_FIELD',
  'MATCHING_CAPABILITIES',
  'TRACK_RECORD',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export type MatchReasonParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface MatchReason {
  code: MatchReasonCode;
  component: MatchComponentName;
  params: MatchReasonParams;
}

// Reasons that explain a shortfall: kept on their component for the detail view, left out
// of the headline list, which says why a match is good (or what learning changed).
const GAP_REASONS: ReadonlySet<MatchReasonCode> = new Set([
  'TRL_BELOW',
  'TRL_ABOVE',
  'COLLABORATION_DIFFERS',
  'ABROAD',
]);
const LEARNED_REASONS: ReadonlySet<MatchReasonCode> = new Set(['LEARNED_TRL', 'LEARNED_FIELD']);

export const isGapReason = (code: MatchReasonCode): boolean => GAP_REASONS.has(code);
export const isLearnedReason = (code: MatchReasonCode): boolean => LEARNED_REASONS.has(code);
