import type { Funder } from './call-funder';
import {
  applicableRules,
  checkEligibility,
  type ConsortiumOrganization,
  type EligibilityCall,
} from './eligibility';
import {
  NO_ELIGIBILITY_RULES,
  eligibilityRulesSchema,
  type EligibilityRules,
} from './eligibility-rules';

const DAEGU = 'c0000000-0000-4000-8000-000000000001';
const BW = 'c0000000-0000-4000-8000-000000000002';
const PARTNER_CLUSTER = 'c0000000-0000-4000-8000-000000000003';

export const org = (
  id: string,
  overrides: Partial<ConsortiumOrganization> = {},
): ConsortiumOrganization => ({
  organizationId: id,
  kind: 'FIRM',
  size: 'SMALL',
  country: 'KR',
  region: 'KR-27',
  activeClusterIds: [DAEGU],
  requestedBudget: 100,
  ownContribution: 100,
  ...overrides,
});

const daeguFunder: Funder = {
  clusterId: DAEGU,
  funds: 'COUNTRY',
  country: 'KR',
  region: 'KR-27',
  budget: 1_000_000,
  currency: 'EUR',
  maxPerProject: null,
};
const bwFunder: Funder = {
  clusterId: BW,
  funds: 'REGION',
  country: 'DE',
  region: 'DE-BW',
  budget: 500_000,
  currency: 'EUR',
  maxPerProject: 300,
};

export const callWith = (
  rules: Partial<EligibilityRules> = {},
  overrides: Partial<EligibilityCall> = {},
): EligibilityCall => ({
  rules: { ...NO_ELIGIBILITY_RULES, ...rules },
  currency: 'EUR',
  maxGrantPerProject: null,
  maxFundingRate: null,
  fundingMode: 'REAL_COMMON_POT',
  funders: [daeguFunder],
  partnerClusterIds: [],
  ...overrides,
});

const firm = org('o1');
const university = org('o2', { kind: 'UNIVERSITY', size: null, region: 'KR-11' });
const germanInstitute = org('o3', {
  kind: 'RESEARCH_INSTITUTE',
  size: null,
  country: 'DE',
  region: 'DE-BW',
  activeClusterIds: [BW],
});

const rulesOf = (
  call: EligibilityCall,
  lead: ConsortiumOrganization,
  partners: ConsortiumOrganization[],
) => checkEligibility(call, { lead, partners }).map((f) => f.rule);

describe('each eligibility rule alone', () => {
  it('passes everything when there are no rules', () => {
    expect(checkEligibility(callWith(), { lead: firm, partners: [] })).toEqual([]);
  });

  it('refuses an organization listed twice, naming it', () => {
    const [failure] = checkEligibility(callWith(), {
      lead: firm,
      partners: [university, { ...firm }],
    });
    expect(failure).toMatchObject({
      rule: 'distinctOrganizations',
      key: 'call.eligibility.distinctOrganizations',
      organizations: [{ organizationId: 'o1' }],
    });
  });

  it('counts the lead among the minimum and maximum partners', () => {
    expect(
      checkEligibility(callWith({ minPartners: 3 }), { lead: firm, partners: [university] }),
    ).toEqual([
      {
        rule: 'minPartners',
        key: 'call.eligibility.minPartners',
        params: { min: 3, actual: 2 },
        organizations: [],
      },
    ]);
    expect(rulesOf(callWith({ minPartners: 2 }), firm, [university])).toEqual([]);
    expect(
      checkEligibility(callWith({ maxPartners: 2 }), {
        lead: firm,
        partners: [university, germanInstitute],
      })[0],
    ).toMatchObject({ rule: 'maxPartners', params: { max: 2, actual: 3 } });
    expect(rulesOf(callWith({ maxPartners: 3 }), firm, [university, germanInstitute])).toEqual([]);
  });

  it('requires organization kinds, one failure per unmet group', () => {
    const rules = {
      requiredKinds: [
        { kinds: ['FIRM' as const], min: 1 },
        { kinds: ['UNIVERSITY' as const, 'RESEARCH_INSTITUTE' as const], min: 1 },
      ],
    };
    expect(checkEligibility(callWith(rules), { lead: firm, partners: [org('o4')] })).toEqual([
      {
        rule: 'requiredKinds',
        key: 'call.eligibility.requiredKinds',
        params: { kinds: 'RESEARCH_INSTITUTE,UNIVERSITY', min: 1, actual: 0 },
        organizations: [],
      },
    ]);
    expect(rulesOf(callWith(rules), firm, [germanInstitute])).toEqual([]);
    expect(
      rulesOf(callWith({ requiredKinds: [{ kinds: ['FIRM'], min: 2 }] }), firm, [university]),
    ).toEqual(['requiredKinds']);
  });

  it('allows only the lead kinds and, for a firm lead, the sizes given (an SME lead)', () => {
    expect(
      checkEligibility(callWith({ leadKinds: ['FIRM'] }), {
        lead: university,
        partners: [firm],
      })[0],
    ).toMatchObject({
      rule: 'leadKind',
      organizations: [{ organizationId: 'o2', value: 'UNIVERSITY' }],
    });
    const sme = { leadSizes: ['MICRO' as const, 'SMALL' as const, 'MEDIUM' as const] };
    expect(
      checkEligibility(callWith(sme), { lead: org('big', { size: 'LARGE' }), partners: [] })[0],
    ).toMatchObject({
      rule: 'leadSize',
      params: { sizes: 'MEDIUM,MICRO,SMALL' },
      organizations: [{ organizationId: 'big', value: 'LARGE' }],
    });
    expect(rulesOf(callWith(sme), firm, [])).toEqual([]);
    // Sizes rule firms; a university lead is ruled by the lead kinds alone.
    expect(rulesOf(callWith(sme), university, [])).toEqual([]);
  });

  it('counts distinct regions and countries', () => {
    expect(
      checkEligibility(callWith({ minRegions: 3 }), {
        lead: firm,
        partners: [university, org('o5', { region: null })],
      })[0],
    ).toMatchObject({ rule: 'minRegions', params: { min: 3, actual: 2 } });
    expect(rulesOf(callWith({ minRegions: 3 }), firm, [university, germanInstitute])).toEqual([]);
    expect(
      checkEligibility(callWith({ minCountries: 2 }), { lead: firm, partners: [university] })[0],
    ).toMatchObject({ rule: 'minCountries', params: { min: 2, actual: 1 } });
    expect(rulesOf(callWith({ minCountries: 2 }), firm, [germanInstitute])).toEqual([]);
  });

  it('requires a partner from another country than the lead’s', () => {
    expect(
      checkEligibility(callWith({ internationalPartnerRequired: true }), {
        lead: firm,
        partners: [university],
      })[0],
    ).toMatchObject({ rule: 'internationalPartner', params: { country: 'KR' } });
    expect(
      rulesOf(callWith({ internationalPartnerRequired: true }), firm, [germanInstitute]),
    ).toEqual([]);
  });

  it('requires ACTIVE membership of a funding or partner cluster, of the lead or of everyone', () => {
    const outsider = org('o9', { activeClusterIds: [] });
    expect(
      checkEligibility(callWith({ membership: 'LEAD' }), { lead: outsider, partners: [firm] })[0],
    ).toMatchObject({
      rule: 'membership',
      params: { who: 'LEAD' },
      organizations: [{ organizationId: 'o9' }],
    });
    expect(rulesOf(callWith({ membership: 'LEAD' }), firm, [outsider])).toEqual([]);
    expect(
      checkEligibility(callWith({ membership: 'EVERY_PARTNER' }), {
        lead: firm,
        partners: [outsider, germanInstitute],
      })[0],
    ).toMatchObject({ organizations: [{ organizationId: 'o3' }, { organizationId: 'o9' }] });
    // A partner cluster of a funder counts too.
    const viaPartner = org('o8', { activeClusterIds: [PARTNER_CLUSTER] });
    expect(
      rulesOf(
        callWith({ membership: 'EVERY_PARTNER' }, { partnerClusterIds: [PARTNER_CLUSTER] }),
        firm,
        [viaPartner],
      ),
    ).toEqual([]);
  });

  it('caps each partner’s budget and the project’s total, naming the amounts', () => {
    const rich = org('o6', { requestedBudget: 500, ownContribution: 500 });
    expect(
      checkEligibility(callWith({ maxBudgetPerPartner: 400 }), { lead: firm, partners: [rich] })[0],
    ).toEqual({
      rule: 'maxBudgetPerPartner',
      key: 'call.eligibility.maxBudgetPerPartner',
      params: { max: 400, currency: 'EUR' },
      organizations: [{ organizationId: 'o6', value: 500 }],
    });
    expect(
      checkEligibility(callWith({}, { maxGrantPerProject: 550 }), {
        lead: firm,
        partners: [rich],
      })[0],
    ).toMatchObject({ rule: 'maxGrantPerProject', params: { max: 550, actual: 600 } });
    expect(rulesOf(callWith({}, { maxGrantPerProject: 600 }), firm, [rich])).toEqual([]);
  });

  it('caps each partner’s funding rate: requested over requested plus own contribution', () => {
    const greedy = org('o7', { requestedBudget: 80, ownContribution: 20 });
    expect(
      checkEligibility(callWith({}, { maxFundingRate: 75 }), { lead: firm, partners: [greedy] })[0],
    ).toMatchObject({
      rule: 'fundingRate',
      params: { max: 75 },
      organizations: [{ organizationId: 'o7', value: 80 }],
    });
    expect(rulesOf(callWith({}, { maxFundingRate: 80 }), firm, [greedy])).toEqual([]);
  });
});

describe('joint calls', () => {
  const joint = (
    mode: EligibilityCall['fundingMode'],
    funders: Funder[] = [daeguFunder, bwFunder],
  ) => callWith({}, { fundingMode: mode, funders });

  it('refuses a partner no funder funds, in every mode', () => {
    const french = org('fr', { country: 'FR', region: 'FR-IDF', activeClusterIds: [] });
    for (const mode of ['VIRTUAL_COMMON_POT', 'REAL_COMMON_POT', 'MIXED'] as const)
      expect(
        checkEligibility(joint(mode), { lead: firm, partners: [germanInstitute, french] }).map(
          (f) => [f.rule, f.organizations],
        ),
      ).toEqual([['fundable', [{ organizationId: 'fr', value: 'FR' }]]]);
  });

  it('reads each funder’s scope: members, region or country', () => {
    const members: Funder = { ...bwFunder, funds: 'MEMBERS' };
    const stuttgartNonMember = org('de2', { country: 'DE', region: 'DE-BW', activeClusterIds: [] });
    expect(
      rulesOf(joint('REAL_COMMON_POT', [daeguFunder, members]), firm, [stuttgartNonMember]),
    ).toEqual(['fundable']);
    expect(
      rulesOf(joint('REAL_COMMON_POT', [daeguFunder, members]), firm, [germanInstitute]),
    ).toEqual([]);
    const berlin = org('de3', { country: 'DE', region: 'DE-BE', activeClusterIds: [] });
    expect(rulesOf(joint('REAL_COMMON_POT'), firm, [berlin])).toEqual(['fundable']);
    expect(
      rulesOf(joint('REAL_COMMON_POT', [daeguFunder, { ...bwFunder, funds: 'COUNTRY' }]), firm, [
        berlin,
      ]),
    ).toEqual([]);
  });

  it('in a virtual common pot, refuses a project whose share a funder cannot pay; not in the other modes', () => {
    const costly = { ...germanInstitute, requestedBudget: 301 };
    const failures = checkEligibility(joint('VIRTUAL_COMMON_POT'), {
      lead: firm,
      partners: [costly],
    });
    expect(failures).toEqual([
      {
        rule: 'funderShare',
        key: 'call.eligibility.funderShare',
        params: { clusterId: BW, share: 301, max: 300, currency: 'EUR' },
        organizations: [{ organizationId: 'o3', value: 301 }],
      },
    ]);
    expect(rulesOf(joint('REAL_COMMON_POT'), firm, [costly])).toEqual([]);
    expect(rulesOf(joint('MIXED'), firm, [costly])).toEqual([]);
    expect(
      rulesOf(joint('VIRTUAL_COMMON_POT'), firm, [{ ...costly, requestedBudget: 300 }]),
    ).toEqual([]);
  });

  it('uses a funder’s budget as its limit when it has no cap per project and shares the call’s currency', () => {
    const smallPot: Funder = { ...daeguFunder, budget: 150 };
    expect(
      rulesOf(joint('VIRTUAL_COMMON_POT', [smallPot, bwFunder]), firm, [
        university,
        germanInstitute,
      ]),
    ).toEqual(['funderShare']);
    // A budget in another currency is converted at award time, not compared here.
    expect(
      rulesOf(joint('VIRTUAL_COMMON_POT', [{ ...smallPot, currency: 'KRW' }, bwFunder]), firm, [
        university,
        germanInstitute,
      ]),
    ).toEqual([]);
  });

  it('does not apply fundability to a call with one funder', () => {
    expect(
      rulesOf(callWith({}, { funders: [{ ...daeguFunder, funds: 'MEMBERS' }] }), firm, [
        germanInstitute,
      ]),
    ).toEqual([]);
  });
});

describe('rules combined', () => {
  const rules = eligibilityRulesSchema.parse({
    minPartners: 3,
    maxPartners: 5,
    requiredKinds: [
      { kinds: ['FIRM'], min: 1 },
      { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'], min: 1 },
    ],
    leadKinds: ['FIRM'],
    leadSizes: ['MICRO', 'SMALL', 'MEDIUM'],
    minRegions: 2,
    minCountries: 2,
    internationalPartnerRequired: true,
    membership: 'LEAD',
    maxBudgetPerPartner: 400,
  });
  const call = callWith(rules, {
    maxGrantPerProject: 1000,
    maxFundingRate: 75,
    fundingMode: 'VIRTUAL_COMMON_POT',
    funders: [daeguFunder, bwFunder],
  });

  it('passes the Korea–Germany consortium', () => {
    expect(checkEligibility(call, { lead: firm, partners: [university, germanInstitute] })).toEqual(
      [],
    );
  });

  it('reports every failed rule at once, in rule order', () => {
    const lead = org('big', {
      size: 'LARGE',
      activeClusterIds: [],
      requestedBudget: 900,
      ownContribution: 100,
    });
    expect(
      rulesOf(call, lead, [org('o10', { country: 'US', region: null, activeClusterIds: [] })]),
    ).toEqual([
      'minPartners',
      'requiredKinds',
      'leadSize',
      'minRegions',
      'membership',
      'maxBudgetPerPartner',
      'fundingRate',
      'fundable',
    ]);
  });
});

describe('applicableRules', () => {
  it('lists only the rules a call states, in rule order', () => {
    expect(
      applicableRules({
        rules: { ...NO_ELIGIBILITY_RULES, minPartners: 3, internationalPartnerRequired: true },
        maxGrantPerProject: null,
        maxFundingRate: 75,
        fundingMode: 'REAL_COMMON_POT',
        funders: [],
      }),
    ).toEqual(['minPartners', 'internationalPartner', 'fundingRate']);
  });
});
