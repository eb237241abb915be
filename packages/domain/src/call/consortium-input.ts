import { z } from 'zod';
import { uuidSchema } from '../common/fields';
import { minorAmountSchema } from '../common/money';

/**
 * The most one budget line (a requested budget, an own contribution) may state, in minor
 * units: 10^14 (a trillion euros, a hundred trillion won). A consortium of 51 organizations
 * then sums to under 2^53, so totals, ceilings and funding rates stay exact integers.
 */
export const MAX_BUDGET_AMOUNT = 100_000_000_000_000;

/** A budget line of a consortium: whole minor units of the call's currency, 0 to MAX_BUDGET_AMOUNT. */
export const budgetAmountSchema = (label: string) =>
  minorAmountSchema(label).max(
    MAX_BUDGET_AMOUNT,
    `${label} is at most ${MAX_BUDGET_AMOUNT} in the currency's smallest unit.`,
  );

/** One organization of a consortium as a form or the API names it: who, and its budget. */
export const consortiumMemberSchema = z.object({
  organizationId: uuidSchema('The organization'),
  requestedBudget: budgetAmountSchema('The requested budget'),
  ownContribution: budgetAmountSchema('The own contribution'),
});

/** A consortium to check against a call: its lead and its partners (at most 50). */
export const consortiumInputSchema = z.object({
  lead: consortiumMemberSchema,
  partners: z.array(consortiumMemberSchema).max(50, 'A consortium has at most 50 partners.'),
});
export type ConsortiumInput = z.output<typeof consortiumInputSchema>;
