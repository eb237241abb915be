import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrgRole } from '@spillover/domain';
import type { Actor } from '../auth/actor';

/** What the policy needs to know about a signed-in actor, loaded once per request. */
export interface ActorFacts {
  userId: string;
  email: string;
  isAdmin: boolean;
  orgRoles: ReadonlyMap<string, OrgRole>;
  managedClusters: ReadonlySet<string>;
}

@Injectable()
export class ActorFactsLoader {
  // Keyed by the request's actor object, so facts never outlive their request.
  private readonly cache = new WeakMap<Actor, Promise<ActorFacts | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  load(actor: Actor): Promise<ActorFacts | null> {
    if (actor.kind === 'anonymous') return Promise.resolve(null);
    let facts = this.cache.get(actor);
    if (!facts) {
      facts = this.query(actor.userId, actor.isAdmin);
      this.cache.set(actor, facts);
    }
    return facts;
  }

  /** Forget cached facts after the request itself changed them (e.g. joined an organization). */
  forget(actor: Actor): void {
    this.cache.delete(actor);
  }

  private async query(userId: string, isAdmin: boolean): Promise<ActorFacts | null> {
    const rows: { email: string; org_roles: [string, OrgRole][] | null; clusters: string[] | null }[] = await this.dataSource.query(
      `SELECT u.email,
              (SELECT json_agg(json_build_array(m.organization_id, m.role)) FROM membership m WHERE m.user_id = u.id) AS org_roles,
              (SELECT array_agg(cm.cluster_id) FROM cluster_manager cm WHERE cm.user_id = u.id) AS clusters
         FROM user_account u WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId,
      email: row.email,
      isAdmin,
      orgRoles: new Map(row.org_roles ?? []),
      managedClusters: new Set(row.clusters ?? []),
    };
  }
}
