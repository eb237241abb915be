import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  ApplicationStatus,
  AwardStatus,
  CriterionScore,
  WhyNotFunded,
} from '@spillover/domain';
import type { EntityManager } from 'typeorm';
import { RedressRequestEntity } from './redress-request.entity';

/** An application the award ranks, as stored. */
export interface AwardApplicationRow {
  id: string;
  title: string;
  leadOrganizationId: string;
  leadRequestedBudget: number;
  submittedAt: Date;
  status: ApplicationStatus;
  awardStatus: AwardStatus | null;
  rank: number | null;
  score: number | null;
  awardPartial: boolean;
  awardCriteria: CriterionScore[] | null;
  awardReasons: WhyNotFunded[] | null;
}

export interface PartnerRow {
  applicationId: string;
  organizationId: string;
  requestedBudget: number;
}

export interface GrantRow {
  applicationId: string;
  clusterId: string;
  share: number;
  granted: number;
}

/** What publication writes on one application. */
export interface AwardWrite {
  id: string;
  status: ApplicationStatus;
  awardStatus: AwardStatus;
  rank: number;
  score: number;
  partial: boolean;
  criteria: CriterionScore[];
  reasons: WhyNotFunded[];
}

/** One submitted review's scores and comments, aligned with the call's criteria. */
export interface ReviewScoresRow {
  applicationId: string;
  reviewId: string;
  scores: { score: number | null; comment: string }[];
}

/** The statuses an application is ranked from: eligible, maybe already under review. */
export const RANKED_STATUSES: readonly ApplicationStatus[] = ['ELIGIBLE', 'UNDER_REVIEW'];

/** The only place that builds SQL for awards, their per-funder grants and redress requests. */
@Injectable()
export class AwardRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  /**
   * Before publication: the call's eligible applications; after: the ones the award ranked.
   * Index application_call_status_idx.
   */
  async applications(callId: string, published: boolean): Promise<AwardApplicationRow[]> {
    const rows: (Omit<AwardApplicationRow, 'leadRequestedBudget'> & {
      leadRequestedBudget: string;
    })[] = await this.manager.query(
      `SELECT a.id, a.title, a.lead_organization_id AS "leadOrganizationId",
                a.lead_requested_budget::text AS "leadRequestedBudget", a.submitted_at AS "submittedAt",
                a.status, a.award_status AS "awardStatus", a.rank, a.score, a.award_partial AS "awardPartial",
                a.award_criteria AS "awardCriteria", a.award_reasons AS "awardReasons"
           FROM application a
          WHERE a.call_id = $1 AND ${published ? 'a.rank IS NOT NULL' : 'a.status = ANY($2)'}
          ORDER BY a.id`,
      published ? [callId] : [callId, RANKED_STATUSES],
    );
    return rows.map((r) => ({ ...r, leadRequestedBudget: Number(r.leadRequestedBudget) }));
  }

  /** The ACCEPTED partners of a call's applications (only they are in the consortium). */
  async acceptedPartners(callId: string): Promise<PartnerRow[]> {
    const rows: { applicationId: string; organizationId: string; requestedBudget: string }[] =
      await this.manager.query(
        `SELECT p.application_id AS "applicationId", p.organization_id AS "organizationId",
                p.requested_budget::text AS "requestedBudget"
           FROM application_partner p JOIN application a ON a.id = p.application_id
          WHERE a.call_id = $1 AND p.status = 'ACCEPTED'`,
        [callId],
      );
    return rows.map((r) => ({ ...r, requestedBudget: Number(r.requestedBudget) }));
  }

  /**
   * SUBMITTED reviews of the call's applications, from seats that still count (a removed seat
   * or a declared conflict never scores). Index review_assignment_call_idx.
   */
  async submittedReviews(callId: string, applicationId?: string): Promise<ReviewScoresRow[]> {
    return this.manager.query(
      `SELECT ra.application_id AS "applicationId", r.id AS "reviewId", r.scores
         FROM review r JOIN review_assignment ra ON ra.id = r.assignment_id
        WHERE ra.call_id = $1 AND r.status = 'SUBMITTED'
          AND ra.status NOT IN ('REMOVED', 'CONFLICT_DECLARED')
          ${applicationId ? 'AND ra.application_id = $2' : ''}`,
      applicationId ? [callId, applicationId] : [callId],
    );
  }

  /** Writes the whole award in one statement per table (5,000 applications are one round trip). */
  async writeAward(callId: string, awards: readonly AwardWrite[]): Promise<number> {
    if (!awards.length) return 0;
    const result: unknown[] = await this.manager.query(
      `UPDATE application a
          SET status = w.status, award_status = w."awardStatus", rank = w.rank, score = w.score,
              award_partial = w.partial, award_criteria = w.criteria, award_reasons = w.reasons,
              updated_at = now()
         FROM jsonb_to_recordset($2::jsonb) AS w(id uuid, status text, "awardStatus" text, rank int,
              score double precision, partial boolean, criteria jsonb, reasons jsonb)
        WHERE a.id = w.id AND a.call_id = $1
        RETURNING a.id`,
      [callId, JSON.stringify(awards)],
    );
    return (result[0] as unknown[] | undefined)?.length ?? result.length;
  }

  async insertGrants(callId: string, grants: readonly GrantRow[]): Promise<void> {
    if (!grants.length) return;
    await this.manager.query(
      `INSERT INTO award_grant (call_id, application_id, cluster_id, share, granted)
       SELECT $1, g."applicationId", g."clusterId", g.share, g.granted
         FROM jsonb_to_recordset($2::jsonb) AS g("applicationId" uuid, "clusterId" uuid, share bigint, granted bigint)`,
      [callId, JSON.stringify(grants)],
    );
  }

  /** Replaces one application's grants (a promotion, a cut, a withdrawal). */
  async replaceGrants(
    callId: string,
    applicationId: string,
    grants: readonly GrantRow[],
  ): Promise<void> {
    await this.manager.query(`DELETE FROM award_grant WHERE application_id = $1`, [applicationId]);
    await this.insertGrants(callId, grants);
  }

  async grants(callId: string): Promise<GrantRow[]> {
    const rows: { applicationId: string; clusterId: string; share: string; granted: string }[] =
      await this.manager.query(
        `SELECT application_id AS "applicationId", cluster_id AS "clusterId", share::text, granted::text
           FROM award_grant WHERE call_id = $1`,
        [callId],
      );
    return rows.map((r) => ({ ...r, share: Number(r.share), granted: Number(r.granted) }));
  }

  async rankedCount(callId: string): Promise<number> {
    const [row] = (await this.manager.query(
      `SELECT count(*)::int AS n FROM application WHERE call_id = $1 AND rank IS NOT NULL`,
      [callId],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  async funderClusterIds(callId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT cluster_id AS id FROM call_funder WHERE call_id = $1 ORDER BY position`,
      [callId],
    );
    return rows.map((r) => r.id);
  }

  /** The call an application belongs to (no visibility: callers check the call's). */
  async callOf(applicationId: string): Promise<string[]> {
    const rows: { callId: string }[] = await this.manager.query(
      `SELECT call_id AS "callId" FROM application WHERE id = $1`,
      [applicationId],
    );
    return rows.map((r) => r.callId);
  }

  /** Locks one application of the call (after the call's own lock: call, then application). */
  async lockApplication(id: string): Promise<AwardApplicationRow | null> {
    const [row] = (await this.manager.query(
      `SELECT a.id, a.call_id AS "callId" FROM application a WHERE a.id = $1 FOR NO KEY UPDATE`,
      [id],
    )) as { id: string; callId: string }[];
    if (!row) return null;
    const all = await this.applications(row.callId, true);
    return all.find((a) => a.id === id) ?? null;
  }

  async updateAward(
    id: string,
    values: {
      status: ApplicationStatus;
      awardStatus: AwardStatus;
      partial: boolean;
      reasons: WhyNotFunded[];
    },
  ): Promise<void> {
    await this.manager.query(
      `UPDATE application SET status = $2, award_status = $3, award_partial = $4, award_reasons = $5::jsonb, updated_at = now()
        WHERE id = $1`,
      [id, values.status, values.awardStatus, values.partial, JSON.stringify(values.reasons)],
    );
  }

  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.manager.query(
      `SELECT id, name FROM organization WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Clusters' names in English and Korean (each falls back to the other). */
  async clusterNames(ids: readonly string[]): Promise<Map<string, { en: string; ko: string }>> {
    const rows: { id: string; en: string; ko: string }[] = await this.manager.query(
      `SELECT id, coalesce(name_en, name_ko) AS en, coalesce(name_ko, name_en) AS ko FROM cluster WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, { en: r.en, ko: r.ko }]));
  }

  // Redress requests.

  redress(applicationId: string): Promise<RedressRequestEntity | null> {
    return this.manager.getRepository(RedressRequestEntity).findOneBy({ applicationId });
  }

  redressById(id: string): Promise<RedressRequestEntity | null> {
    return this.manager.getRepository(RedressRequestEntity).findOneBy({ id });
  }

  /** Locks a request while it is answered: two managers answering at once, one wins. */
  redressForUpdate(id: string): Promise<RedressRequestEntity | null> {
    return this.manager
      .getRepository(RedressRequestEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  redressOfCall(callId: string): Promise<RedressRequestEntity[]> {
    return this.manager
      .getRepository(RedressRequestEntity)
      .find({ where: { callId }, order: { filedAt: 'ASC', id: 'ASC' } });
  }

  /** Inserts the request; null when the application already has one (unique index redress_request_application_key). */
  async insertRedress(values: Partial<RedressRequestEntity>): Promise<RedressRequestEntity | null> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO redress_request (call_id, application_id, organization_id, filed_by_id, text)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (application_id) DO NOTHING RETURNING id`,
      [values.callId, values.applicationId, values.organizationId, values.filedById, values.text],
    );
    return rows[0] ? this.redressById(rows[0].id) : null;
  }

  saveRedress(values: RedressRequestEntity): Promise<RedressRequestEntity> {
    return this.manager.getRepository(RedressRequestEntity).save(values);
  }
}
