import { Injectable } from '@nestjs/common';
import {
  checkConsortium,
  type CallEligibilityFacts,
  type ConsortiumInput,
  type EligibilityFailure,
  type OrganizationFacts,
} from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import type { CallEntity } from './call.entity';
import { CallRepository, toFunder } from './call.repository';
import { CallService } from './call.service';

/**
 * Runs the domain's eligibility function on a call and a consortium, with the facts the
 * database holds (kinds, sizes, places, ACTIVE cluster memberships). The web runs the same
 * `checkConsortium` live on the same facts, shipped by `Call.partnerClusterIds`,
 * `Call.funders` and `Application.consortiumFacts`; submission and close re-check here.
 */
@Injectable()
export class CallEligibilityService {
  constructor(
    private readonly callService: CallService,
    private readonly calls: CallRepository,
  ) {}

  async check(actor: Actor, callId: string, input: ConsortiumInput): Promise<EligibilityFailure[]> {
    return this.evaluate(await this.callService.get(actor, callId), input);
  }

  /** The rules' answer for a call the caller already may see (applications: submit and close). */
  async evaluate(call: CallEntity, input: ConsortiumInput): Promise<EligibilityFailure[]> {
    const facts = await this.calls.organizationFacts([
      input.lead.organizationId,
      ...input.partners.map((p) => p.organizationId),
    ]);
    return checkConsortium(await this.callFacts(call), input, facts);
  }

  /** What the rules read of a call: its stored rules, its funders and their partner clusters. */
  async callFacts(call: CallEntity): Promise<CallEligibilityFacts> {
    const funders = (await this.calls.funders(call.id)).map(toFunder);
    return {
      eligibility: call.eligibility,
      currency: call.currency,
      maxGrantPerProject: call.maxGrantPerProject,
      maxFundingRate: call.maxFundingRate,
      fundingMode: call.fundingMode,
      funders,
      partnerClusterIds: await this.calls.activePartnerClusterIds(funders.map((f) => f.clusterId)),
    };
  }

  /**
   * The facts of these organizations the rules read, their ACTIVE memberships narrowed to the
   * clusters that count for this call (its funders and their partners): what the web needs
   * to check live, and no more of anyone's memberships.
   */
  async organizationFacts(call: CallEntity, ids: readonly string[]): Promise<OrganizationFacts[]> {
    const { funders, partnerClusterIds } = await this.callFacts(call);
    const counted = new Set([...funders.map((f) => f.clusterId), ...partnerClusterIds]);
    const facts = await this.calls.organizationFacts(ids);
    return ids.flatMap((id) => {
      const known = facts.get(id);
      return known
        ? [
            {
              ...known,
              activeClusterIds: known.activeClusterIds.filter((c) => counted.has(c)).sort(),
            },
          ]
        : [];
    });
  }
}
