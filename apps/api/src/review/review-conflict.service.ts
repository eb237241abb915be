import { Injectable } from '@nestjs/common';
import {
  conflictRulesOf,
  conflictsByPair,
  conflictWindowStart,
  type ConflictEvidence,
  type ConflictSettingsValues,
} from '@spillover/domain';
import type { CallEntity } from '../call/call.entity';
import { CallRepository } from '../call/call.repository';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { assertPoolOpen, ReviewAccess } from './review-access';
import { ReviewRepository } from './review.repository';

/**
 * Conflicts of interest (이해충돌) from the platform's own records: the repository gathers
 * every tie in the call's look-back window, the domain's rules decide which ones count.
 */
@Injectable()
export class ReviewConflictService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly calls: CallRepository,
    private readonly access: ReviewAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * The conflicts between the call's reviewable applications and the pool's users plus any
   * candidate users (a manager checks people before inviting them), each with its rule and
   * the record behind it.
   */
  async runConflictCheck(
    actor: Actor,
    callId: string,
    candidateUserIds: readonly string[] = [],
  ): Promise<ConflictEvidence[]> {
    const call = await this.access.managedCall(actor, callId);
    const pool = await this.reviews.pool(callId);
    const userIds = [
      ...new Set([
        ...pool
          .filter((r) => r.userId && (r.status === 'ACTIVE' || r.status === 'INVITED'))
          .map((r) => r.userId as string),
        ...candidateUserIds,
      ]),
    ];
    return [...(await this.conflicts(call, userIds, new Date())).values()].flat();
  }

  /** The call's conflicts for these users, by `userId:applicationId`. */
  async conflicts(
    call: CallEntity,
    userIds: readonly string[],
    now: Date,
  ): Promise<Map<string, ConflictEvidence[]>> {
    const windowStart = conflictWindowStart(now, call.conflictLookbackYears);
    const evidence = await this.reviews.conflictEvidence(call.id, userIds, windowStart);
    return conflictsByPair(evidence, conflictRulesOf(call.conflictRules), windowStart);
  }

  async updateSettings(
    actor: Actor,
    callId: string,
    values: ConflictSettingsValues,
  ): Promise<CallEntity> {
    const visible = await this.access.managedCall(actor, callId);
    assertPoolOpen(visible.status);
    return this.transactions.run(async () => {
      const call = await this.calls.findForUpdate(callId);
      if (!call) throw new Error(`call ${callId} vanished`);
      const before = {
        rules: conflictRulesOf(call.conflictRules),
        lookbackYears: call.conflictLookbackYears,
      };
      const rules = conflictRulesOf({ ...call.conflictRules, ...values.rules });
      const saved = await this.calls.save({
        ...call,
        conflictRules: rules,
        conflictLookbackYears: values.lookbackYears ?? call.conflictLookbackYears,
      });
      await this.audit.record(actor, {
        action: 'review.conflictSettingsChanged',
        objectType: 'Call',
        objectId: call.id,
        clusterId: call.clusterId,
        before,
        after: { rules, lookbackYears: saved.conflictLookbackYears },
      });
      return saved;
    });
  }
}
