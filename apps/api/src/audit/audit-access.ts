import { Injectable } from '@nestjs/common';
import type { AuditFilter } from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import { Policy } from '../platform/policy/policy.service';

/**
 * Who may read which audit events, asked the same way by the page and the CSV export: the
 * caller must be allowed to list the scope they name, and every read is confined to the
 * policy's predicate, whatever else the filter says.
 */
@Injectable()
export class AuditAccess {
  constructor(private readonly policy: Policy) {}

  async visibility(
    actor: Actor,
    filter: AuditFilter,
  ): Promise<{ sql: string; params: Record<string, unknown> }> {
    await this.policy.assert(actor, 'audit.list', {
      clusterId: filter.clusterId ?? null,
      organizationId: filter.organizationId ?? null,
    });
    return this.policy.auditVisibility(actor, 'e');
  }
}
