import type { ConflictRule, ConflictRules } from './review';

/** The kind of platform record that shows a tie between a reviewer and a consortium. */
export const CONFLICT_RECORD_KINDS = [
  'MEMBERSHIP',
  'COLLABORATION',
  'INTEREST',
  'NDA_ACCEPTANCE',
  'APPLICATION',
] as const;
export type ConflictRecordKind = (typeof CONFLICT_RECORD_KINDS)[number];

/** The record kind each rule rests on. */
export const CONFLICT_RULE_RECORD: Readonly<Record<ConflictRule, ConflictRecordKind>> = {
  CONSORTIUM_MEMBER: 'MEMBERSHIP',
  COLLABORATION: 'COLLABORATION',
  ACCEPTED_INTEREST: 'INTEREST',
  NDA_ACCEPTED: 'NDA_ACCEPTANCE',
  SHARED_CONSORTIUM: 'APPLICATION',
};

/** Rules that look back in time; membership is a conflict whenever it holds now. */
export const DATED_CONFLICT_RULES: readonly ConflictRule[] = [
  'COLLABORATION',
  'ACCEPTED_INTEREST',
  'NDA_ACCEPTED',
  'SHARED_CONSORTIUM',
];

/** One tie found in the platform's records between a user and an application's consortium. */
export interface ConflictEvidence {
  userId: string;
  applicationId: string;
  rule: ConflictRule;
  recordKind: ConflictRecordKind;
  recordId: string;
  /** When the tie was made (collaboration started, interest accepted…); null for membership. */
  recordDate: Date | null;
  /** The reviewer's organization in the tie. */
  reviewerOrganizationId: string;
  /** The consortium organization in the tie (lead or accepted partner). */
  consortiumOrganizationId: string;
}

/** The first instant inside the look-back window: `years` before `now`. */
export function conflictWindowStart(now: Date, years: number): Date {
  const start = new Date(now.getTime());
  start.setUTCFullYear(start.getUTCFullYear() - years);
  return start;
}

/** Whether one piece of evidence is a conflict under the call's switched-on rules and window. */
export function isConflict(
  evidence: ConflictEvidence,
  rules: ConflictRules,
  windowStart: Date,
): boolean {
  if (!rules[evidence.rule]) return false;
  if (!DATED_CONFLICT_RULES.includes(evidence.rule)) return true;
  return evidence.recordDate !== null && evidence.recordDate.getTime() >= windowStart.getTime();
}

/** The conflicts among the gathered evidence, one list per `userId:applicationId` pair. */
export function conflictsByPair(
  evidence: readonly ConflictEvidence[],
  rules: ConflictRules,
  windowStart: Date,
): Map<string, ConflictEvidence[]> {
  const pairs = new Map<string, ConflictEvidence[]>();
  for (const item of evidence) {
    if (!isConflict(item, rules, windowStart)) continue;
    const key = conflictPairKey(item.userId, item.applicationId);
    const list = pairs.get(key);
    if (list) list.push(item);
    else pairs.set(key, [item]);
  }
  return pairs;
}

export const conflictPairKey = (userId: string, applicationId: string): string =>
  `${userId}:${applicationId}`;
