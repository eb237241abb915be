import { Injectable } from '@nestjs/common';
import {
  transitionCapability,
  type CapabilityDraftValues,
  type CapabilityPatch,
} from '@spillover/domain';
import { LISTING_KIND_CONFIG } from '../listing/listing-kind';
import { ListingLifecycle } from '../listing/listing-lifecycle';
import { OrganizationService } from '../organization/organization.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { CapabilityEntity } from './capability.entity';
import { CapabilityRepository } from './capability.repository';
import { capabilityRules } from './capability-values';

/**
 * Capabilities: drafts, publishing, archiving, republishing. Loading, drafting, patching,
 * invitations and deleting drafts are ListingLifecycle's; the state machine is the capability's.
 */
@Injectable()
export class CapabilityService extends ListingLifecycle<
  CapabilityEntity,
  CapabilityDraftValues,
  CapabilityPatch
> {
  constructor(
    capabilities: CapabilityRepository,
    organizationService: OrganizationService,
    transactions: Transactions,
    audit: AuditService,
    policy: Policy,
  ) {
    super(
      capabilities,
      LISTING_KIND_CONFIG.CAPABILITY,
      {
        organizationService,
        transactions,
        audit,
        policy,
      },
      capabilityRules,
    );
  }

  /** DRAFT → PUBLISHED, or ARCHIVED → PUBLISHED again; the values are checked either way. */
  publish(actor: Actor, id: string): Promise<CapabilityEntity> {
    return this.move(actor, id, (status) => (status === 'ARCHIVED' ? 'republish' : 'publish'));
  }

  archive(actor: Actor, id: string): Promise<CapabilityEntity> {
    return this.move(actor, id, () => 'archive');
  }

  private move(
    actor: Actor,
    id: string,
    action: (status: CapabilityEntity['status']) => 'publish' | 'republish' | 'archive',
  ): Promise<CapabilityEntity> {
    return this.transition(actor, id, async (current, values) => {
      const chosen = action(current.status);
      const status = transitionCapability(current.status, chosen, { values: await values() });
      const now = new Date();
      return {
        columns: {
          status,
          ...(status === 'PUBLISHED'
            ? { publishedAt: now, archivedAt: null }
            : { archivedAt: now }),
        },
        action: chosen === 'archive' ? 'capability.archived' : 'capability.published',
        after: { status },
      };
    });
  }
}
