import { z } from 'zod';
import { minorAmountSchema } from '../common/money';
import { ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '../organization/organization';

/**
 * Who must (or may only) be a member of a funding cluster or of one of their partner
 * clusters: nobody, the lead, or every organization of the consortium.
 */
export const MEMBERSHIP_REQUIREMENTS = ['NONE', 'LEAD', 'EVERY_PARTNER'] as const;
export type MembershipRequirement = (typeof MEMBERSHIP_REQUIREMENTS)[number];

const kindSchema = z.enum(ORGANIZATION_KINDS, {
  message:
    'Choose organization kinds from FIRM, UNIVERSITY, RESEARCH_INSTITUTE, CLUSTER_ORGANIZATION, PUBLIC_AGENCY.',
});
const sizeSchema = z.enum(ORGANIZATION_SIZES, {
  message: 'Choose sizes from MICRO, SMALL, MEDIUM, LARGE.',
});

const count = (label: string, max: number) =>
  z
    .number({ message: `${label} is a number.` })
    .int(`${label} is a whole number.`)
    .min(1, `${label} is at least 1.`)
    .max(max, `${label} is at most ${max}.`);

const distinct = <T>(items: readonly T[]): boolean => new Set(items).size === items.length;

/** "At least `min` organizations whose kind is one of `kinds`", e.g. ≥1 UNIVERSITY or RESEARCH_INSTITUTE. */
export const requiredKindSchema = z.object({
  kinds: z
    .array(kindSchema)
    .min(1, 'Choose at least one organization kind.')
    .refine(distinct, { message: 'Each kind may be chosen once.' }),
  min: count('The number of organizations of these kinds', 50),
});
export type RequiredKind = z.output<typeof requiredKindSchema>;

/**
 * A call's eligibility rules (신청자격). Counts are of the consortium's organizations, the
 * lead included. Empty lists and nulls mean "no rule". Amounts are in the call's currency.
 */
export const eligibilityRulesSchema = z
  .object({
    minPartners: count('The minimum number of organizations', 50).nullable().default(null),
    maxPartners: count('The maximum number of organizations', 50).nullable().default(null),
    requiredKinds: z
      .array(requiredKindSchema)
      .max(10, 'State at most 10 kind requirements.')
      .default([]),
    leadKinds: z
      .array(kindSchema)
      .refine(distinct, { message: 'Each kind may be chosen once.' })
      .default([]),
    /** Applies to a lead that is a firm; a lead of another kind is ruled by `leadKinds`. */
    leadSizes: z
      .array(sizeSchema)
      .refine(distinct, { message: 'Each size may be chosen once.' })
      .default([]),
    minRegions: count('The minimum number of regions', 20).nullable().default(null),
    minCountries: count('The minimum number of countries', 20).nullable().default(null),
    /** At least one organization from another country than the lead's. */
    internationalPartnerRequired: z
      .boolean({ message: 'Say yes or no: is a partner from abroad required?' })
      .default(false),
    membership: z
      .enum(MEMBERSHIP_REQUIREMENTS, {
        message: 'Choose who must be a cluster member: NONE, LEAD or EVERY_PARTNER.',
      })
      .default('NONE'),
    maxBudgetPerPartner: minorAmountSchema('The maximum budget per partner')
      .nullable()
      .default(null),
  })
  .superRefine((rules, ctx) => {
    if (
      rules.minPartners != null &&
      rules.maxPartners != null &&
      rules.minPartners > rules.maxPartners
    )
      ctx.addIssue({
        code: 'custom',
        path: ['maxPartners'],
        message: 'The maximum number of organizations must be at least the minimum.',
      });
    const needed = rules.requiredKinds.reduce((sum, rule) => sum + rule.min, 0);
    if (rules.maxPartners != null && needed > rules.maxPartners)
      ctx.addIssue({
        code: 'custom',
        path: ['requiredKinds'],
        message: `The required kinds ask for ${needed} organizations, more than the maximum of ${rules.maxPartners}.`,
      });
    for (const [field, value] of [
      ['minRegions', rules.minRegions],
      ['minCountries', rules.minCountries],
    ] as const)
      if (value != null && rules.maxPartners != null && value > rules.maxPartners)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${value} distinct ${field === 'minRegions' ? 'regions' : 'countries'} need at least ${value} organizations, more than the maximum of ${rules.maxPartners}.`,
        });
    if (
      rules.leadSizes.length > 0 &&
      rules.leadKinds.length > 0 &&
      !rules.leadKinds.includes('FIRM')
    )
      ctx.addIssue({
        code: 'custom',
        path: ['leadSizes'],
        message: 'Lead sizes apply to firms; allow FIRM as a lead kind or choose no size.',
      });
  });
export type EligibilityRulesInput = z.input<typeof eligibilityRulesSchema>;
export type EligibilityRules = z.output<typeof eligibilityRulesSchema>;

/** No rule at all: what a new draft starts from. */
export const NO_ELIGIBILITY_RULES: EligibilityRules = {
  minPartners: null,
  maxPartners: null,
  requiredKinds: [],
  leadKinds: [],
  leadSizes: [],
  minRegions: null,
  minCountries: null,
  internationalPartnerRequired: false,
  membership: 'NONE',
  maxBudgetPerPartner: null,
};
