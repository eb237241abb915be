import { Injectable } from '@nestjs/common';
import {
  assertReleasable,
  conflict,
  errorKey,
  funderReports,
  needOf,
  notFound,
  promoteFromReserve,
  rankAndAllocate,
  transitionCall,
  type AwardOutcome,
  type AwardRelease,
  type AwardResult,
  type AwardStatus,
  type CurrentAward,
  type FunderAmount,
  type WhyNotFunded,
} from '@spillover/domain';
import { ApplicationService } from '../application/application.service';
import type { CallEntity } from '../call/call.entity';
import { CallRepository } from '../call/call.repository';
import { CallService } from '../call/call.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import { AwardInputs, type AwardData } from './award-inputs';
import { AwardNotifier } from './award-notifier';
import {
  AwardRepository,
  type AwardApplicationRow,
  type AwardWrite,
  type GrantRow,
} from './award.repository';

/** A call's award as managers read it: computed live before publication, as stored after. */
export interface AwardView {
  call: CallEntity;
  published: boolean;
  outcome: AwardOutcome;
  data: AwardData;
}

const total = (amounts: readonly FunderAmount[]): number =>
  amounts.reduce((s, a) => s + a.amount, 0);

/** The statuses a manager may preview the ranking in: reviews are in, or coming in. */
const PREVIEWABLE = new Set(['CLOSED', 'IN_EVALUATION', 'RESULTS_PUBLISHED']);

/** An application's award as it stands: a withdrawn one counts as REJECTED (it holds no money). */
export const currentStatus = (status: string): AwardStatus =>
  status === 'FUNDED' || status === 'RESERVE' ? status : 'REJECTED';

/** Only the reasons a promotion leaves: a partial offer's, none for full funding. */
const promotedReasons = (partial: boolean, granted: number, requested: number): WhyNotFunded[] =>
  partial ? [{ code: 'PARTIAL_FUNDING', granted, requested }] : [];

/**
 * Ranking, publication and the life of an award after it: the domain's `rankAndAllocate`
 * on the database's data, written in one transaction under the call's lock; promotions
 * from the reserve list when a funded project declines or is cut.
 */
@Injectable()
export class AwardService {
  constructor(
    private readonly awards: AwardRepository,
    private readonly inputs: AwardInputs,
    private readonly callService: CallService,
    private readonly calls: CallRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifier: AwardNotifier,
    private readonly applications: ApplicationService,
  ) {}

  /** A call whose award the actor manages: NOT_FOUND when they may not see it, FORBIDDEN when they may not manage it. */
  async managed(actor: Actor, callId: string, field = 'callId'): Promise<CallEntity> {
    const call = await this.callService.get(actor, callId);
    const funders = await this.calls.funders(call.id);
    await this.policy.assert(
      actor,
      'award.manage',
      { callClusterId: call.clusterId, fundingClusterIds: funders.map((f) => f.clusterId) },
      field,
    );
    return call;
  }

  /** The ranking the managers see: the function on current data, or the published award. */
  async view(actor: Actor, callId: string): Promise<AwardView> {
    const call = await this.managed(actor, callId);
    if (!PREVIEWABLE.has(call.status))
      throw conflict(
        'The call is still taking applications: its ranking comes once it is closed.',
        errorKey('award.notClosed'),
        'callId',
        { status: call.status },
      );
    return this.viewOf(call);
  }

  async viewOf(call: CallEntity): Promise<AwardView> {
    const published = call.status === 'RESULTS_PUBLISHED';
    const data = await this.inputs.load(call, published);
    const outcome = published
      ? this.storedOutcome(data, await this.awards.grants(call.id))
      : rankAndAllocate(data.call, data.applications);
    return { call, published, data, outcome };
  }

  /**
   * Publishes the award: one transaction under the call's row lock, so two managers pressing
   * at once publish once (the second finds RESULTS_PUBLISHED: CONFLICT), and the unique
   * (call, rank) index refuses a second award set whatever happens.
   */
  async publish(actor: Actor, callId: string): Promise<AwardView> {
    await this.managed(actor, callId);
    return this.transactions.run(async () => {
      const call = await this.calls.findForUpdate(callId);
      if (!call) throw notFound('The call');
      const now = new Date();
      const status = transitionCall(call.status, 'publishResults', { ...call, by: 'MANAGER', now });
      const data = await this.inputs.load(call, false);
      const outcome = rankAndAllocate(data.call, data.applications);
      const writes: AwardWrite[] = outcome.results.map((r) => ({
        id: r.applicationId,
        status: r.status,
        awardStatus: r.status,
        rank: r.rank,
        score: r.score,
        partial: r.partial,
        criteria: r.criteria,
        reasons: r.reasons,
      }));
      await this.awards.writeAward(call.id, writes);
      await this.awards.insertGrants(call.id, grantRowsOf(outcome.results));
      const saved = await this.calls.save({ ...call, status, resultsPublishedAt: now });
      const counts = { FUNDED: 0, RESERVE: 0, REJECTED: 0 };
      for (const r of outcome.results) counts[r.status] += 1;
      await this.audit.record(actor, {
        action: 'award.published',
        objectType: 'Call',
        objectId: call.id,
        clusterId: call.clusterId,
        before: { status: call.status },
        after: { status, budgetRule: call.budgetRule, ...counts },
      });
      await this.notifier.published(saved, data.rows, outcome.results);
      return { call: saved, published: true, data, outcome };
    });
  }

  /** A member of the consortium declines a funded award; its money goes down the reserve list. */
  async decline(actor: Actor, applicationId: string): Promise<string[]> {
    const application = await this.applications.get(actor, applicationId);
    await this.policy.assert(
      actor,
      'award.redress',
      await this.applications.subjectOf(application),
      'applicationId',
    );
    return this.release(actor, applicationId, 'decline', null);
  }

  /** A manager cuts a funded project, with a note the applicants read; its money goes down the reserve list. */
  async cut(actor: Actor, applicationId: string, note: string): Promise<string[]> {
    const callId = await this.callIdOf(applicationId);
    await this.managed(actor, callId, 'applicationId');
    return this.release(actor, applicationId, 'cut', note);
  }

  private async callIdOf(applicationId: string): Promise<string> {
    const [row] = (await this.awards.callOf(applicationId)) ?? [];
    if (!row) throw notFound('The application');
    return row;
  }

  /**
   * Takes a funded project out (locks: the call, then the application), then promotes in
   * one transaction: the freed money goes to the reserve list by the call's rule. Returns
   * the ids of the promoted applications.
   */
  private async release(
    actor: Actor,
    applicationId: string,
    release: AwardRelease,
    note: string | null,
  ): Promise<string[]> {
    return this.transactions.run(async () => {
      const callId = await this.callIdOf(applicationId);
      const call = await this.calls.findForUpdate(callId);
      if (!call) throw notFound('The call');
      const row = await this.awards.lockApplication(applicationId);
      if (!row) throw notFound('The application');
      assertReleasable(row.status, row.awardStatus, release);
      const reason: WhyNotFunded =
        release === 'cut' ? { code: 'CUT_BY_MANAGER', note: note ?? '' } : { code: 'DECLINED' };
      await this.awards.updateAward(row.id, {
        status: release === 'cut' ? 'REJECTED' : 'WITHDRAWN',
        awardStatus: release === 'cut' ? 'REJECTED' : 'FUNDED',
        partial: false,
        reasons: [...(row.awardReasons ?? []), reason],
      });
      const before = await this.awards.grants(call.id);
      await this.awards.replaceGrants(call.id, row.id, []);
      await this.audit.record(actor, {
        action: release === 'cut' ? 'award.cut' : 'award.declined',
        objectType: 'Application',
        objectId: row.id,
        organizationId: row.leadOrganizationId,
        clusterId: call.clusterId,
        before: { status: row.status, grants: before.filter((g) => g.applicationId === row.id) },
        after: { status: release === 'cut' ? 'REJECTED' : 'WITHDRAWN', ...(note ? { note } : {}) },
      });
      if (release === 'cut') await this.notifier.changed(call, row, 'REJECTED', reason);
      return this.promote(actor, call);
    });
  }

  /** Runs inside the release's transaction, under the call's lock. */
  private async promote(actor: Actor, call: CallEntity): Promise<string[]> {
    const data = await this.inputs.load(call, true);
    const grants = await this.awards.grants(call.id);
    const current: CurrentAward[] = data.rows
      .filter((r) => r.rank !== null)
      .map((r) => ({
        applicationId: r.id,
        rank: r.rank ?? 0,
        status: currentStatus(r.status),
        partial: r.awardPartial,
        grants: grants
          .filter((g) => g.applicationId === r.id && g.granted > 0)
          .map((g) => ({ clusterId: g.clusterId, amount: g.granted })),
      }));
    const promotions = promoteFromReserve(data.call, data.applications, current);
    const rows = new Map(data.rows.map((r) => [r.id, r]));
    const apps = new Map(data.applications.map((a) => [a.applicationId, a]));
    for (const p of promotions) {
      const row = rows.get(p.applicationId) as AwardApplicationRow;
      const need = needOf(data.call.funders, apps.get(p.applicationId)?.organizations ?? []);
      await this.awards.updateAward(p.applicationId, {
        status: 'FUNDED',
        awardStatus: 'FUNDED',
        partial: p.partial,
        reasons: promotedReasons(p.partial, total(p.grants), need.total),
      });
      await this.awards.replaceGrants(
        call.id,
        p.applicationId,
        grantRowsOf([{ applicationId: p.applicationId, shares: need.perFunder, grants: p.grants }]),
      );
      await this.audit.record(actor, {
        action: 'award.promoted',
        objectType: 'Application',
        objectId: p.applicationId,
        organizationId: row.leadOrganizationId,
        clusterId: call.clusterId,
        before: { status: row.status, partial: row.awardPartial },
        after: { status: 'FUNDED', partial: p.partial, grants: p.grants },
      });
      await this.notifier.changed(call, row, 'FUNDED', null);
    }
    return promotions.map((p) => p.applicationId);
  }

  /** The published award read back as the domain's outcome (per-funder reports recomputed from the stored grants). */
  storedOutcome(data: AwardData, grants: readonly GrantRow[]): AwardOutcome {
    const byApp = new Map<string, GrantRow[]>();
    for (const g of grants) byApp.set(g.applicationId, [...(byApp.get(g.applicationId) ?? []), g]);
    const apps = new Map(data.applications.map((a) => [a.applicationId, a]));
    const order = new Map(data.call.funders.map((f, i) => [f.clusterId, i]));
    const results: AwardResult[] = data.rows
      .filter((r) => r.rank !== null)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((r) => {
        const organizations = apps.get(r.id)?.organizations ?? [];
        const need = needOf(data.call.funders, organizations);
        const rowGrants = (byApp.get(r.id) ?? [])
          .filter((g) => g.granted > 0)
          .sort((a, b) => (order.get(a.clusterId) ?? 0) - (order.get(b.clusterId) ?? 0))
          .map((g) => ({ clusterId: g.clusterId, amount: g.granted }));
        const criteria = r.awardCriteria ?? [];
        return {
          applicationId: r.id,
          rank: r.rank ?? 0,
          score: r.score ?? 0,
          criteria,
          reviewCount: Math.max(0, ...criteria.map((c) => c.reviews)),
          smeCount: organizations.filter((o) => o.sme).length,
          submittedAt: r.submittedAt,
          status: currentStatus(r.status),
          partial: r.awardPartial,
          requested: need.total,
          shares: need.perFunder.filter((s) => s.amount > 0),
          granted: total(rowGrants),
          grants: rowGrants,
          reasons: r.awardReasons ?? [],
        };
      });
    return { results, funders: funderReports(data.call, results) };
  }
}

/** The per-funder rows of results: every funder asked for a share or granted something. */
function grantRowsOf(
  results: readonly {
    applicationId: string;
    shares: readonly FunderAmount[];
    grants: readonly FunderAmount[];
  }[],
): GrantRow[] {
  return results.flatMap((r) => {
    const ids = [...new Set([...r.shares, ...r.grants].map((a) => a.clusterId))];
    return ids.map((clusterId) => ({
      applicationId: r.applicationId,
      clusterId,
      share: r.shares.find((s) => s.clusterId === clusterId)?.amount ?? 0,
      granted: r.grants.find((g) => g.clusterId === clusterId)?.amount ?? 0,
    }));
  });
}
