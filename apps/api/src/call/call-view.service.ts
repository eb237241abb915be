import { Injectable } from '@nestjs/common';
import {
  NO_ELIGIBILITY_RULES,
  callOpenProblems,
  describeCallRules,
  type RuleSentence,
} from '@spillover/domain';
import { callValuesOf } from './call-values';
import type { CallEntity } from './call.entity';
import { CallRepository, toFunder, type FunderRow } from './call.repository';

/** What the call page reads besides the call: its funders, its rules in words, what a draft still lacks. */
@Injectable()
export class CallViewService {
  constructor(private readonly calls: CallRepository) {}

  funders(callId: string): Promise<FunderRow[]> {
    return this.calls.funders(callId);
  }

  /** The rules as sentences (keys + params) for the call page and the wizard's preview. */
  async rulesInWords(call: CallEntity): Promise<RuleSentence[]> {
    const funders = await this.calls.funders(call.id);
    return describeCallRules({
      rules: call.eligibility ?? NO_ELIGIBILITY_RULES,
      currency: call.currency,
      maxGrantPerProject: call.maxGrantPerProject,
      maxFundingRate: call.maxFundingRate,
      fundingMode: call.fundingMode,
      funders: funders.map(toFunder),
    });
  }

  /** What still stands between a draft and opening, field by field (managers' wizard). */
  async openProblems(call: CallEntity): Promise<{ field: string; message: string }[]> {
    if (call.status !== 'DRAFT') return [];
    const funders = await this.calls.funders(call.id);
    return Object.entries(
      callOpenProblems(callValuesOf(call), { now: new Date(), funderCount: funders.length }),
    ).map(([field, message]) => ({ field, message }));
  }
}
