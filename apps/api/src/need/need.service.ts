import { Injectable } from '@nestjs/common';
import {
  DomainError,
  assertAcceptsCurrentNda,
  assertNdaChangeable,
  badInput,
  canSeeConfidential,
  confidentialAccess,
  isExpired,
  ndaTermsChange,
  transitionNeed,
  type ConfidentialAccess,
  type NdaAcceptanceInput,
  type NdaTermsInput,
  type NeedDraftValues,
  type NeedPatch,
  errorKey,
} from '@spillover/domain';
import { LISTING_KIND_CONFIG } from '../listing/listing-kind';
import { ListingLifecycle } from '../listing/listing-lifecycle';
import { OrganizationRepository } from '../organization/organization.repository';
import { OrganizationService } from '../organization/organization.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { NotificationService } from '../notification/notification.service';
import { Policy } from '../platform/policy/policy.service';
import type { NdaAcceptanceEntity } from './nda-acceptance.entity';
import type { TechnologyNeedEntity } from './need.entity';
import { NeedRepository } from './need.repository';
import { needRules } from './need-values';

/**
 * Technology needs: drafts, publishing, closing, expiry, NDA terms and their acceptance. Loading,
 * drafting, patching, invitations and deleting drafts are ListingLifecycle's; the state machine,
 * close reasons and the NDA are the need's.
 */
@Injectable()
export class NeedService extends ListingLifecycle<
  TechnologyNeedEntity,
  NeedDraftValues,
  NeedPatch
> {
  constructor(
    private readonly needs: NeedRepository,
    private readonly organizations: OrganizationRepository,
    organizationService: OrganizationService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifications: NotificationService,
  ) {
    super(
      needs,
      LISTING_KIND_CONFIG.NEED,
      { organizationService, transactions, audit, policy },
      needRules,
    );
  }

  publish(actor: Actor, id: string): Promise<TechnologyNeedEntity> {
    return this.transition(actor, id, async (current, values) => {
      const now = new Date();
      const { status } = transitionNeed(current.status, 'publish', { now, values: await values() });
      return { columns: { status, publishedAt: now }, action: 'need.published', after: { status } };
    });
  }

  close(actor: Actor, id: string, reason: string): Promise<TechnologyNeedEntity> {
    return this.transition(actor, id, (current) => {
      const { status, closeReason } = transitionNeed(current.status, 'close', {
        now: new Date(),
        reason,
      });
      return {
        columns: { status, closeReason, closedAt: new Date() },
        action: 'need.closed',
        after: { status, closeReason },
      };
    });
  }

  /**
   * A collaboration that came from this need was marked SOLVED: the need closes as SOLVED by
   * the need's own transition. The collaboration's parties decided that (policy
   * 'collaboration.complete'), so no listing permission is asked here. Joins the caller's
   * transaction (lock order: the collaboration row first, then this need); a need that is no
   * longer OPEN stays as it is. Closing rewrites the need's search document, whose trigger
   * asks for the match refresh, as any close does.
   */
  async closeAsSolved(actor: Actor, id: string, collaborationId: string): Promise<boolean> {
    return this.transactions.run(async () => {
      const need = await this.needs.findForUpdate(id);
      if (!need || need.status !== 'OPEN') return false;
      const now = new Date();
      const { status, closeReason } = transitionNeed(need.status, 'close', {
        now,
        reason: 'SOLVED',
      });
      await this.needs.save({ ...need, status, closeReason, closedAt: now });
      await this.audit.record(actor, {
        action: 'need.closed',
        objectType: 'TechnologyNeed',
        objectId: id,
        organizationId: need.organizationId,
        before: { status: need.status },
        after: { status, closeReason, collaborationId },
      });
      return true;
    });
  }

  async setNdaTerms(actor: Actor, id: string, input: NdaTermsInput): Promise<TechnologyNeedEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'listing.publish', { organizationId: visible.organizationId });
    return this.transactions.run(async () => {
      const need = await this.locked(id);
      assertNdaChangeable(need.status, 'set');
      const current =
        need.ndaText !== null && need.ndaVersion !== null
          ? { text: need.ndaText, version: need.ndaVersion }
          : null;
      const { terms, change } = ndaTermsChange(input, {
        current,
        usedVersions: await this.needs.usedNdaVersions(id),
      });
      if (change === 'UNCHANGED') return need;
      const saved = await this.needs.save({
        ...need,
        ndaText: terms.text,
        ndaVersion: terms.version,
      });
      await this.audit.record(actor, {
        action: 'need.ndaTermsSet',
        objectType: 'TechnologyNeed',
        objectId: id,
        organizationId: need.organizationId,
        before: current ? { version: current.version } : null,
        after: { version: terms.version },
      });
      return saved;
    });
  }

  /** An ORG_ADMIN accepts the current NDA version for one of their organizations; recorded and audited. */
  async acceptNda(actor: Actor, input: NdaAcceptanceInput): Promise<NdaAcceptanceEntity> {
    const need = await this.get(actor, input.needId);
    await this.policy.assert(actor, 'nda.accept', { organizationId: input.organizationId });
    if (input.organizationId === need.organizationId)
      throw badInput(
        'organizationId',
        'Your organization owns this need and already sees its confidential details.',
        errorKey('nda.ownNeed'),
      );
    assertNdaChangeable(need.status, 'accept');
    assertAcceptsCurrentNda(need.ndaVersion, input.version);
    const facts = await this.policy.signedIn(actor);
    return this.transactions.run(async () => {
      const locked = await this.locked(need.id);
      // Re-checked under the lock: the owner may have changed the terms meanwhile.
      assertAcceptsCurrentNda(locked.ndaVersion, input.version);
      const inserted = await this.needs.insertAcceptance({
        needId: need.id,
        organizationId: input.organizationId,
        version: locked.ndaVersion ?? input.version.trim(),
        text: locked.ndaText ?? '',
        acceptedById: facts.userId,
      });
      if (!inserted)
        throw new DomainError(
          'CONFLICT',
          `Your organization already accepted version ${input.version} of these terms.`,
          {
            field: 'version',
            key: errorKey('nda.alreadyAccepted'),
            params: { version: input.version },
          },
        );
      // One event that both organizations read: the owner (who accepted) and the accepter (what it agreed to).
      await this.audit.record(actor, {
        action: 'nda.accepted',
        objectType: 'TechnologyNeed',
        objectId: need.id,
        organizationId: need.organizationId,
        counterpartOrganizationId: input.organizationId,
        after: { acceptingOrganizationId: input.organizationId, version: inserted.version },
      });
      const accepter = await this.organizations.findById(input.organizationId);
      await this.notifications.notify(
        {
          type: 'need.ndaAccepted',
          recipients: { organizationIds: [need.organizationId] },
          subject: { kind: 'NEED', id: need.id },
          params: { organization: accepter?.name ?? '', need: need.title },
          path: `/needs/${need.id}`,
        },
        `${need.id}:${input.organizationId}:${inserted.version}`,
      );
      return inserted;
    });
  }

  /** The acceptances of the viewer's own organizations, so a page can say which accepted. */
  async viewerAcceptances(actor: Actor, needId: string): Promise<NdaAcceptanceEntity[]> {
    const facts = await this.policy.factsOf(actor);
    if (!facts || facts.orgRoles.size === 0) return [];
    return this.needs.acceptancesBy(needId, [...facts.orgRoles.keys()]);
  }

  /** What this viewer may read of the confidential details, and why. */
  async confidentialAccessOf(
    actor: Actor,
    need: { id: string; organizationId: string; ndaVersion: string | null },
  ): Promise<ConfidentialAccess> {
    const facts = await this.policy.factsOf(actor);
    const viewerOrganizationIds = facts ? [...facts.orgRoles.keys()] : [];
    return confidentialAccess({
      viewerOrganizationIds,
      ownerOrganizationId: need.organizationId,
      ndaVersion: need.ndaVersion,
      acceptedVersionsByViewerOrgs: await this.needs.acceptedVersions(
        need.id,
        viewerOrganizationIds,
      ),
    });
  }

  async confidentialDetailsFor(
    actor: Actor,
    need: { id: string; organizationId: string; ndaVersion: string | null; confidential: string },
  ): Promise<string | null> {
    return canSeeConfidential(await this.confidentialAccessOf(actor, need))
      ? need.confidential
      : null;
  }

  acceptances(id: string): Promise<NdaAcceptanceEntity[]> {
    return this.needs.acceptancesOf(id);
  }

  /**
   * The scheduled job's work: close OPEN needs whose deadline passed as EXPIRED, each by the
   * domain's transition, in batches locked with SKIP LOCKED so replicas never expire one twice.
   */
  async expireDue(now: Date, batch = 200): Promise<string[]> {
    const system: Actor = { kind: 'anonymous', requestId: 'need-expiry' };
    const expired: string[] = [];
    for (;;) {
      const { done, batchExpired } = await this.transactions.run(async () => {
        // Collected per attempt: a retried batch must not report a need twice.
        const batchExpired: string[] = [];
        const due = await this.needs.expiredOpenNeeds(now, batch);
        for (const need of due) {
          if (!isExpired(need, now)) continue;
          const { status, closeReason } = transitionNeed(need.status, 'expire', {
            now,
            values: { title: need.title, responseDeadline: need.responseDeadline },
          });
          await this.needs.save({ ...need, status, closeReason, closedAt: now });
          await this.audit.record(system, {
            action: 'need.expired',
            objectType: 'TechnologyNeed',
            objectId: need.id,
            organizationId: need.organizationId,
            before: { status: 'OPEN' },
            after: { status, closeReason },
          });
          batchExpired.push(need.id);
        }
        return { done: due.length < batch, batchExpired };
      });
      expired.push(...batchExpired);
      if (done) return expired;
    }
  }
}
