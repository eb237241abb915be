import { Injectable } from '@nestjs/common';
import type { EligibilityFailure, EligibilityRule } from '@spillover/domain';
import { CallRepository, type OrganizationFacts } from '../call/call.repository';
import { MatchService } from '../match/match.service';
import type { Actor } from '../platform/auth/actor';
import type { ApplicationPartnerEntity } from './application-partner.entity';
import type { ApplicationEntity } from './application.entity';

export interface PartnerSuggestion {
  rule: EligibilityRule;
  /** The failed rule's key and parameters, so the form can say what the suggestions fix. */
  failure: EligibilityFailure;
  organizations: { organizationId: string; score: number }[];
}

/** Rules another partner can fix, and whether an organization would help fix one. */
const HELPS: Partial<
  Record<
    EligibilityRule,
    (
      o: OrganizationFacts,
      f: EligibilityFailure,
      consortium: readonly OrganizationFacts[],
    ) => boolean
  >
> = {
  minPartners: () => true,
  requiredKinds: (o, f) =>
    String(f.params.kinds ?? '')
      .split(',')
      .includes(o.kind),
  minRegions: (o, _f, c) => o.region !== null && !c.some((m) => m.region === o.region),
  minCountries: (o, _f, c) => !c.some((m) => m.country === o.country),
  internationalPartner: (o, f) => o.country !== f.params.country,
};

const PER_RULE = 5;

/**
 * Organizations of the catalogue that would satisfy a failed rule, ranked by the matching
 * engine's partner score for the application's linked needs. Only organizations with a
 * capability the viewer may see are ranked (the engine's visibility), never the lead or an
 * organization already invited.
 */
@Injectable()
export class ApplicationSuggestionsService {
  constructor(
    private readonly match: MatchService,
    private readonly calls: CallRepository,
  ) {}

  async suggest(
    actor: Actor,
    application: ApplicationEntity,
    partners: readonly ApplicationPartnerEntity[],
    failures: readonly EligibilityFailure[],
  ): Promise<PartnerSuggestion[]> {
    const fixable = failures.filter((f) => HELPS[f.rule]);
    if (!fixable.length || !application.linkedNeedIds.length) return [];
    const best = new Map<string, number>();
    for (const needId of application.linkedNeedIds) {
      const ranked = await this.match.partnersForNeed(actor, needId).catch(() => null);
      for (const item of ranked?.items ?? [])
        best.set(
          item.organizationId,
          Math.max(best.get(item.organizationId) ?? 0, item.score.score),
        );
    }
    const taken = new Set([
      application.leadOrganizationId,
      ...partners.map((p) => p.organizationId),
    ]);
    const candidates = [...best.keys()].filter((id) => !taken.has(id));
    const accepted = partners.filter((p) => p.status === 'ACCEPTED').map((p) => p.organizationId);
    const facts = await this.calls.organizationFacts([
      ...candidates,
      application.leadOrganizationId,
      ...accepted,
    ]);
    const consortium = [application.leadOrganizationId, ...accepted]
      .map((id) => facts.get(id))
      .filter((o): o is OrganizationFacts => o !== undefined);
    return fixable.map((failure) => ({
      rule: failure.rule,
      failure,
      organizations: candidates
        .filter((id) => {
          const o = facts.get(id);
          return o !== undefined && HELPS[failure.rule]!(o, failure, consortium);
        })
        .map((organizationId) => ({ organizationId, score: best.get(organizationId) ?? 0 }))
        .sort((a, b) => b.score - a.score || (a.organizationId < b.organizationId ? -1 : 1))
        .slice(0, PER_RULE),
    }));
  }
}
