import { Injectable } from '@nestjs/common';
import {
  NO_ELIGIBILITY_RULES,
  badInput,
  checkEligibility,
  errorKey,
  type ConsortiumInput,
  type ConsortiumOrganization,
  type EligibilityFailure,
} from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import type { CallEntity } from './call.entity';
import { CallRepository, toFunder } from './call.repository';
import { CallService } from './call.service';

/**
 * Runs the domain's eligibility function on a call and a consortium, with the facts the
 * database holds (kinds, sizes, places, ACTIVE cluster memberships): the same answer the
 * web computes live and the submission (next issue) re-checks.
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
    const members = [
      { field: 'lead', member: input.lead },
      ...input.partners.map((member, i) => ({ field: `partners.${i}`, member })),
    ];
    const facts = await this.calls.organizationFacts(
      members.map(({ member }) => member.organizationId),
    );
    const organizations: ConsortiumOrganization[] = members.map(({ field, member }) => {
      const known = facts.get(member.organizationId);
      if (!known)
        throw badInput(
          `${field}.organizationId`,
          'There is no such organization.',
          errorKey('call.unknownOrganization'),
        );
      return {
        ...known,
        requestedBudget: member.requestedBudget,
        ownContribution: member.ownContribution,
      };
    });
    const [lead, ...partners] = organizations as [
      ConsortiumOrganization,
      ...ConsortiumOrganization[],
    ];
    const funders = (await this.calls.funders(call.id)).map(toFunder);
    return checkEligibility(
      {
        rules: call.eligibility ?? NO_ELIGIBILITY_RULES,
        currency: call.currency ?? '',
        maxGrantPerProject: call.maxGrantPerProject,
        maxFundingRate: call.maxFundingRate,
        fundingMode: call.fundingMode ?? 'REAL_COMMON_POT',
        funders,
        partnerClusterIds: await this.calls.activePartnerClusterIds(
          funders.map((f) => f.clusterId),
        ),
      },
      { lead, partners },
    );
  }
}
