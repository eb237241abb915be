import { Injectable } from '@nestjs/common';
import {
  DomainError,
  applyCapabilityPatch,
  audienceChange,
  capabilityDraftSchemaOf,
  notFound,
  parseInput,
  transitionCapability,
  type CapabilityPatch,
  errorKey,
} from '@spillover/domain';
import { OrganizationService } from '../organization/organization.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { CapabilityEntity } from './capability.entity';
import { CapabilityRepository } from './capability.repository';
import { columnsOf, valuesOf } from './capability-values';

/** Capabilities: drafts, publishing, archiving, republishing. */
@Injectable()
export class CapabilityService {
  constructor(
    private readonly capabilities: CapabilityRepository,
    private readonly organizationService: OrganizationService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
  ) {}

  async get(actor: Actor, id: string): Promise<CapabilityEntity> {
    const capability = await this.capabilities.findVisible(id, await this.policy.listingVisibility(actor, 'c', 'capability'));
    if (!capability) throw notFound('The capability');
    return capability;
  }

  async ofOrganization(actor: Actor, organizationId: string, first: number, after: unknown[] | null) {
    return this.capabilities.listOfOrganization(organizationId, await this.policy.listingVisibility(actor, 'c', 'capability'), first, after);
  }

  async create(actor: Actor, organizationId: string, input: unknown): Promise<CapabilityEntity> {
    await this.organizationService.get(organizationId);
    await this.policy.assert(actor, 'listing.draft', { organizationId });
    const facts = await this.policy.signedIn(actor);
    const values = parseInput(capabilityDraftSchemaOf(organizationId), input);
    await this.organizationService.assertExist(values.invitedOrganizationIds ?? [], 'invitedOrganizationIds');
    return this.transactions.run(async () => {
      const capability = await this.capabilities.save({ ...columnsOf(values), organizationId, createdById: facts.userId, status: 'DRAFT' });
      await this.capabilities.replaceInvitedOrganizations(capability.id, values.invitedOrganizationIds ?? []);
      await this.audit.record(actor, { action: 'capability.created', objectType: 'Capability', objectId: capability.id, organizationId, after: values });
      return capability;
    });
  }

  async update(actor: Actor, id: string, patch: CapabilityPatch): Promise<CapabilityEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'listing.draft', { organizationId: visible.organizationId });
    if (patch.invitedOrganizationIds) await this.organizationService.assertExist(patch.invitedOrganizationIds, 'invitedOrganizationIds');
    return this.transactions.run(async () => {
      const current = await this.locked(id);
      const before = valuesOf(current, await this.capabilities.invitedOrganizationIds(id));
      const after = applyCapabilityPatch(before, patch, { status: current.status, organizationId: current.organizationId });
      if (JSON.stringify(after) === JSON.stringify(before)) return current;
      const audience = audienceChange(before, after);
      if (audience) await this.policy.assert(actor, 'listing.changeAudience', { organizationId: current.organizationId, published: current.status !== 'DRAFT' }, audience);
      const saved = await this.capabilities.save({ ...current, ...columnsOf(after) });
      if (patch.invitedOrganizationIds !== undefined || after.visibility !== 'PRIVATE')
        await this.capabilities.replaceInvitedOrganizations(id, after.visibility === 'PRIVATE' ? (after.invitedOrganizationIds ?? []) : []);
      await this.audit.record(actor, { action: 'capability.updated', objectType: 'Capability', objectId: id, organizationId: current.organizationId, before, after });
      return saved;
    });
  }

  /** DRAFT → PUBLISHED, or ARCHIVED → PUBLISHED again; the values are checked either way. */
  async publish(actor: Actor, id: string): Promise<CapabilityEntity> {
    return this.transition(actor, id, (status) => (status === 'ARCHIVED' ? 'republish' : 'publish'));
  }

  async archive(actor: Actor, id: string): Promise<CapabilityEntity> {
    return this.transition(actor, id, () => 'archive');
  }

  /** A draft nobody saw is deleted rather than archived. */
  async deleteDraft(actor: Actor, id: string): Promise<string> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'listing.draft', { organizationId: visible.organizationId });
    return this.transactions.run(async () => {
      const current = await this.locked(id);
      if (current.status !== 'DRAFT')
        throw new DomainError('CONFLICT', 'Only a draft can be deleted; archive a published capability instead.', { field: 'status', key: errorKey('capability.deleteNotDraft') });
      await this.capabilities.delete(id);
      await this.audit.record(actor, { action: 'capability.deleted', objectType: 'Capability', objectId: id, organizationId: current.organizationId, before: { title: current.title, status: current.status } });
      return id;
    });
  }

  invitedOrganizationIds(id: string): Promise<string[]> {
    return this.capabilities.invitedOrganizationIds(id);
  }

  private async transition(actor: Actor, id: string, action: (status: CapabilityEntity['status']) => 'publish' | 'republish' | 'archive'): Promise<CapabilityEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'listing.publish', { organizationId: visible.organizationId });
    return this.transactions.run(async () => {
      const current = await this.locked(id);
      const chosen = action(current.status);
      const values = valuesOf(current, await this.capabilities.invitedOrganizationIds(id));
      const status = transitionCapability(current.status, chosen, { values });
      const now = new Date();
      const saved = await this.capabilities.save(
        { ...current, status, ...(status === 'PUBLISHED' ? { publishedAt: now, archivedAt: null } : { archivedAt: now }) },
      );
      await this.audit.record(actor, { action: `capability.${chosen === 'archive' ? 'archived' : 'published'}`, objectType: 'Capability', objectId: id, organizationId: current.organizationId, before: { status: current.status }, after: { status } });
      return saved;
    });
  }

  private async locked(id: string): Promise<CapabilityEntity> {
    const capability = await this.capabilities.findForUpdate(id);
    if (!capability) throw notFound('The capability');
    return capability;
  }
}
