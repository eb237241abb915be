import { z } from 'zod';
import { uuidSchema } from '../common/fields';
import { MATCH_SIDES, matchDismissalSchema } from './match-feedback';

/** One match on one owner's list: the pair, and whose list (the need's or the capability's owner). */
export const matchPairSchema = z.object({
  needId: uuidSchema('The need'),
  capabilityId: uuidSchema('The capability'),
  side: z.enum(MATCH_SIDES, {
    message: 'Say whose list the match is on: NEED_OWNER or CAPABILITY_OWNER.',
  }),
});
export type MatchPair = z.output<typeof matchPairSchema>;

/** A dismissal as it arrives: the pair, the reason and the note. */
export const matchDismissInputSchema = z.intersection(matchPairSchema, matchDismissalSchema);
export type MatchDismissInput = z.output<typeof matchDismissInputSchema>;
