import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditObjectType } from '@spillover/domain';
import type { Actor } from '../auth/actor';
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
  before?: object | null;
  after?: object | null;
}

// Secrets never enter the audit trail, whatever object is snapshotted.
const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'password']);

function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (SECRET_KEYS.has(key) ? undefined : inner))) as Record<string, unknown>;
}

/** Writes an AuditEvent in the same transaction as the change it records. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEventEntity, {
      actorId: record.actorId !== undefined ? record.actorId : actor.kind === 'user' ? actor.userId : null,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      organizationId: record.organizationId ?? null,
      clusterId: record.clusterId ?? null,
      // jsonb columns take any JSON value; TypeORM's deep-partial type cannot express that.
      before: snapshot(record.before) as object,
      after: snapshot(record.after) as object,
      requestId: actor.requestId || null,
    });
  }
}
