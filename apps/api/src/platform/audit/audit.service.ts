import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import type { AuditAction, AuditObjectType } from '@spillover/domain';
import type { Actor } from '../auth/actor';
import { Transactions } from '../database/transactions';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  /** One of the domain's AUDIT_ACTIONS, each labelled in English and Korean. */
  action: AuditAction;
  /** When the actor is not the request's (a sign-up acts as the account it creates). */
  actorId?: string | null;
  objectType: AuditObjectType;
  objectId: string;
  organizationId?: string | null;
  clusterId?: string | null;
  /** A second organization the change concerns, when one change concerns two (one event, not two). */
  counterpartOrganizationId?: string | null;
  /** A second cluster the change concerns (a partnership's other side). */
  counterpartClusterId?: string | null;
  before?: object | null;
  after?: object | null;
}

// Secrets never enter the audit trail, whatever object is snapshotted.
const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'password']);

function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (SECRET_KEYS.has(key) ? undefined : inner)),
  ) as Record<string, unknown>;
}

/**
 * Writes an AuditEvent in the same transaction as the change it records (the ambient one).
 * One state change, one event: an update whose before and after are the same (a language
 * "switched" to the one already chosen, a form saved unchanged) changed nothing and is not
 * recorded, whichever use case asks.
 */
@Injectable()
export class AuditService {
  constructor(private readonly transactions: Transactions) {}

  async record(actor: Actor, record: AuditRecord): Promise<void> {
    const before = snapshot(record.before);
    const after = snapshot(record.after);
    if (before !== null && after !== null && isDeepStrictEqual(before, after)) return;
    await this.transactions.manager.insert(AuditEventEntity, {
      actorId:
        record.actorId !== undefined ? record.actorId : actor.kind === 'user' ? actor.userId : null,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      organizationId: record.organizationId ?? null,
      clusterId: record.clusterId ?? null,
      counterpartOrganizationId: record.counterpartOrganizationId ?? null,
      counterpartClusterId: record.counterpartClusterId ?? null,
      // jsonb columns take any JSON value; TypeORM's deep-partial type cannot express that.
      before: before as object,
      after: after as object,
      requestId: actor.requestId || null,
    });
  }
}
