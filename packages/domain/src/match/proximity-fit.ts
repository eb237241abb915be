import type { MatchPlace } from './match-facts';
import type { MatchFit } from './match-fit';
import type { MatchReason, MatchReasonParams } from './match-reason';
import { MATCH_PROXIMITY, type ProximityTier } from './match-weights';

const common = (a: readonly string[], b: readonly string[]): string[] =>
  a.length === 0 || b.length === 0 ? [] : a.filter((id) => b.includes(id));

// Cluster names live in the database; the caller passes the ones it knows.
const namesOf = (ids: readonly string[], names?: Readonly<Record<string, string>>): string[] =>
  names ? ids.flatMap((id) => (Object.hasOwn(names, id) && names[id] ? [names[id]] : [])) : [];

const fit = (tier: ProximityTier, params: MatchReasonParams): MatchFit => ({
  value: MATCH_PROXIMITY[tier],
  reasons: [{ code: tier, component: 'proximity', params } satisfies MatchReason],
});

/** The closest tie between the two organizations: a cluster, a partner cluster, a region, a country. */
export function proximityFit(
  need: MatchPlace,
  capability: MatchPlace,
  internationalPartnersWelcome: boolean,
  clusterNames?: Readonly<Record<string, string>>,
): MatchFit {
  const shared = common(need.clusterIds, capability.clusterIds);
  if (shared.length > 0)
    return fit('SAME_CLUSTER', { clusterIds: shared, clusterNames: namesOf(shared, clusterNames) });
  // Either side's cluster may be the one listed among the other's partners.
  const needSide = common(need.clusterIds, capability.partnerClusterIds);
  const capabilitySide = common(capability.clusterIds, need.partnerClusterIds);
  if (needSide.length > 0 || capabilitySide.length > 0) {
    const clusterIds = [...needSide, ...capabilitySide.filter((id) => !needSide.includes(id))];
    return fit('PARTNER_CLUSTER', { clusterIds, clusterNames: namesOf(clusterIds, clusterNames) });
  }
  if (need.region !== null && need.region === capability.region)
    return fit('SAME_REGION', { region: need.region, country: need.country });
  if (need.country === capability.country) return fit('SAME_COUNTRY', { country: need.country });
  const countries = { needCountry: need.country, capabilityCountry: capability.country };
  return fit(internationalPartnersWelcome ? 'ABROAD_WELCOME' : 'ABROAD', countries);
}
