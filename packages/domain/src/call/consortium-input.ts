import { z } from 'zod';
import { uuidSchema } from '../common/fields';
import { minorAmountSchema } from '../common/money';

/** One organization of a consortium as a form or the API names it: who, and its budget. */
export const consortiumMemberSchema = z.object({
  organizationId: uuidSchema('The organization'),
  requestedBudget: minorAmountSchema('The requested budget'),
  ownContribution: minorAmountSchema('The own contribution'),
});

/** A consortium to check against a call: its lead and its partners (at most 50). */
export const consortiumInputSchema = z.object({
  lead: consortiumMemberSchema,
  partners: z.array(consortiumMemberSchema).max(50, 'A consortium has at most 50 partners.'),
});
export type ConsortiumInput = z.output<typeof consortiumInputSchema>;
