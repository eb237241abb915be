import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrgRole } from '@spillover/domain';
import type { Actor, UserActor } from '../auth/actor';

/** What the policy needs to know about a signed-in actor, loaded once per request. */
export interface ActorFacts {
  userId: string;
  email: string;
  isAdmin: boolean;
  orgRoles: ReadonlyMap<string, OrgRole>;
  managedClusters: ReadonlySet<string>;
  /** How this request proved who it is: a browser session, or an API token (a script). */
  authenticatedBy: UserActor['via']['kind'];
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
      facts = this.query(actor.userId, actor.isAdmin, actor.via.kind);
      this.cache.set(actor, facts);
    }
    return facts;
  }

  /** Forget cached facts after the request itself changed them (e.g. joined an organization). */
  forget(actor: Actor): void {
    this.cache.delete(actor);
  }

  /**
   * The signed-in user and the policy's facts about them, in one statement (the request
   * would ask for both): the actor for this request, with its facts remembered.
   */
  async signIn(
    userId: string,
    requestId: string,
    via: UserActor['via'],
  ): Promise<UserActor | null> {
    const row = await this.row(userId);
    return row ? this.signedIn(userId, row, requestId, via) : null;
  }

  /** The actor for a user whose facts were read with `factsColumns` alongside something else (the session). */
  signedIn(userId: string, row: FactsRow, requestId: string, via: UserActor['via']): UserActor {
    const isAdmin = row.roles.includes('ADMIN');
    const actor: UserActor = { kind: 'user', userId, isAdmin, requestId, via };
    this.cache.set(actor, Promise.resolve(toFacts(userId, isAdmin, via.kind, row)));
    return actor;
  }

  private async query(
    userId: string,
    isAdmin: boolean,
    via: UserActor['via']['kind'],
  ): Promise<ActorFacts | null> {
    const row = await this.row(userId);
    return row ? toFacts(userId, isAdmin, via, row) : null;
  }

  private async row(userId: string): Promise<FactsRow | null> {
    const rows: FactsRow[] = await this.dataSource.query(
      `SELECT ${factsColumns('u')} FROM user_account u WHERE u.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }
}

/** What `factsColumns` reads. */
export interface FactsRow {
  email: string;
  roles: string[];
  org_roles: [string, OrgRole][] | null;
  clusters: string[] | null;
}

/**
 * The policy's facts about the user of alias `u`, as columns of a statement: read in the
 * same round trip as whatever identifies the user (the session), since every signed-in
 * request needs both.
 */
export const factsColumns = (u: string): string => `${u}.email, ${u}.roles,
  (SELECT json_agg(json_build_array(m.organization_id, m.role)) FROM membership m WHERE m.user_id = ${u}.id) AS org_roles,
  (SELECT array_agg(cm.cluster_id) FROM cluster_manager cm WHERE cm.user_id = ${u}.id) AS clusters`;

const toFacts = (
  userId: string,
  isAdmin: boolean,
  via: UserActor['via']['kind'],
  row: FactsRow,
): ActorFacts => ({
  userId,
  email: row.email,
  isAdmin,
  authenticatedBy: via,
  orgRoles: new Map(row.org_roles ?? []),
  managedClusters: new Set(row.clusters ?? []),
});
