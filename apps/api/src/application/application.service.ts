import { Injectable } from '@nestjs/common';
import {
  answerInvitation,
  assertTakesApplications,
  badInput,
  conflict,
  consortiumOfApplication,
  DomainError,
  errorKey,
  notFound,
  transitionApplication,
  type ApplicationDraftValues,
  type ApplicationStatus,
  type AuditAction,
  type EligibilityFailure,
} from '@spillover/domain';
import { CallEligibilityService } from '../call/call-eligibility.service';
import type { CallEntity } from '../call/call.entity';
import { CallService } from '../call/call.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { ApplicationSubject } from '../platform/policy/rules';
import type { ApplicationPartnerEntity } from './application-partner.entity';
import type { ApplicationEntity } from './application.entity';
import { ApplicationNotifier } from './application-notifier';
import { ApplicationRepository, type InvitationRow } from './application.repository';

export interface PartnerValues {
  organizationId: string;
  requestedBudget: number;
  ownContribution: number;
}

/**
 * Applications (신청): drafted by the lead's members, partners invited and answering, submit
 * and withdraw against the server's clock, eligibility decided at close and overridden by
 * the funders' managers. Every refusal happens inside the transaction: nothing changes.
 */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly callService: CallService,
    private readonly eligibility: CallEligibilityService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifier: ApplicationNotifier,
  ) {}

  /** An application the actor may read, or NOT_FOUND exactly as for one that does not exist. */
  async get(actor: Actor, id: string): Promise<ApplicationEntity> {
    const found = await this.applications.findVisible(
      id,
      await this.policy.applicationVisibility(actor, 'a'),
    );
    if (!found) throw notFound('The application');
    return found;
  }

  async listForCall(actor: Actor, callId: string): Promise<ApplicationEntity[]> {
    const call = await this.callService.get(actor, callId);
    return this.applications.listForCall(
      call.id,
      await this.policy.applicationVisibility(actor, 'a'),
    );
  }

  /** Invitations to an organization, for its members (withdrawn applications drop out). */
  async invitations(actor: Actor, organizationId: string): Promise<InvitationRow[]> {
    await this.policy.assert(
      actor,
      'organization.viewMembers',
      { organizationId },
      'organizationId',
    );
    return this.applications.invitationsOf([organizationId]);
  }

  partners(applicationId: string): Promise<ApplicationPartnerEntity[]> {
    return this.applications.partners([applicationId]);
  }

  async subjectOf(application: ApplicationEntity): Promise<ApplicationSubject> {
    const partners = await this.applications.partners([application.id]);
    return {
      leadOrganizationId: application.leadOrganizationId,
      acceptedPartnerIds: partners
        .filter((p) => p.status === 'ACCEPTED')
        .map((p) => p.organizationId),
      fundingClusterIds: await this.applications.fundingClusterIds(application.callId),
      status: application.status,
    };
  }

  async create(
    actor: Actor,
    callId: string,
    leadOrganizationId: string,
    values: ApplicationDraftValues,
  ): Promise<ApplicationEntity> {
    const call = await this.callService.get(actor, callId);
    await this.policy.assert(
      actor,
      'application.draft',
      { organizationId: leadOrganizationId },
      'leadOrganizationId',
    );
    assertTakesApplications(call, new Date());
    await this.assertLinks(leadOrganizationId, values);
    return this.transactions.run(async () => {
      const saved = await this.applications.save({
        callId: call.id,
        leadOrganizationId,
        status: 'DRAFT',
        ...this.columnsOf(values),
        createdById: actor.kind === 'user' ? actor.userId : null,
      });
      await this.record(actor, saved, 'application.created', null, values);
      return saved;
    });
  }

  async update(
    actor: Actor,
    id: string,
    values: ApplicationDraftValues,
  ): Promise<ApplicationEntity> {
    const visible = await this.editable(actor, id);
    await this.assertLinks(visible.leadOrganizationId, values);
    return this.transactions.run(async () => {
      const application = await this.lockedDraft(id);
      const saved = await this.applications.save({ ...application, ...this.columnsOf(values) });
      await this.record(actor, saved, 'application.updated', this.columnsOf(application), values);
      return saved;
    });
  }

  async invitePartner(
    actor: Actor,
    id: string,
    partner: PartnerValues,
  ): Promise<ApplicationEntity> {
    const visible = await this.editable(actor, id);
    if (partner.organizationId === visible.leadOrganizationId)
      throw badInput(
        'organizationId',
        'The lead organization is not its own partner; invite another organization.',
        errorKey('application.partnerIsLead'),
      );
    const names = await this.applications.organizationNames([partner.organizationId]);
    if (!names.has(partner.organizationId))
      throw badInput(
        'organizationId',
        'There is no such organization.',
        errorKey('call.unknownOrganization'),
      );
    return this.transactions.run(async () => {
      const application = await this.lockedDraft(id);
      const added = await this.applications.addPartner({
        applicationId: id,
        organizationId: partner.organizationId,
        status: 'INVITED',
        requestedBudget: partner.requestedBudget,
        ownContribution: partner.ownContribution,
      });
      if (!added)
        throw conflict(
          'This organization is already invited to the application.',
          errorKey('application.partnerAlreadyInvited'),
          'organizationId',
        );
      await this.record(actor, application, 'application.partnerInvited', null, partner);
      await this.notifier.partnerInvited(application, partner.organizationId);
      return application;
    });
  }

  /**
   * The lead changes an invited or accepted partner's requested budget and own contribution
   * (drafts only). The partner's answer stands: it accepted joining, and reads the new
   * figures on the application.
   */
  async updatePartnerBudget(
    actor: Actor,
    id: string,
    partner: PartnerValues,
  ): Promise<ApplicationEntity> {
    await this.editable(actor, id);
    return this.transactions.run(async () => {
      const application = await this.lockedDraft(id);
      const current = (await this.applications.partners([id])).find(
        (p) => p.organizationId === partner.organizationId,
      );
      if (!current) throw notFound('The partner');
      await this.applications.savePartner({
        ...current,
        requestedBudget: partner.requestedBudget,
        ownContribution: partner.ownContribution,
      });
      await this.record(
        actor,
        application,
        'application.partnerBudgetChanged',
        {
          organizationId: current.organizationId,
          requestedBudget: current.requestedBudget,
          ownContribution: current.ownContribution,
        },
        partner,
        { counterpartOrganizationId: partner.organizationId },
      );
      return application;
    });
  }

  async removePartner(
    actor: Actor,
    id: string,
    organizationId: string,
  ): Promise<ApplicationEntity> {
    await this.editable(actor, id);
    return this.transactions.run(async () => {
      const application = await this.lockedDraft(id);
      if (!(await this.applications.removePartner(id, organizationId)))
        throw notFound('The partner');
      await this.record(actor, application, 'application.partnerRemoved', { organizationId }, null);
      return application;
    });
  }

  /** The invited organization's ORG_ADMIN accepts or declines, once, while the application is a draft. */
  async answer(
    actor: Actor,
    id: string,
    organizationId: string,
    accept: boolean,
  ): Promise<ApplicationPartnerEntity> {
    await this.policy.assert(actor, 'application.answer', { organizationId }, 'organizationId');
    return this.transactions.run(async () => {
      const application = await this.applications.findForUpdate(id);
      const partner = application
        ? (await this.applications.partners([id])).find((p) => p.organizationId === organizationId)
        : undefined;
      if (!application || !partner) throw notFound('The invitation');
      assertDraft(application.status);
      const status = answerInvitation(partner.status, accept ? 'accept' : 'decline');
      const saved = await this.applications.savePartner({
        ...partner,
        status,
        answeredAt: new Date(),
      });
      await this.record(
        actor,
        application,
        'application.partnerAnswered',
        { organizationId, status: partner.status },
        { organizationId, status },
        { counterpartOrganizationId: organizationId },
      );
      await this.notifier.partnerAnswered(application, organizationId, status);
      return saved;
    });
  }

  /** The rules' answer for the application's consortium now (accepted partners only). */
  async liveEligibility(application: ApplicationEntity): Promise<EligibilityFailure[]> {
    const call = await this.callService.byId(application.callId);
    return this.failuresOf(call, application, await this.applications.partners([application.id]));
  }

  /** Re-checks eligibility and the deadline against the server's clock, under the application's lock. */
  async submit(actor: Actor, id: string): Promise<ApplicationEntity> {
    await this.editable(actor, id);
    return this.transactions.run(async () => {
      const application = await this.locked(id);
      const call = await this.callService.byId(application.callId);
      const now = new Date();
      const failures = await this.failuresOf(
        call,
        application,
        await this.applications.partners([id]),
      );
      const status = transitionApplication(application.status, 'submit', { now, call, failures });
      const saved = await this.applications.save({
        ...application,
        status,
        submittedAt: now,
        failedRules: [],
      });
      await this.record(
        actor,
        saved,
        'application.submitted',
        { status: application.status },
        { status },
      );
      return saved;
    });
  }

  async withdraw(actor: Actor, id: string): Promise<ApplicationEntity> {
    await this.editable(actor, id);
    return this.transactions.run(async () => {
      const application = await this.locked(id);
      const call = await this.callService.byId(application.callId);
      const status = transitionApplication(application.status, 'withdraw', {
        now: new Date(),
        call,
      });
      const saved = await this.applications.save({ ...application, status });
      await this.record(
        actor,
        saved,
        'application.withdrawn',
        { status: application.status },
        { status },
      );
      return saved;
    });
  }

  /** A funder's manager overrides the decision at close, with a written reason the applicants read. */
  async override(
    actor: Actor,
    id: string,
    decision: 'ELIGIBLE' | 'INELIGIBLE',
    reason: string,
  ): Promise<ApplicationEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(
      actor,
      'application.override',
      await this.subjectOf(visible),
      'decision',
    );
    return this.transactions.run(async () => {
      const application = await this.locked(id);
      const call = await this.callService.byId(application.callId);
      const status = transitionApplication(application.status, 'overrideEligibility', {
        now: new Date(),
        call,
        override: { decision, reason },
      });
      const saved = await this.applications.save({
        ...application,
        status,
        overrideReason: reason.trim(),
        decidedAt: new Date(),
      });
      await this.record(
        actor,
        saved,
        'application.eligibilityOverridden',
        { status: application.status },
        { status, reason: reason.trim() },
        { clusterId: call.clusterId },
      );
      await this.notifier.eligibilityDecided(saved, call, reason.trim());
      return saved;
    });
  }

  /**
   * The scheduled job's work: every SUBMITTED application of a closed call becomes ELIGIBLE
   * or INELIGIBLE with its failed rules (SKIP LOCKED: replicas never decide one twice).
   */
  async decideDue(actor: Actor, now: Date, batch = 50): Promise<string[]> {
    const decided: string[] = [];
    for (;;) {
      const { done, ids } = await this.transactions.run(async () => {
        const due = await this.applications.dueForDecision(batch);
        const partners = await this.applications.partners(due.map((a) => a.id));
        const ids: string[] = [];
        for (const application of due) {
          const call = await this.callService.byId(application.callId);
          const failures = await this.failuresOf(
            call,
            application,
            partners.filter((p) => p.applicationId === application.id),
          );
          const status = transitionApplication(application.status, 'decideEligibility', {
            now,
            call,
            failures,
          });
          const saved = await this.applications.save({
            ...application,
            status,
            failedRules: failures,
            decidedAt: now,
          });
          await this.record(
            actor,
            saved,
            'application.eligibilityDecided',
            { status: application.status },
            {
              status,
              failedRules: failures.map((f) => f.rule),
            },
            { clusterId: call.clusterId },
          );
          await this.notifier.eligibilityDecided(saved, call, '');
          ids.push(saved.id);
        }
        return { done: due.length < batch, ids };
      });
      decided.push(...ids);
      if (done) return decided;
    }
  }

  private failuresOf(
    call: CallEntity,
    application: ApplicationEntity,
    partners: readonly ApplicationPartnerEntity[],
  ): Promise<EligibilityFailure[]> {
    return this.eligibility.evaluate(call, consortiumOfApplication({ ...application, partners }));
  }

  private async editable(actor: Actor, id: string): Promise<ApplicationEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'application.edit', await this.subjectOf(visible));
    return visible;
  }

  private async locked(id: string): Promise<ApplicationEntity> {
    const application = await this.applications.findForUpdate(id);
    if (!application) throw notFound('The application');
    return application;
  }

  private async lockedDraft(id: string): Promise<ApplicationEntity> {
    const application = await this.locked(id);
    assertDraft(application.status);
    return application;
  }

  /** Linked needs are the lead's own; linked collaborations are ones the lead is part of (else NOT_FOUND). */
  private async assertLinks(
    leadOrganizationId: string,
    values: ApplicationDraftValues,
  ): Promise<void> {
    const needs = await this.applications.needsOf(leadOrganizationId, values.linkedNeedIds);
    const needIndex = values.linkedNeedIds.findIndex((id) => !needs.has(id));
    if (needIndex >= 0)
      throw badInput(
        `linkedNeedIds.${needIndex}`,
        'Link needs of the lead organization only.',
        errorKey('application.unknownNeed'),
      );
    const collaborations = await this.applications.collaborationsOf(
      leadOrganizationId,
      values.linkedCollaborationIds,
    );
    const collaborationIndex = values.linkedCollaborationIds.findIndex(
      (id) => !collaborations.has(id),
    );
    // Another organization's collaboration is not the caller's to see: NOT_FOUND, as for one
    // that does not exist, on the position that named it.
    if (collaborationIndex >= 0)
      throw new DomainError(
        'NOT_FOUND',
        'The linked collaboration was not found among the lead organization’s collaborations.',
        {
          field: `linkedCollaborationIds.${collaborationIndex}`,
          key: errorKey('application.unknownCollaboration'),
        },
      );
  }

  private columnsOf(values: ApplicationDraftValues) {
    return {
      title: values.title,
      abstract: values.abstract,
      workPlanSummary: values.workPlanSummary,
      durationMonths: values.durationMonths ?? null,
      leadRequestedBudget: values.leadRequestedBudget,
      leadOwnContribution: values.leadOwnContribution,
      linkedNeedIds: [...new Set(values.linkedNeedIds)],
      linkedCollaborationIds: [...new Set(values.linkedCollaborationIds)],
    };
  }

  private async record(
    actor: Actor,
    application: ApplicationEntity,
    action: AuditAction,
    before: object | null,
    after: object | null,
    extra: { counterpartOrganizationId?: string; clusterId?: string } = {},
  ): Promise<void> {
    await this.audit.record(actor, {
      action,
      objectType: 'Application',
      objectId: application.id,
      organizationId: application.leadOrganizationId,
      ...extra,
      before,
      after,
    });
  }
}

/** A submitted application is read-only: its consortium and texts change only as a draft. */
function assertDraft(status: ApplicationStatus): void {
  if (status !== 'DRAFT')
    throw conflict(
      `This application is ${status}: only a draft changes.`,
      errorKey('application.readOnly'),
      'status',
    );
}
