import { z } from 'zod';

/**
 * Why a user dismissed a match. The first three teach the ranking (match-preferences.ts);
 * the others do not, since they say nothing about which candidates fit, but cluster
 * managers read them in the statistics (a cluster whose firms all answer HAS_PARTNER
 * needs no brokering).
 */
export const MATCH_DISMISS_REASONS = [
  'NOT_OUR_FIELD',
  'TOO_EARLY',
  'TOO_MATURE',
  'BENEFIT_UNCLEAR',
  'HAS_PARTNER',
  'OTHER',
] as const;
export type MatchDismissReason = (typeof MATCH_DISMISS_REASONS)[number];

export const MATCH_NOTE_MAX = 500;

export const matchDismissalSchema = z
  .object({
    reason: z.enum(MATCH_DISMISS_REASONS, {
      message:
        'Choose why the match does not fit: NOT_OUR_FIELD, TOO_EARLY, TOO_MATURE, BENEFIT_UNCLEAR, HAS_PARTNER or OTHER.',
    }),
    note: z
      .string({ message: 'The note is text.' })
      .trim()
      .max(MATCH_NOTE_MAX, `A note has at most ${MATCH_NOTE_MAX} characters.`)
      .nullish()
      .transform((note): string | undefined => note || undefined),
  })
  .superRefine((value, ctx) => {
    // "Other" alone tells neither the ranking nor the cluster manager anything.
    if (value.reason === 'OTHER' && !value.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Say in a few words why the match does not fit: a note is needed with OTHER.',
      });
  });
export type MatchDismissalInput = z.input<typeof matchDismissalSchema>;
export type MatchDismissalValues = z.output<typeof matchDismissalSchema>;

export const MATCH_SIDES = ['NEED_OWNER', 'CAPABILITY_OWNER'] as const;
/**
 * Who dismissed: the need's owner dismissing a capability suggested for the need, or the
 * capability's owner dismissing a need suggested for the capability.
 */
export type MatchSide = (typeof MATCH_SIDES)[number];

/** A dismissal with the facts it was made on, as learning reads it. */
export interface MatchDismissal {
  side: MatchSide;
  reason: MatchDismissReason;
  need: { trlCurrent: number | null; trlTarget: number | null; technologyAreas: readonly string[] };
  capability: { trl: number | null; technologyAreas: readonly string[] };
}

/** How many dismissals gave each reason, every reason present (zero when unused). */
export function summarizeDismissals(
  dismissals: readonly Pick<MatchDismissal, 'reason'>[],
): Record<MatchDismissReason, number> {
  const summary = Object.fromEntries(MATCH_DISMISS_REASONS.map((reason) => [reason, 0])) as Record<
    MatchDismissReason,
    number
  >;
  for (const { reason } of dismissals) summary[reason] += 1;
  return summary;
}
