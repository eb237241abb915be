import { Injectable } from '@nestjs/common';
import {
  DomainError,
  applyCallPatch,
  assertCallOpenable,
  badInput,
  conflict,
  errorKey,
  extendCallDeadline,
  notFound,
  transitionCall,
  wallClock,
  type CallDraftValues,
  type CallFunderValues,
  type CallPatch,
  type CallStatus,
} from '@spillover/domain';
import { NotificationService } from '../notification/notification.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import { callColumnsOf, callValuesOf } from './call-values';
import type { CallEntity } from './call.entity';
import { CallRepository, type CallListFilter } from './call.repository';

const SYSTEM: Actor = { kind: 'anonymous', requestId: 'call-closing' };

/** Calls (공모): set-up by the managers of the cluster that runs them, opening, deadline, closing. */
@Injectable()
export class CallService {
  constructor(
    private readonly calls: CallRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * A call by id with no permission check: for use cases that already checked the caller
   * may see something of the call (its application), and for jobs.
   */
  async byId(id: string): Promise<CallEntity> {
    const call = await this.calls.findVisible(id, { sql: 'TRUE', params: {} });
    if (!call) throw notFound('The call');
    return call;
  }

  /** Calls both clusters run or fund that the actor may see (a partnership's joint calls). */
  async jointCalls(actor: Actor, clusterA: string, clusterB: string): Promise<CallEntity[]> {
    return this.calls.jointCalls(clusterA, clusterB, await this.policy.callVisibility(actor, 'c'));
  }

  /** A call the actor may see, or NOT_FOUND, exactly as for one that does not exist. */
  async get(actor: Actor, id: string): Promise<CallEntity> {
    const call = await this.calls.findVisible(id, await this.policy.callVisibility(actor, 'c'));
    if (!call) throw notFound('The call');
    return call;
  }

  async list(actor: Actor, filter: CallListFilter, first: number, after: unknown[] | null) {
    return this.calls.list(
      filter,
      await this.policy.callVisibility(actor, 'c'),
      new Date(),
      first,
      after,
    );
  }

  async create(actor: Actor, clusterId: string, values: CallDraftValues): Promise<CallEntity> {
    if (!(await this.calls.cluster(clusterId))) throw notFound('The cluster');
    await this.policy.assert(actor, 'call.manage', { clusterId });
    const facts = await this.policy.signedIn(actor);
    return this.transactions.run(async () => {
      const call = await this.calls.save({
        ...callColumnsOf(values),
        clusterId,
        createdById: facts.userId,
        status: 'DRAFT',
      });
      await this.audit.record(actor, {
        action: 'call.created',
        objectType: 'Call',
        objectId: call.id,
        clusterId,
        after: values,
      });
      return call;
    });
  }

  /** Edits a draft; once OPEN every change is refused (CONFLICT call.rulesFrozen on the field). */
  async update(actor: Actor, id: string, patch: CallPatch): Promise<CallEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'call.manage', { clusterId: visible.clusterId });
    return this.transactions.run(async () => {
      const call = await this.locked(id);
      const before = callValuesOf(call);
      const after = applyCallPatch(call.status, before, patch);
      const saved = await this.calls.save({ ...call, ...callColumnsOf(after) });
      await this.audit.record(actor, {
        action: 'call.updated',
        objectType: 'Call',
        objectId: id,
        clusterId: call.clusterId,
        before,
        after,
      });
      return saved;
    });
  }

  async addFunder(actor: Actor, callId: string, input: CallFunderValues): Promise<CallEntity> {
    const visible = await this.get(actor, callId);
    await this.policy.assert(actor, 'call.manage', { clusterId: visible.clusterId });
    const cluster = await this.calls.cluster(input.clusterId);
    if (!cluster) throw notFound('The cluster');
    await this.policy.assert(
      actor,
      'call.addFunder',
      {
        callClusterId: visible.clusterId,
        funderClusterId: input.clusterId,
        partnerClusterIds: await this.calls.activePartnerClusterIds([visible.clusterId]),
      },
      'clusterId',
    );
    if (input.funds === 'REGION' && !cluster.region)
      throw badInput(
        'funds',
        'This cluster has no region: it funds its members or its country.',
        errorKey('call.funderWithoutRegion'),
      );
    return this.transactions.run(async () => {
      const call = await this.locked(callId);
      assertDraft(call.status, 'funders');
      const added = await this.calls.addFunder({
        callId,
        clusterId: input.clusterId,
        budget: input.budget,
        currency: input.currency,
        funds: input.funds,
        maxPerProject: input.maxPerProject ?? null,
      });
      if (!added)
        throw conflict(
          'This cluster already funds the call.',
          errorKey('call.funderAlreadyAdded'),
          'clusterId',
        );
      await this.audit.record(actor, {
        action: 'call.funderAdded',
        objectType: 'Call',
        objectId: callId,
        clusterId: call.clusterId,
        after: input,
      });
      return call;
    });
  }

  async removeFunder(actor: Actor, callId: string, clusterId: string): Promise<CallEntity> {
    const visible = await this.get(actor, callId);
    await this.policy.assert(actor, 'call.manage', { clusterId: visible.clusterId });
    return this.transactions.run(async () => {
      const call = await this.locked(callId);
      assertDraft(call.status, 'funders');
      const funder = (await this.calls.funders(callId)).find((f) => f.clusterId === clusterId);
      if (!funder || !(await this.calls.removeFunder(callId, clusterId)))
        throw badInput(
          'clusterId',
          'This cluster does not fund the call.',
          errorKey('call.notAFunder'),
        );
      await this.audit.record(actor, {
        action: 'call.funderRemoved',
        objectType: 'Call',
        objectId: callId,
        clusterId: call.clusterId,
        before: {
          clusterId,
          budget: funder.budget,
          currency: funder.currency,
          funds: funder.funds,
        },
      });
      return call;
    });
  }

  /** DRAFT → OPEN: every field set, the deadline ahead; members of the funding clusters hear of it. */
  async open(actor: Actor, id: string): Promise<CallEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'call.manage', { clusterId: visible.clusterId });
    return this.transactions.run(async () => {
      const call = await this.locked(id);
      const now = new Date();
      const funders = await this.calls.funders(id);
      const status = transitionCall(call.status, 'open', { ...call, by: 'MANAGER', now });
      assertCallOpenable(callValuesOf(call), { now, funderCount: funders.length });
      const saved = await this.calls.save({ ...call, status, openedAt: now });
      await this.audit.record(actor, {
        action: 'call.opened',
        objectType: 'Call',
        objectId: id,
        clusterId: call.clusterId,
        before: { status: call.status },
        after: { status },
      });
      const cluster = await this.calls.cluster(call.clusterId);
      await this.notifications.notify(
        {
          type: 'call.opened',
          recipients: { clusterIds: funders.map((f) => f.clusterId) },
          subject: null,
          params: {
            call: call.titleEn ?? call.titleKo ?? call.programmeName,
            callKo: call.titleKo ?? call.titleEn ?? call.programmeName,
            cluster: cluster?.nameEn ?? '',
            clusterKo: cluster?.nameKo ?? '',
            deadline: call.closesAt && call.timeZone ? wallClock(call.closesAt, call.timeZone) : '',
          },
          path: `/calls/${id}`,
        },
        id,
      );
      return saved;
    });
  }

  /** The one change an OPEN call takes. Audited; the applicants (leads and accepted partners) are told. */
  async extendDeadline(actor: Actor, id: string, closesAt: Date): Promise<CallEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'call.manage', { clusterId: visible.clusterId });
    return this.transactions.run(async () => {
      const call = await this.locked(id);
      const next = extendCallDeadline(call, closesAt, new Date());
      const saved = await this.calls.save({ ...call, closesAt: next });
      await this.audit.record(actor, {
        action: 'call.deadlineExtended',
        objectType: 'Call',
        objectId: id,
        clusterId: call.clusterId,
        before: { closesAt: call.closesAt },
        after: { closesAt: next },
      });
      const applicants = await this.calls.applicantOrganizationIds(id);
      if (applicants.length)
        await this.notifications.notify(
          {
            type: 'application.deadlineExtended',
            recipients: { organizationIds: applicants },
            subject: null,
            params: {
              call: call.titleEn ?? call.titleKo ?? call.programmeName,
              callKo: call.titleKo ?? call.titleEn ?? call.programmeName,
              deadline: call.timeZone ? wallClock(next, call.timeZone) : next.toISOString(),
            },
            path: `/calls/${id}`,
          },
          `${id}:${next.toISOString()}`,
        );
      return saved;
    });
  }

  /** A manager closes a call nobody could apply to yet, or one past its deadline before the job does. */
  async close(actor: Actor, id: string): Promise<CallEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'call.manage', { clusterId: visible.clusterId });
    return this.transactions.run(async () =>
      this.closeLocked(actor, await this.locked(id), 'MANAGER', new Date()),
    );
  }

  /** The scheduled job: closes OPEN calls whose deadline passed (SKIP LOCKED: replicas never close one twice). */
  async closeDue(now: Date, batch = 100): Promise<string[]> {
    const closed: string[] = [];
    for (;;) {
      const { done, ids } = await this.transactions.run(async () => {
        const due = await this.calls.dueToClose(now, batch);
        const ids: string[] = [];
        for (const call of due) ids.push((await this.closeLocked(SYSTEM, call, 'SYSTEM', now)).id);
        return { done: due.length < batch, ids };
      });
      closed.push(...ids);
      if (done) return closed;
    }
  }

  private async closeLocked(
    actor: Actor,
    call: CallEntity,
    by: 'MANAGER' | 'SYSTEM',
    now: Date,
  ): Promise<CallEntity> {
    const status = transitionCall(call.status, 'close', { ...call, by, now });
    const saved = await this.calls.save({ ...call, status, closedAt: now });
    await this.audit.record(actor, {
      action: 'call.closed',
      objectType: 'Call',
      objectId: call.id,
      clusterId: call.clusterId,
      before: { status: call.status },
      after: { status, by },
    });
    return saved;
  }

  private async locked(id: string): Promise<CallEntity> {
    const call = await this.calls.findForUpdate(id);
    if (!call) throw notFound('The call');
    return call;
  }
}

/** Funders are part of the frozen rules: changed in a draft only. */
function assertDraft(status: CallStatus, field: string): void {
  if (status !== 'DRAFT')
    throw new DomainError(
      'CONFLICT',
      'The call is open: its rules are frozen. Only the deadline may be extended.',
      { field, key: errorKey('call.rulesFrozen') },
    );
}
