import type { Funder, FundingMode } from './call-funder';
import type { EligibilityRules } from './eligibility-rules';

/** One sentence of the rules: a key of the call's i18n catalogs (`call.rule.<name>`) and its parameters. */
export interface RuleSentence {
  key: string;
  params: Readonly<Record<string, string | number>>;
}

export interface RulesToDescribe {
  rules: EligibilityRules;
  currency: string | null;
  maxGrantPerProject: number | null;
  maxFundingRate: number | null;
  fundingMode: FundingMode | null;
  funders: readonly Pick<Funder, 'clusterId' | 'funds' | 'country' | 'region'>[];
}

const sentence = (name: string, params: Record<string, string | number> = {}): RuleSentence => ({
  key: `call.rule.${name}`,
  params,
});

/**
 * The rules "in words", in the order eligibility checks them: what the set-up wizard shows
 * as a live preview and the call page shows applicants. Lists are comma-joined codes the web
 * translates item by item (kinds, sizes); amounts are minor units of `currency`.
 */
export function describeCallRules(call: RulesToDescribe): RuleSentence[] {
  const { rules } = call;
  const out: RuleSentence[] = [];
  if (rules.minPartners != null && rules.maxPartners != null)
    out.push(
      rules.minPartners === rules.maxPartners
        ? sentence('exactPartners', { count: rules.minPartners })
        : sentence('partnersBetween', { min: rules.minPartners, max: rules.maxPartners }),
    );
  else if (rules.minPartners != null)
    out.push(sentence('minPartners', { count: rules.minPartners }));
  else if (rules.maxPartners != null)
    out.push(sentence('maxPartners', { count: rules.maxPartners }));
  for (const required of rules.requiredKinds)
    out.push(sentence('requiredKinds', { count: required.min, kinds: required.kinds.join(',') }));
  if (rules.leadKinds.length) out.push(sentence('leadKinds', { kinds: rules.leadKinds.join(',') }));
  if (rules.leadSizes.length) out.push(sentence('leadSizes', { sizes: rules.leadSizes.join(',') }));
  if (rules.minRegions != null) out.push(sentence('minRegions', { count: rules.minRegions }));
  if (rules.minCountries != null) out.push(sentence('minCountries', { count: rules.minCountries }));
  if (rules.internationalPartnerRequired) out.push(sentence('internationalPartner'));
  if (rules.membership !== 'NONE')
    out.push(sentence(rules.membership === 'LEAD' ? 'leadMember' : 'everyPartnerMember'));
  if (rules.maxBudgetPerPartner != null && call.currency)
    out.push(
      sentence('maxBudgetPerPartner', {
        amount: rules.maxBudgetPerPartner,
        currency: call.currency,
      }),
    );
  if (call.maxGrantPerProject != null && call.currency)
    out.push(
      sentence('maxGrantPerProject', { amount: call.maxGrantPerProject, currency: call.currency }),
    );
  if (call.maxFundingRate != null)
    out.push(sentence('maxFundingRate', { rate: call.maxFundingRate }));
  if (call.funders.length > 1) {
    if (call.fundingMode)
      out.push(sentence(`mode.${call.fundingMode}`, { count: call.funders.length }));
    for (const funder of call.funders)
      out.push(
        sentence(`funds.${funder.funds}`, {
          clusterId: funder.clusterId,
          country: funder.country,
          region: funder.region ?? '',
        }),
      );
  }
  return out;
}
