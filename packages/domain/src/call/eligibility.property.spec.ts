import fc from 'fast-check';
import { ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '../organization/organization';
import { FUNDER_SCOPES, FUNDING_MODES, type Funder } from './call-funder';
import {
  checkEligibility,
  type Consortium,
  type ConsortiumOrganization,
  type EligibilityCall,
  type EligibilityRule,
} from './eligibility';
import { MEMBERSHIP_REQUIREMENTS } from './eligibility-rules';

const CLUSTERS = ['k1', 'k2', 'k3', 'k4'];
const PLACES = [
  ['KR', 'KR-27'],
  ['KR', 'KR-11'],
  ['DE', 'DE-BW'],
  ['DE', null],
  ['FR', 'FR-IDF'],
] as const;

const organization = fc
  .record({
    organizationId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    kind: fc.constantFrom(...ORGANIZATION_KINDS),
    size: fc.option(fc.constantFrom(...ORGANIZATION_SIZES), { nil: null }),
    place: fc.constantFrom(...PLACES),
    activeClusterIds: fc.subarray(CLUSTERS),
    requestedBudget: fc.integer({ min: 0, max: 1000 }),
    ownContribution: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ place, ...rest }): ConsortiumOrganization => ({
    ...rest,
    country: place[0],
    region: place[1],
  }));

const consortium: fc.Arbitrary<Consortium> = fc.record({
  lead: organization,
  partners: fc.array(organization, { maxLength: 6 }),
});

const funder: fc.Arbitrary<Funder> = fc
  .record({
    clusterId: fc.constantFrom(...CLUSTERS),
    funds: fc.constantFrom(...FUNDER_SCOPES),
    place: fc.constantFrom(...PLACES),
    budget: fc.integer({ min: 1, max: 3000 }),
    currency: fc.constantFrom('EUR', 'KRW'),
    maxPerProject: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
  })
  .map(({ place, ...rest }) => ({ ...rest, country: place[0], region: place[1] }));

const optionalCount = fc.option(fc.integer({ min: 1, max: 6 }), { nil: null });

const call: fc.Arbitrary<EligibilityCall> = fc.record({
  rules: fc.record({
    minPartners: optionalCount,
    maxPartners: optionalCount,
    requiredKinds: fc.array(
      fc.record({
        kinds: fc.uniqueArray(fc.constantFrom(...ORGANIZATION_KINDS), { minLength: 1 }),
        min: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 2 },
    ),
    leadKinds: fc.uniqueArray(fc.constantFrom(...ORGANIZATION_KINDS)),
    leadSizes: fc.uniqueArray(fc.constantFrom(...ORGANIZATION_SIZES)),
    minRegions: optionalCount,
    minCountries: optionalCount,
    internationalPartnerRequired: fc.boolean(),
    membership: fc.constantFrom(...MEMBERSHIP_REQUIREMENTS),
    maxBudgetPerPartner: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  }),
  currency: fc.constantFrom('EUR', 'KRW'),
  maxGrantPerProject: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  maxFundingRate: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  fundingMode: fc.constantFrom(...FUNDING_MODES),
  funders: fc.uniqueArray(funder, { minLength: 1, maxLength: 3, selector: (f) => f.clusterId }),
  partnerClusterIds: fc.subarray(CLUSTERS),
});

/**
 * Each rule written again, plainly and on its own, as the statement of the call: the
 * function must fail exactly the rules this oracle says are violated.
 */
function violated(c: EligibilityCall, { lead, partners }: Consortium): Set<EligibilityRule> {
  const all = [lead, ...partners];
  const out = new Set<EligibilityRule>();
  const r = c.rules;
  const ids = all.map((o) => o.organizationId);
  if (new Set(ids).size < ids.length) out.add('distinctOrganizations');
  if (r.minPartners != null && all.length < r.minPartners) out.add('minPartners');
  if (r.maxPartners != null && all.length > r.maxPartners) out.add('maxPartners');
  for (const req of r.requiredKinds)
    if (all.filter((o) => req.kinds.includes(o.kind)).length < req.min) out.add('requiredKinds');
  if (r.leadKinds.length > 0 && !r.leadKinds.includes(lead.kind)) out.add('leadKind');
  if (
    r.leadSizes.length > 0 &&
    lead.kind === 'FIRM' &&
    !(lead.size !== null && r.leadSizes.includes(lead.size))
  )
    out.add('leadSize');
  if (
    r.minRegions != null &&
    new Set(all.flatMap((o) => (o.region ? [o.region] : []))).size < r.minRegions
  )
    out.add('minRegions');
  if (r.minCountries != null && new Set(all.map((o) => o.country)).size < r.minCountries)
    out.add('minCountries');
  if (r.internationalPartnerRequired && all.every((o) => o.country === lead.country))
    out.add('internationalPartner');
  const eligibleClusters = [...c.funders.map((f) => f.clusterId), ...c.partnerClusterIds];
  const isMember = (o: ConsortiumOrganization) =>
    o.activeClusterIds.some((id) => eligibleClusters.includes(id));
  if (
    (r.membership === 'LEAD' && !isMember(lead)) ||
    (r.membership === 'EVERY_PARTNER' && !all.every(isMember))
  )
    out.add('membership');
  if (
    r.maxBudgetPerPartner != null &&
    all.some((o) => o.requestedBudget > (r.maxBudgetPerPartner ?? Infinity))
  )
    out.add('maxBudgetPerPartner');
  if (
    c.maxGrantPerProject != null &&
    all.reduce((s, o) => s + o.requestedBudget, 0) > c.maxGrantPerProject
  )
    out.add('maxGrantPerProject');
  if (
    c.maxFundingRate != null &&
    all.some(
      (o) =>
        o.requestedBudget > 0 &&
        o.requestedBudget / (o.requestedBudget + o.ownContribution) >
          (c.maxFundingRate ?? 100) / 100,
    )
  )
    out.add('fundingRate');
  const takes = (f: Funder, o: ConsortiumOrganization) =>
    f.funds === 'MEMBERS'
      ? o.activeClusterIds.includes(f.clusterId)
      : f.funds === 'REGION'
        ? f.region !== null && f.region === o.region
        : f.country === o.country;
  if (c.funders.length > 1) {
    if (all.some((o) => !c.funders.some((f) => takes(f, o)))) out.add('fundable');
    if (c.fundingMode === 'VIRTUAL_COMMON_POT')
      for (const f of c.funders) {
        const share = all
          .filter((o) => c.funders.find((g) => takes(g, o)) === f)
          .reduce((s, o) => s + o.requestedBudget, 0);
        const limit = f.maxPerProject ?? (f.currency === c.currency ? f.budget : Infinity);
        if (share > limit) out.add('funderShare');
      }
  }
  return out;
}

describe('eligibility properties', () => {
  it('never passes a consortium that violates a rule, and fails exactly the violated rules', () => {
    fc.assert(
      fc.property(call, consortium, (c, k) => {
        const failed = new Set(checkEligibility(c, k).map((f) => f.rule));
        expect([...failed].sort()).toEqual([...violated(c, k)].sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('answers the same whatever the partners’ order', () => {
    fc.assert(
      fc.property(call, consortium, fc.infiniteStream(fc.nat()), (c, k, randoms) => {
        const shuffled = [...k.partners];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (randoms.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as ConsortiumOrganization,
            shuffled[i] as ConsortiumOrganization,
          ];
        }
        expect(checkEligibility(c, { lead: k.lead, partners: shuffled })).toEqual(
          checkEligibility(c, k),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('reports the organizations that fail a rule among the consortium’s', () => {
    fc.assert(
      fc.property(call, consortium, (c, k) => {
        const ids = new Set([k.lead, ...k.partners].map((o) => o.organizationId));
        for (const f of checkEligibility(c, k))
          for (const o of f.organizations) expect(ids.has(o.organizationId)).toBe(true);
      }),
    );
  });
});
