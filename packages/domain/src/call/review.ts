import { z } from 'zod';
import { sectorCodesSchema, technologyAreaCodesSchema } from '../common/codes';
import { emailSchema, uuidSchema } from '../common/fields';
import { isStorableText, trimInvisible, UNSTORABLE_TEXT_MESSAGE } from '../common/text';
import { badInput, errorKey, type ErrorKey, type ErrorParams } from '../errors/domain-error';
import type { EvaluationCriterion } from './call';

/**
 * Review (평가) of a call's eligible applications by its panel (평가위원회): the pool of
 * reviewers, who is assigned to what, and the scores they give.
 */

/** A pool member: invited by e-mail (not yet accepted), active, declined, or taken off the panel. */
export const CALL_REVIEWER_STATUSES = ['INVITED', 'ACTIVE', 'DECLINED', 'REMOVED'] as const;
export type CallReviewerStatus = (typeof CALL_REVIEWER_STATUSES)[number];

/**
 * An assignment starts ASSIGNED; the reviewer must declare NO_CONFLICT_DECLARED before the
 * application's content is shown, or CONFLICT_DECLARED (the application goes to someone else).
 * REMOVED assignments (reassigned by a manager) are kept for the record.
 */
export const REVIEW_ASSIGNMENT_STATUSES = [
  'ASSIGNED',
  'NO_CONFLICT_DECLARED',
  'CONFLICT_DECLARED',
  'REMOVED',
] as const;
export type ReviewAssignmentStatus = (typeof REVIEW_ASSIGNMENT_STATUSES)[number];

/** Statuses that hold the reviewer's seat on the application (all but REMOVED). */
export const OPEN_ASSIGNMENT_STATUSES = [
  'ASSIGNED',
  'NO_CONFLICT_DECLARED',
  'CONFLICT_DECLARED',
] as const satisfies readonly ReviewAssignmentStatus[];

/** Statuses that count towards the N reviewers an application needs. */
export const ACTIVE_ASSIGNMENT_STATUSES = [
  'ASSIGNED',
  'NO_CONFLICT_DECLARED',
] as const satisfies readonly ReviewAssignmentStatus[];

export const ASSIGNED_BY = ['SOLVER', 'MANAGER'] as const;
export type AssignedBy = (typeof ASSIGNED_BY)[number];

export const REVIEW_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What a reviewer knows: technology taxonomy codes, NACE sectors and free text. */
export interface ReviewerExpertise {
  technologyCodes: string[];
  sectors: string[];
  text: string;
}

export const EMPTY_EXPERTISE: ReviewerExpertise = { technologyCodes: [], sectors: [], text: '' };

/** One criterion's score, at the criterion's index in the call's (frozen) criteria. */
export interface ReviewScore {
  /** 0..maxScore, whole; null while a draft leaves it open. */
  score: number | null;
  comment: string;
}

export const REVIEW_COMMENT_MAX = 5000;

/** One problem of a review's scores, at `scores.<index>.score` or `scores.<index>.comment`. */
export interface ReviewScoreProblem {
  field: string;
  message: string;
  key: ErrorKey;
  params?: ErrorParams;
}

export interface ReviewScoreOptions {
  /** Submitting asks for every score and every comment; a draft may leave them open. */
  submitting: boolean;
}

/**
 * Every problem of `scores` against the call's criteria, first field first; empty when they
 * may be saved (as a draft, or submitted when `submitting`). Scores are aligned with the
 * criteria by index: exactly one entry per criterion.
 */
export function validateReviewScores(
  criteria: readonly EvaluationCriterion[],
  scores: readonly ReviewScore[],
  { submitting }: ReviewScoreOptions,
): ReviewScoreProblem[] {
  if (!Array.isArray(scores) || scores.length !== criteria.length)
    return [
      {
        field: 'scores',
        message: `Give exactly one entry per criterion (${criteria.length}).`,
        key: errorKey('review.scoresCount'),
        params: { count: criteria.length },
      },
    ];
  const problems: ReviewScoreProblem[] = [];
  scores.forEach((entry, index) => {
    const criterion = criteria[index] as EvaluationCriterion;
    const { score, comment } = entry;
    if (score === null || score === undefined) {
      if (submitting)
        problems.push({
          field: `scores.${index}.score`,
          message: `Score “${criterion.name}” before submitting.`,
          key: errorKey('review.scoreMissing'),
          params: { criterion: criterion.name },
        });
    } else if (
      typeof score !== 'number' ||
      !Number.isInteger(score) ||
      score < 0 ||
      score > criterion.maxScore
    ) {
      problems.push({
        field: `scores.${index}.score`,
        message: `A score for “${criterion.name}” is a whole number from 0 to ${criterion.maxScore}.`,
        key: errorKey('review.scoreOutOfRange'),
        params: { criterion: criterion.name, max: criterion.maxScore },
      });
    }
    if (typeof comment !== 'string') {
      problems.push({
        field: `scores.${index}.comment`,
        message: 'A comment is text.',
        key: errorKey('review.commentText'),
      });
      return;
    }
    if (!isStorableText(comment)) {
      problems.push({
        field: `scores.${index}.comment`,
        message: UNSTORABLE_TEXT_MESSAGE,
        key: errorKey('review.commentUnstorable'),
      });
    } else if (comment.length > REVIEW_COMMENT_MAX) {
      problems.push({
        field: `scores.${index}.comment`,
        message: `A comment has at most ${REVIEW_COMMENT_MAX} characters.`,
        key: errorKey('review.commentTooLong'),
        params: { max: REVIEW_COMMENT_MAX },
      });
    } else if (submitting && comment.trim() === '') {
      problems.push({
        field: `scores.${index}.comment`,
        message: `Explain your score for “${criterion.name}” in a comment before submitting.`,
        key: errorKey('review.commentMissing'),
        params: { criterion: criterion.name },
      });
    }
  });
  return problems;
}

/** An empty review for a call's criteria: every score open, every comment empty. */
export const emptyReviewScores = (criteria: readonly EvaluationCriterion[]): ReviewScore[] =>
  criteria.map(() => ({ score: null, comment: '' }));

/**
 * Conflict-of-interest rules (이해충돌), each switchable per call. They are found from the
 * platform's own records, never from self-declared profiles.
 */
export const CONFLICT_RULES = [
  /** The reviewer is a member of the lead or an accepted partner. */
  'CONSORTIUM_MEMBER',
  /** A consortium organization collaborated with the reviewer's organization. */
  'COLLABORATION',
  /** They exchanged an ACCEPTED expression of interest. */
  'ACCEPTED_INTEREST',
  /** One accepted the other's NDA. */
  'NDA_ACCEPTED',
  /** Both were lead or accepted partner of another application. */
  'SHARED_CONSORTIUM',
] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

export type ConflictRules = Record<ConflictRule, boolean>;

export const DEFAULT_CONFLICT_RULES: ConflictRules = {
  CONSORTIUM_MEMBER: true,
  COLLABORATION: true,
  ACCEPTED_INTEREST: true,
  NDA_ACCEPTED: true,
  SHARED_CONSORTIUM: true,
};

export const DEFAULT_CONFLICT_LOOKBACK_YEARS = 3;
export const MAX_CONFLICT_LOOKBACK_YEARS = 20;

/** The call's rules with every rule named (a stored value may predate a rule). */
export const conflictRulesOf = (
  stored: Partial<ConflictRules> | null | undefined,
): ConflictRules => ({
  ...DEFAULT_CONFLICT_RULES,
  ...(stored ?? {}),
});

export const REVIEWER_MAX_LOAD = 50;

export const reviewerExpertiseSchema = z.object({
  technologyCodes: technologyAreaCodesSchema.default([]),
  sectors: sectorCodesSchema.default([]),
  text: z
    .string()
    .overwrite(trimInvisible)
    .max(2000, 'Describe the expertise in at most 2000 characters.')
    .default(''),
});

const maxLoadSchema = z
  .number({ message: 'The maximum load is a number of applications.' })
  .int('The maximum load is a whole number.')
  .min(1, 'The maximum load is at least 1.')
  .max(REVIEWER_MAX_LOAD, `The maximum load is at most ${REVIEWER_MAX_LOAD}.`);

/** A pool member added by a manager: a platform user, or an expert invited by e-mail. */
export const addReviewerSchema = z
  .object({
    userId: uuidSchema('The user').nullish(),
    email: emailSchema.nullish(),
    expertise: reviewerExpertiseSchema.default({ technologyCodes: [], sectors: [], text: '' }),
    maxLoad: maxLoadSchema,
  })
  .superRefine((value, ctx) => {
    if (!value.userId === !value.email)
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'Choose a platform user or give an e-mail address to invite, not both.',
      });
  });
export type AddReviewerValues = z.output<typeof addReviewerSchema>;

/** What a manager (or the reviewer on accepting) may change of a pool member. */
export const updateReviewerSchema = z.object({
  expertise: reviewerExpertiseSchema.optional(),
  maxLoad: maxLoadSchema.optional(),
});
export type UpdateReviewerValues = z.output<typeof updateReviewerSchema>;

/** How many platform users one candidate search returns at most. */
export const REVIEWER_CANDIDATES_MAX = 20;
export const REVIEWER_CANDIDATE_SEARCH_MIN = 2;
export const REVIEWER_CANDIDATE_SEARCH_MAX = 100;

/**
 * A manager's search for platform users to seat on a panel: part of a name or an
 * organization's name, or a whole e-mail address (matched only exactly, so the search never
 * spells out who has which address). Two characters at least: a Korean name has two or three.
 */
export const reviewerCandidateSearchSchema = z.object({
  search: z
    .string({ message: 'Search with text.' })
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .overwrite(trimInvisible)
    .min(
      REVIEWER_CANDIDATE_SEARCH_MIN,
      `Type at least ${REVIEWER_CANDIDATE_SEARCH_MIN} characters of a name, an organization or an e-mail address.`,
    )
    .max(
      REVIEWER_CANDIDATE_SEARCH_MAX,
      `A search has at most ${REVIEWER_CANDIDATE_SEARCH_MAX} characters.`,
    ),
});
export type ReviewerCandidateSearch = z.output<typeof reviewerCandidateSearchSchema>;

/** The call's conflict settings: which rules apply and how far back they look. */
export const conflictSettingsSchema = z.object({
  rules: z
    .object({
      CONSORTIUM_MEMBER: z.boolean(),
      COLLABORATION: z.boolean(),
      ACCEPTED_INTEREST: z.boolean(),
      NDA_ACCEPTED: z.boolean(),
      SHARED_CONSORTIUM: z.boolean(),
    })
    .partial()
    .default({}),
  lookbackYears: z
    .number({ message: 'The look-back is a number of years.' })
    .int('The look-back is a whole number of years.')
    .min(0, 'The look-back is at least 0 years.')
    .max(
      MAX_CONFLICT_LOOKBACK_YEARS,
      `The look-back is at most ${MAX_CONFLICT_LOOKBACK_YEARS} years.`,
    )
    .optional(),
});
export type ConflictSettingsValues = z.output<typeof conflictSettingsSchema>;

/** A manager's reassignment of one seat: from one reviewer to another. */
export const reassignSchema = z.object({
  assignmentId: uuidSchema('The assignment'),
  reviewerId: uuidSchema('The reviewer'),
});

export const REVIEW_REASON_MAX = 2000;

/** A reason given for a declared conflict or a reopened review: short text, may be empty. */
export function assertReviewReason(reason: string, field = 'reason'): string {
  const trimmed = trimInvisible(reason);
  if (trimmed.length > REVIEW_REASON_MAX)
    throw badInput(
      field,
      `A reason has at most ${REVIEW_REASON_MAX} characters.`,
      errorKey('review.reasonTooLong'),
      { max: REVIEW_REASON_MAX },
    );
  return trimmed;
}
