import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';
import { CallEntity } from '../call/call.entity';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import { ApplicationPartnerEntity } from './application-partner.entity';
import { ApplicationEntity } from './application.entity';

/** An invitation as the invited organization reads it: only what it needs to answer. */
export interface InvitationRow {
  applicationId: string;
  organizationId: string;
  status: ApplicationPartnerEntity['status'];
  requestedBudget: number;
  ownContribution: number;
  invitedAt: Date;
  title: string;
  leadOrganizationId: string;
  callId: string;
  applicationStatus: ApplicationEntity['status'];
}

/** The only place that builds SQL for applications and their partners. */
@Injectable()
export class ApplicationRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  findVisible(id: string, visibility: SqlPredicate): Promise<ApplicationEntity | null> {
    return this.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere(visibility.sql, visibility.params)
      .getOne();
  }

  findById(id: string): Promise<ApplicationEntity | null> {
    return this.manager.getRepository(ApplicationEntity).findOneBy({ id });
  }

  /** Locks the application: partners change, and it changes state, under this lock. */
  findForUpdate(id: string): Promise<ApplicationEntity | null> {
    return this.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  save(values: Partial<ApplicationEntity>): Promise<ApplicationEntity> {
    const repo = this.manager.getRepository(ApplicationEntity);
    return repo.save(repo.create(values));
  }

  /** Applications of a call the caller may read, newest first. Index application_call_status_idx. */
  listForCall(callId: string, visibility: SqlPredicate): Promise<ApplicationEntity[]> {
    return this.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.call_id = :callId', { callId })
      .andWhere(visibility.sql, visibility.params)
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .limit(500)
      .getMany();
  }

  partners(applicationIds: readonly string[]): Promise<ApplicationPartnerEntity[]> {
    if (!applicationIds.length) return Promise.resolve([]);
    return this.manager
      .getRepository(ApplicationPartnerEntity)
      .createQueryBuilder('p')
      .where('p.application_id = ANY(:ids)', { ids: [...applicationIds] })
      .orderBy('p.invited_at', 'ASC')
      .addOrderBy('p.organization_id', 'ASC')
      .getMany();
  }

  /** Inserts the invitation; false when the organization is already invited (the primary key holds it). */
  async addPartner(values: Partial<ApplicationPartnerEntity>): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ApplicationPartnerEntity)
      .values(values)
      .orIgnore()
      .returning('organization_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async removePartner(applicationId: string, organizationId: string): Promise<boolean> {
    const result = await this.manager
      .getRepository(ApplicationPartnerEntity)
      .delete({ applicationId, organizationId });
    return (result.affected ?? 0) > 0;
  }

  savePartner(values: ApplicationPartnerEntity): Promise<ApplicationPartnerEntity> {
    return this.manager.getRepository(ApplicationPartnerEntity).save(values);
  }

  /** The clusters that run or fund a call: their managers read its submitted applications. */
  async fundingClusterIds(callId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT c.cluster_id AS id FROM call c WHERE c.id = $1
       UNION SELECT f.cluster_id FROM call_funder f WHERE f.call_id = $1`,
      [callId],
    );
    return rows.map((r) => r.id).sort();
  }

  /** Invitations to these organizations, newest first (index application_partner_organization_idx). */
  async invitationsOf(organizationIds: readonly string[]): Promise<InvitationRow[]> {
    if (!organizationIds.length) return [];
    return this.manager.query(
      `SELECT p.application_id AS "applicationId", p.organization_id AS "organizationId", p.status,
              p.requested_budget::float8 AS "requestedBudget", p.own_contribution::float8 AS "ownContribution",
              p.invited_at AS "invitedAt", a.title, a.lead_organization_id AS "leadOrganizationId",
              a.call_id AS "callId", a.status AS "applicationStatus"
         FROM application_partner p JOIN application a ON a.id = p.application_id
        WHERE p.organization_id = ANY($1::uuid[]) AND a.status <> 'WITHDRAWN'
        ORDER BY p.invited_at DESC, p.application_id
        LIMIT 200`,
      [[...organizationIds]],
    );
  }

  /** SUBMITTED applications of CLOSED calls, locked and skipped by concurrent runs of the job. */
  dueForDecision(limit: number): Promise<ApplicationEntity[]> {
    return this.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where(
        `a.status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM call c WHERE c.id = a.call_id AND c.status NOT IN ('DRAFT', 'OPEN'))`,
      )
      .orderBy('a.submitted_at', 'ASC')
      .limit(limit)
      .setLock('for_no_key_update')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Lead organizations of a call's live applications (drafts and submitted ones): told of a new deadline. */
  async liveLeads(callId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT DISTINCT a.lead_organization_id AS id FROM application a
        WHERE a.call_id = $1 AND a.status IN ('DRAFT', 'SUBMITTED')`,
      [callId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * OPEN calls whose deadline is at most `days` after `now` and not announced yet for this
   * window and deadline (the fan-out job's record of the key), with their applicants: leads
   * and accepted partners of drafts and submitted applications. Index call_open_closes_at_idx.
   */
  async callsClosingWithin(
    now: Date,
    days: number,
  ): Promise<{ call: CallEntity; key: string; organizationIds: string[] }[]> {
    const calls = await this.manager
      .getRepository(CallEntity)
      .createQueryBuilder('c')
      .where(`c.status = 'OPEN' AND c.closes_at > :now AND c.closes_at <= :until`, {
        now,
        until: new Date(now.getTime() + days * 86_400_000),
      })
      .getMany();
    const due: { call: CallEntity; key: string; organizationIds: string[] }[] = [];
    for (const call of calls) {
      const key = `${call.id}:${days}d:${call.closesAt?.toISOString() ?? ''}`;
      const [done] = (await this.manager.query(
        `SELECT 1 FROM job_effect WHERE queue = 'notification.fanOut' AND idempotency_key = $1`,
        [`application.deadlineSoon:${key}`],
      )) as unknown[];
      if (done) continue;
      const rows: { id: string }[] = await this.manager.query(
        `SELECT a.lead_organization_id AS id FROM application a
          WHERE a.call_id = $1 AND a.status IN ('DRAFT', 'SUBMITTED')
         UNION
         SELECT p.organization_id FROM application_partner p JOIN application a ON a.id = p.application_id
          WHERE a.call_id = $1 AND a.status IN ('DRAFT', 'SUBMITTED') AND p.status = 'ACCEPTED'`,
        [call.id],
      );
      if (rows.length) due.push({ call, key, organizationIds: rows.map((r) => r.id).sort() });
    }
    return due;
  }

  /** Which of `ids` are needs of the organization (linked needs are the lead's own). */
  async needsOf(organizationId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM technology_need WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, [...ids]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Which of `ids` are collaborations the organization is part of. */
  async collaborationsOf(organizationId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM collaboration WHERE (organization_a_id = $1 OR organization_b_id = $1) AND id = ANY($2::uuid[])`,
      [organizationId, [...ids]],
    );
    return new Set(rows.map((r) => r.id));
  }

  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.manager.query(
      `SELECT id, name FROM organization WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
