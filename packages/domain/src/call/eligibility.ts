import type { OrganizationKind, OrganizationSize } from '../organization/organization';
import { payingFunder, type Funder, type FundingMode } from './call-funder';
import type { EligibilityRules } from './eligibility-rules';

/** One organization of a consortium, as the rules read it. */
export interface ConsortiumOrganization {
  organizationId: string;
  kind: OrganizationKind;
  size: OrganizationSize | null;
  country: string;
  region: string | null;
  /** Clusters the organization is an ACTIVE member of (no other status counts). */
  activeClusterIds: readonly string[];
  /** Minor units of the call's currency. */
  requestedBudget: number;
  ownContribution: number;
}

/** The lead (주관기관) and its accepted partners (참여기관); the lead is not repeated among them. */
export interface Consortium {
  lead: ConsortiumOrganization;
  partners: readonly ConsortiumOrganization[];
}

/** What of a call eligibility reads besides its rules. */
export interface EligibilityCall {
  rules: EligibilityRules;
  currency: string;
  maxGrantPerProject: number | null;
  /** Percent, 1–100: the share of a partner's costs the grant may pay. */
  maxFundingRate: number | null;
  fundingMode: FundingMode;
  funders: readonly Funder[];
  /** Clusters in an active partnership with a funding cluster (membership rule). */
  partnerClusterIds: readonly string[];
}

/** Every rule, in the order failures are reported (and the rules are described). */
export const ELIGIBILITY_RULES = [
  'distinctOrganizations',
  'minPartners',
  'maxPartners',
  'requiredKinds',
  'leadKind',
  'leadSize',
  'minRegions',
  'minCountries',
  'internationalPartner',
  'membership',
  'maxBudgetPerPartner',
  'maxGrantPerProject',
  'fundingRate',
  'fundable',
  'funderShare',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/** One organization that fails a rule and the value that failed it (a budget, a rate, a kind). */
export interface FailingOrganization {
  organizationId: string;
  value: string | number | null;
}

/**
 * A failed rule: `key` names the message in the call's i18n catalogs (`call.eligibility.<rule>`),
 * `params` fill it, `organizations` are the consortium organizations that failed it (empty
 * when the consortium as a whole does).
 */
export interface EligibilityFailure {
  rule: EligibilityRule;
  key: string;
  params: Readonly<Record<string, string | number>>;
  organizations: readonly FailingOrganization[];
}

const SMALL_FIRST = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const failure = (
  rule: EligibilityRule,
  params: Record<string, string | number> = {},
  organizations: FailingOrganization[] = [],
): EligibilityFailure => ({
  rule,
  key: `call.eligibility.${rule}`,
  params,
  organizations: [...organizations].sort(
    (a, b) =>
      SMALL_FIRST(a.organizationId, b.organizationId) ||
      SMALL_FIRST(String(a.value), String(b.value)),
  ),
});

const distinctCount = (values: readonly (string | null)[]): number =>
  new Set(values.filter((v): v is string => v !== null)).size;

/** Whether `requested` exceeds `maxRate` percent of the partner's costs (requested + own), without floating point. */
export const exceedsFundingRate = (
  requested: number,
  ownContribution: number,
  maxRate: number,
): boolean => requested * 100 > maxRate * (requested + ownContribution);

/** A partner's funding rate in percent, two decimals, for messages. */
export const fundingRateOf = (requested: number, ownContribution: number): number =>
  requested + ownContribution === 0
    ? 0
    : Math.round((requested * 10_000) / (requested + ownContribution)) / 100;

type Check = (
  call: EligibilityCall,
  all: readonly ConsortiumOrganization[],
  lead: ConsortiumOrganization,
) => EligibilityFailure[];

const CHECKS: Record<EligibilityRule, Check> = {
  distinctOrganizations: (_call, all) => {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const o of all) (seen.has(o.organizationId) ? twice : seen).add(o.organizationId);
    return twice.size
      ? [
          failure(
            'distinctOrganizations',
            {},
            [...twice].map((organizationId) => ({ organizationId, value: null })),
          ),
        ]
      : [];
  },
  minPartners: ({ rules }, all) =>
    rules.minPartners != null && all.length < rules.minPartners
      ? [failure('minPartners', { min: rules.minPartners, actual: all.length })]
      : [],
  maxPartners: ({ rules }, all) =>
    rules.maxPartners != null && all.length > rules.maxPartners
      ? [failure('maxPartners', { max: rules.maxPartners, actual: all.length })]
      : [],
  requiredKinds: ({ rules }, all) =>
    rules.requiredKinds.flatMap((rule) => {
      const actual = all.filter((o) => rule.kinds.includes(o.kind)).length;
      return actual < rule.min
        ? [
            failure('requiredKinds', {
              kinds: [...rule.kinds].sort(SMALL_FIRST).join(','),
              min: rule.min,
              actual,
            }),
          ]
        : [];
    }),
  leadKind: ({ rules }, _all, lead) =>
    rules.leadKinds.length && !rules.leadKinds.includes(lead.kind)
      ? [
          failure('leadKind', { kinds: [...rules.leadKinds].sort(SMALL_FIRST).join(',') }, [
            { organizationId: lead.organizationId, value: lead.kind },
          ]),
        ]
      : [],
  leadSize: ({ rules }, _all, lead) =>
    rules.leadSizes.length &&
    lead.kind === 'FIRM' &&
    (lead.size === null || !rules.leadSizes.includes(lead.size))
      ? [
          failure('leadSize', { sizes: [...rules.leadSizes].sort(SMALL_FIRST).join(',') }, [
            { organizationId: lead.organizationId, value: lead.size },
          ]),
        ]
      : [],
  minRegions: ({ rules }, all) => {
    const actual = distinctCount(all.map((o) => o.region));
    return rules.minRegions != null && actual < rules.minRegions
      ? [failure('minRegions', { min: rules.minRegions, actual })]
      : [];
  },
  minCountries: ({ rules }, all) => {
    const actual = distinctCount(all.map((o) => o.country));
    return rules.minCountries != null && actual < rules.minCountries
      ? [failure('minCountries', { min: rules.minCountries, actual })]
      : [];
  },
  internationalPartner: ({ rules }, all, lead) =>
    rules.internationalPartnerRequired && !all.some((o) => o.country !== lead.country)
      ? [failure('internationalPartner', { country: lead.country })]
      : [],
  membership: ({ rules, funders, partnerClusterIds }, all, lead) => {
    if (rules.membership === 'NONE') return [];
    const eligible = new Set([...funders.map((f) => f.clusterId), ...partnerClusterIds]);
    const members = rules.membership === 'LEAD' ? [lead] : all;
    const outside = members.filter((o) => !o.activeClusterIds.some((id) => eligible.has(id)));
    return outside.length
      ? [
          failure(
            'membership',
            { who: rules.membership },
            outside.map((o) => ({ organizationId: o.organizationId, value: null })),
          ),
        ]
      : [];
  },
  maxBudgetPerPartner: ({ rules, currency }, all) => {
    const max = rules.maxBudgetPerPartner;
    const over = max == null ? [] : all.filter((o) => o.requestedBudget > max);
    return max != null && over.length
      ? [
          failure(
            'maxBudgetPerPartner',
            { max, currency },
            over.map((o) => ({ organizationId: o.organizationId, value: o.requestedBudget })),
          ),
        ]
      : [];
  },
  maxGrantPerProject: ({ maxGrantPerProject, currency }, all) => {
    const actual = all.reduce((sum, o) => sum + o.requestedBudget, 0);
    return maxGrantPerProject != null && actual > maxGrantPerProject
      ? [failure('maxGrantPerProject', { max: maxGrantPerProject, actual, currency })]
      : [];
  },
  fundingRate: ({ maxFundingRate }, all) => {
    if (maxFundingRate == null) return [];
    const over = all.filter((o) =>
      exceedsFundingRate(o.requestedBudget, o.ownContribution, maxFundingRate),
    );
    return over.length
      ? [
          failure(
            'fundingRate',
            { max: maxFundingRate },
            over.map((o) => ({
              organizationId: o.organizationId,
              value: fundingRateOf(o.requestedBudget, o.ownContribution),
            })),
          ),
        ]
      : [];
  },
  // A joint call (more than one funder): every organization needs a funder whose scope takes it.
  fundable: ({ funders }, all) => {
    if (funders.length < 2) return [];
    const orphans = all.filter((o) => payingFunder(funders, o) === null);
    return orphans.length
      ? [
          failure(
            'fundable',
            {},
            orphans.map((o) => ({ organizationId: o.organizationId, value: o.country })),
          ),
        ]
      : [];
  },
  // Virtual common pot: each funder involved pays its own partners, up to what it may pay a project.
  funderShare: ({ funders, fundingMode, currency }, all) => {
    if (funders.length < 2 || fundingMode !== 'VIRTUAL_COMMON_POT') return [];
    return funders.flatMap((funder) => {
      const paid = all.filter((o) => payingFunder(funders, o) === funder);
      const share = paid.reduce((sum, o) => sum + o.requestedBudget, 0);
      const limit = funder.maxPerProject ?? (funder.currency === currency ? funder.budget : null);
      return paid.length && limit !== null && share > limit
        ? [
            failure(
              'funderShare',
              { clusterId: funder.clusterId, share, max: limit, currency },
              paid.map((o) => ({ organizationId: o.organizationId, value: o.requestedBudget })),
            ),
          ]
        : [];
    });
  },
};

/**
 * Every eligibility rule the consortium fails, in rule order, each with its message key,
 * parameters and the organizations that failed it; empty when it is eligible. One function
 * for the API (authoritative, at submission and at close) and the web (live, while the
 * consortium is built). The partners' order never changes the answer.
 */
export function checkEligibility(
  call: EligibilityCall,
  consortium: Consortium,
): EligibilityFailure[] {
  const all = [consortium.lead, ...consortium.partners];
  return ELIGIBILITY_RULES.flatMap((rule) => CHECKS[rule](call, all, consortium.lead));
}

/** Whether the consortium passes every rule. */
export const isEligible = (call: EligibilityCall, consortium: Consortium): boolean =>
  checkEligibility(call, consortium).length === 0;

/**
 * The rules a call actually states (a rule with no value never fails), in rule order: what
 * an application form lists as a checklist, each rule green once no failure names it.
 */
export function applicableRules(
  call: Pick<EligibilityCall, 'rules' | 'maxGrantPerProject' | 'maxFundingRate' | 'fundingMode'> & {
    funders: readonly unknown[];
  },
): EligibilityRule[] {
  const { rules } = call;
  const joint = call.funders.length > 1;
  const stated: Record<EligibilityRule, boolean> = {
    distinctOrganizations: false,
    minPartners: rules.minPartners != null,
    maxPartners: rules.maxPartners != null,
    requiredKinds: rules.requiredKinds.length > 0,
    leadKind: rules.leadKinds.length > 0,
    leadSize: rules.leadSizes.length > 0,
    minRegions: rules.minRegions != null,
    minCountries: rules.minCountries != null,
    internationalPartner: rules.internationalPartnerRequired,
    membership: rules.membership !== 'NONE',
    maxBudgetPerPartner: rules.maxBudgetPerPartner != null,
    maxGrantPerProject: call.maxGrantPerProject != null,
    fundingRate: call.maxFundingRate != null,
    fundable: joint,
    funderShare: joint && call.fundingMode === 'VIRTUAL_COMMON_POT',
  };
  return ELIGIBILITY_RULES.filter((rule) => stated[rule]);
}
