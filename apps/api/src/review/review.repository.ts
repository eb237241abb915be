import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  ConflictEvidence,
  ConflictRecordKind,
  ConflictRule,
  ReviewAssignmentStatus,
} from '@spillover/domain';
import type { EntityManager } from 'typeorm';
import { escapeLike } from '../platform/database/like';
import { CallReviewerEntity } from './call-reviewer.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import { ReviewEntity } from './review.entity';

/**
 * Every tie between the users $2 (their organizations) and the consortium of each of the
 * call $1's reviewable ($4) applications, since $3 for the dated rules: one set-based
 * statement for the whole pool (see `conflictEvidence`). Exported for `bench:calls`, which
 * prints its plan at 5,000 applications × 400 reviewers.
 *
 * A two-sided record (a collaboration's two organizations, an interest's owner and sender,
 * an NDA's acceptor and the need's owner) is found from the reviewer's side through one
 * index per side (collaboration_pair_idx and collaboration_b_idx; interest_owner_idx and
 * interest_sender_created_idx; nda_acceptance_organization_idx and
 * technology_need_organization_idx): a join on `org IN (a, b)` can use neither, and
 * compared every reviewer with every record of the platform (a nested loop, 400 × all
 * collaborations).
 */
export const CONFLICT_EVIDENCE_SQL = `WITH apps AS (
    SELECT a.id, a.lead_organization_id FROM application a
    WHERE a.call_id = $1 AND a.status = ANY($4::text[])
  ), cons AS (
    SELECT apps.id AS application_id, apps.lead_organization_id AS organization_id FROM apps
    UNION
    SELECT ap.application_id, ap.organization_id FROM application_partner ap
    JOIN apps ON apps.id = ap.application_id WHERE ap.status = 'ACCEPTED'
  ), rev AS (
    SELECT m.id AS membership_id, m.user_id, m.organization_id FROM membership m
    WHERE m.user_id = ANY($2::uuid[])
  ), consortia AS (
    -- Every consortium on the platform: lead and accepted partners of each application.
    SELECT a.id AS application_id, a.lead_organization_id AS organization_id,
           COALESCE(a.submitted_at, a.created_at) AS at
    FROM application a WHERE a.status <> 'DRAFT'
    UNION
    SELECT a.id, ap.organization_id, COALESCE(a.submitted_at, a.created_at)
    FROM application_partner ap JOIN application a ON a.id = ap.application_id
    WHERE ap.status = 'ACCEPTED' AND a.status <> 'DRAFT'
  )
  SELECT rev.user_id, cons.application_id, 'CONSORTIUM_MEMBER' AS rule, 'MEMBERSHIP' AS kind,
         rev.membership_id AS record_id, NULL::timestamptz AS record_date,
         rev.organization_id AS reviewer_org, cons.organization_id AS consortium_org
  FROM rev JOIN cons ON cons.organization_id = rev.organization_id
  UNION ALL
  SELECT rev.user_id, cons.application_id, 'COLLABORATION', 'COLLABORATION', c.id,
         c.started_on::timestamptz, rev.organization_id, cons.organization_id
  FROM rev
  JOIN LATERAL (
    SELECT c.id, c.started_on, c.organization_b_id AS other FROM collaboration c
    WHERE c.organization_a_id = rev.organization_id AND c.started_on >= $3::date
    UNION ALL
    SELECT c.id, c.started_on, c.organization_a_id FROM collaboration c
    WHERE c.organization_b_id = rev.organization_id AND c.started_on >= $3::date
  ) c ON true
  JOIN cons ON cons.organization_id = c.other
  UNION ALL
  SELECT rev.user_id, cons.application_id, 'ACCEPTED_INTEREST', 'INTEREST', i.id,
         i.decided_at, rev.organization_id, cons.organization_id
  FROM rev
  JOIN LATERAL (
    SELECT i.id, i.decided_at, i.sender_organization_id AS other FROM interest i
    WHERE i.owner_organization_id = rev.organization_id
      AND i.status = 'ACCEPTED' AND i.decided_at >= $3
    UNION ALL
    SELECT i.id, i.decided_at, i.owner_organization_id FROM interest i
    WHERE i.sender_organization_id = rev.organization_id
      AND i.owner_organization_id <> rev.organization_id
      AND i.status = 'ACCEPTED' AND i.decided_at >= $3
  ) i ON true
  JOIN cons ON cons.organization_id = i.other
  UNION ALL
  SELECT rev.user_id, cons.application_id, 'NDA_ACCEPTED', 'NDA_ACCEPTANCE', nd.id,
         nd.accepted_at, rev.organization_id, cons.organization_id
  FROM rev
  JOIN LATERAL (
    SELECT n.id, n.accepted_at, t.organization_id AS other
    FROM nda_acceptance n JOIN technology_need t ON t.id = n.need_id
    WHERE n.organization_id = rev.organization_id AND t.organization_id <> n.organization_id
      AND n.accepted_at >= $3
    UNION ALL
    SELECT n.id, n.accepted_at, n.organization_id
    FROM technology_need t JOIN nda_acceptance n ON n.need_id = t.id
    WHERE t.organization_id = rev.organization_id AND n.organization_id <> t.organization_id
      AND n.accepted_at >= $3
  ) nd ON true
  JOIN cons ON cons.organization_id = nd.other
  UNION ALL
  SELECT rev.user_id, cons.application_id, 'SHARED_CONSORTIUM', 'APPLICATION', mine.application_id,
         mine.at, rev.organization_id, cons.organization_id
  FROM rev
  JOIN consortia mine ON mine.organization_id = rev.organization_id
  JOIN consortia theirs ON theirs.application_id = mine.application_id
                       AND theirs.organization_id <> rev.organization_id
  JOIN cons ON cons.organization_id = theirs.organization_id
           AND cons.application_id <> mine.application_id
  WHERE mine.at >= $3`;

/** Applications the panel reviews: found eligible at close (or by a manager's override). */
export const REVIEWABLE_STATUSES = ['ELIGIBLE', 'UNDER_REVIEW'] as const;

/** An application as the assignment reads it: what it is about, and its consortium. */
export interface ApplicationTopicRow {
  id: string;
  title: string;
  abstract: string;
  technologyCodes: string[];
  sectors: string[];
}

export interface ApplicationSummaryRow {
  id: string;
  title: string;
  abstract: string;
  workPlanSummary: string;
  durationMonths: number | null;
  leadName: string;
  partnerNames: string[];
}

export interface ProgressRow {
  assignmentId: string;
  applicationId: string;
  applicationTitle: string;
  reviewerId: string;
  status: ReviewAssignmentStatus;
  affinity: number;
  reviewStatus: 'DRAFT' | 'SUBMITTED' | null;
}

/** A platform user found for a pool, with their organizations' own profile. */
export interface CandidateUserRow {
  userId: string;
  displayName: string;
  organizationNames: string[];
  technologyAreas: string[];
  sectors: string[];
  /** Their organizations' descriptions, read as expertise text for the ranking only. */
  description: string;
  /** Found by their exact address rather than by a name. */
  byEmail: boolean;
  inPool: boolean;
}

/** The only place that builds SQL for review pools, assignments and reviews. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  /** The clusters that run or fund a call: their managers run its review. */
  async managingClusterIds(callId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT c.cluster_id AS id FROM call c WHERE c.id = $1
       UNION SELECT f.cluster_id FROM call_funder f WHERE f.call_id = $1`,
      [callId],
    );
    return rows.map((r) => r.id).sort();
  }

  // ---- pool ----

  pool(callId: string): Promise<CallReviewerEntity[]> {
    return this.manager
      .getRepository(CallReviewerEntity)
      .find({ where: { callId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  reviewer(id: string): Promise<CallReviewerEntity | null> {
    return this.manager.getRepository(CallReviewerEntity).findOne({ where: { id } });
  }

  reviewerForUpdate(id: string): Promise<CallReviewerEntity | null> {
    return this.manager
      .getRepository(CallReviewerEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  reviewerOfUser(callId: string, userId: string): Promise<CallReviewerEntity | null> {
    return this.manager.getRepository(CallReviewerEntity).findOne({ where: { callId, userId } });
  }

  reviewerByEmail(callId: string, email: string): Promise<CallReviewerEntity | null> {
    return this.manager.getRepository(CallReviewerEntity).findOne({ where: { callId, email } });
  }

  /** Invitations waiting for this address or this user (the invitee's list). */
  invitationsFor(userId: string, email: string): Promise<CallReviewerEntity[]> {
    return this.manager
      .getRepository(CallReviewerEntity)
      .createQueryBuilder('r')
      .where(`r.status = 'INVITED'`)
      .andWhere('(r.user_id = :userId OR (r.user_id IS NULL AND r.email = :email))', {
        userId,
        email,
      })
      .orderBy('r.created_at', 'DESC')
      .getMany();
  }

  saveReviewer(values: Partial<CallReviewerEntity>): Promise<CallReviewerEntity> {
    const repo = this.manager.getRepository(CallReviewerEntity);
    return repo.save(repo.create(values));
  }

  async users(
    ids: readonly string[],
  ): Promise<Map<string, { displayName: string; email: string }>> {
    if (!ids.length) return new Map();
    const rows: { id: string; display_name: string; email: string }[] = await this.manager.query(
      `SELECT id, display_name, email FROM user_account WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { displayName: r.display_name, email: r.email }]));
  }

  async userById(
    id: string,
  ): Promise<{ id: string; email: string; emailVerifiedAt: Date | null; language: string } | null> {
    const rows: {
      id: string;
      email: string;
      email_verified_at: Date | null;
      preferred_language: string;
    }[] = await this.manager.query(
      `SELECT id, email, email_verified_at, preferred_language FROM user_account WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          email: row.email,
          emailVerifiedAt: row.email_verified_at,
          language: row.preferred_language,
        }
      : null;
  }

  /**
   * Platform users whose name or an organization's name contains `search`, or whose address
   * is exactly `search` (never a part of one), that address first; at most `limit`. With
   * what their organizations say of themselves, to rank them against the call. Three
   * branches so each uses its index: user_account_email_key, user_account_display_name_trgm_idx
   * and organization_name_trgm_idx then membership_user_idx (a search of two characters is
   * too short for trigrams and scans names: about half a second on 50 000 users).
   */
  async candidateUsers(callId: string, search: string, limit: number): Promise<CandidateUserRow[]> {
    const rows: {
      id: string;
      display_name: string;
      organizations: string[] | null;
      technology_areas: string[] | null;
      sectors: string[] | null;
      descriptions: string | null;
      by_email: boolean;
      in_pool: boolean;
    }[] = await this.manager.query(
      `WITH found AS (
         SELECT u.id, u.display_name, u.email, (u.email = lower($2)) AS by_email
         FROM user_account u
         WHERE u.id IN (
           SELECT id FROM user_account WHERE email = lower($2)
           UNION
           SELECT id FROM user_account
            WHERE immutable_unaccent(lower(display_name)) LIKE '%' || immutable_unaccent(lower($3)) || '%'
           UNION
           SELECT m.user_id FROM organization o JOIN membership m ON m.organization_id = o.id
            WHERE immutable_unaccent(lower(o.name)) LIKE '%' || immutable_unaccent(lower($3)) || '%')
         ORDER BY by_email DESC, lower(u.display_name), u.id
         LIMIT $4)
       SELECT f.id, f.display_name, f.by_email,
              (SELECT array_agg(o.name ORDER BY o.name) FROM membership m
                 JOIN organization o ON o.id = m.organization_id WHERE m.user_id = f.id) AS organizations,
              (SELECT array_agg(DISTINCT code ORDER BY code) FROM (
                 SELECT unnest(o.technology_areas) AS code FROM membership m
                   JOIN organization o ON o.id = m.organization_id WHERE m.user_id = f.id
                 UNION ALL
                 SELECT unnest(c.technology_areas) FROM membership m
                   JOIN capability c ON c.organization_id = m.organization_id AND c.status = 'PUBLISHED'
                  WHERE m.user_id = f.id) codes) AS technology_areas,
              (SELECT array_agg(DISTINCT code) FROM membership m
                 JOIN organization o ON o.id = m.organization_id, unnest(o.sectors) code
                WHERE m.user_id = f.id) AS sectors,
              (SELECT string_agg(o.description, ' ') FROM membership m
                 JOIN organization o ON o.id = m.organization_id WHERE m.user_id = f.id) AS descriptions,
              EXISTS (SELECT 1 FROM call_reviewer r
                       WHERE r.call_id = $1 AND (r.user_id = f.id OR r.email = f.email)) AS in_pool
       FROM found f
       ORDER BY f.by_email DESC, lower(f.display_name), f.id`,
      [callId, search, escapeLike(search), limit],
    );
    return rows.map((r) => ({
      userId: r.id,
      displayName: r.display_name,
      organizationNames: r.organizations ?? [],
      technologyAreas: r.technology_areas ?? [],
      sectors: r.sectors ?? [],
      description: r.descriptions ?? '',
      byEmail: r.by_email,
      inPool: r.in_pool,
    }));
  }

  // ---- conflicts ----

  /**
   * Every tie in the platform's records between these users' organizations and the
   * consortium (lead and accepted partners) of each reviewable application of the call,
   * since `since` for the dated rules. Which ties count is the domain's `isConflict`.
   * Uses membership_user_idx, collaboration's pair index, interest by organization and
   * application_partner_organization_idx; one statement for the whole pool.
   */
  async conflictEvidence(
    callId: string,
    userIds: readonly string[],
    since: Date,
  ): Promise<ConflictEvidence[]> {
    if (!userIds.length) return [];
    const rows: {
      user_id: string;
      application_id: string;
      rule: ConflictRule;
      kind: ConflictRecordKind;
      record_id: string;
      record_date: Date | null;
      reviewer_org: string;
      consortium_org: string;
    }[] = await this.manager.query(CONFLICT_EVIDENCE_SQL, [
      callId,
      userIds,
      since,
      REVIEWABLE_STATUSES,
    ]);
    return rows.map((r) => ({
      userId: r.user_id,
      applicationId: r.application_id,
      rule: r.rule,
      recordKind: r.kind,
      recordId: r.record_id,
      recordDate: r.record_date ? new Date(r.record_date) : null,
      reviewerOrganizationId: r.reviewer_org,
      consortiumOrganizationId: r.consortium_org,
    }));
  }

  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await this.manager.query(
      `SELECT id, name FROM organization WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  // ---- applications ----

  /** The call's reviewable applications with what they are about (their linked needs' codes). */
  async applicationTopics(callId: string): Promise<ApplicationTopicRow[]> {
    const rows: {
      id: string;
      title: string;
      abstract: string;
      technology_codes: string[] | null;
      sectors: string[] | null;
    }[] = await this.manager.query(
      `SELECT a.id, a.title, a.abstract,
              (SELECT array_agg(DISTINCT code) FROM technology_need t, unnest(t.technology_areas) code
                WHERE t.id = ANY(a.linked_need_ids)) AS technology_codes,
              (SELECT array_agg(DISTINCT code) FROM technology_need t, unnest(t.sectors) code
                WHERE t.id = ANY(a.linked_need_ids)) AS sectors
       FROM application a
       WHERE a.call_id = $1 AND a.status = ANY($2::text[])
       ORDER BY a.submitted_at, a.id`,
      [callId, REVIEWABLE_STATUSES],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      abstract: r.abstract,
      technologyCodes: r.technology_codes ?? [],
      sectors: r.sectors ?? [],
    }));
  }

  /** What a reviewer reads of applications: titles and consortium names always, content once declared. */
  async applicationSummaries(ids: readonly string[]): Promise<Map<string, ApplicationSummaryRow>> {
    if (!ids.length) return new Map();
    const rows: {
      id: string;
      title: string;
      abstract: string;
      work_plan_summary: string;
      duration_months: number | null;
      lead: string;
      partners: string[] | null;
    }[] = await this.manager.query(
      `SELECT a.id, a.title, a.abstract, a.work_plan_summary, a.duration_months, o.name AS lead,
              (SELECT array_agg(po.name ORDER BY po.name) FROM application_partner ap
                 JOIN organization po ON po.id = ap.organization_id
                WHERE ap.application_id = a.id AND ap.status = 'ACCEPTED') AS partners
       FROM application a JOIN organization o ON o.id = a.lead_organization_id
       WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          title: r.title,
          abstract: r.abstract,
          workPlanSummary: r.work_plan_summary,
          durationMonths: r.duration_months,
          leadName: r.lead,
          partnerNames: r.partners ?? [],
        },
      ]),
    );
  }

  async countSubmitted(callId: string): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM application WHERE call_id = $1 AND status = 'SUBMITTED'`,
      [callId],
    );
    return rows[0]?.n ?? 0;
  }

  /** ELIGIBLE → UNDER_REVIEW for the whole call when its evaluation starts. */
  async markUnderReview(callId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `UPDATE application SET status = 'UNDER_REVIEW', updated_at = now()
       WHERE call_id = $1 AND status = 'ELIGIBLE' RETURNING id`,
      [callId],
    );
    return rows.map((r) => r.id);
  }

  // ---- assignments ----

  assignment(id: string): Promise<ReviewAssignmentEntity | null> {
    return this.manager.getRepository(ReviewAssignmentEntity).findOne({ where: { id } });
  }

  assignmentForUpdate(id: string): Promise<ReviewAssignmentEntity | null> {
    return this.manager
      .getRepository(ReviewAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  /** Every assignment of the call that is not REMOVED (index review_assignment_call_idx). */
  openAssignments(callId: string): Promise<ReviewAssignmentEntity[]> {
    return this.manager
      .getRepository(ReviewAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.call_id = :callId', { callId })
      .andWhere(`a.status <> 'REMOVED'`)
      .getMany();
  }

  /** A user's assignments in every call (their "My reviews"), newest first. */
  assignmentsOfUser(userId: string): Promise<ReviewAssignmentEntity[]> {
    return this.manager
      .getRepository(ReviewAssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(CallReviewerEntity, 'r', 'r.id = a.reviewer_id')
      .where('r.user_id = :userId', { userId })
      .andWhere(`r.status = 'ACTIVE'`)
      .andWhere(`a.status <> 'REMOVED'`)
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  async insertAssignments(
    rows: Partial<ReviewAssignmentEntity>[],
  ): Promise<ReviewAssignmentEntity[]> {
    const repo = this.manager.getRepository(ReviewAssignmentEntity);
    const entities = rows.map((r) => repo.create(r));
    // Multi-row INSERTs of 1,000 (a solver run writes 20,000 at 5,000 applications: one
    // statement would pass PostgreSQL's 65,535 bind parameters, and `save` inserts row by
    // row); RETURNING fills each entity's id and defaults.
    for (let from = 0; from < entities.length; from += 1_000)
      await repo
        .createQueryBuilder()
        .insert()
        .into(ReviewAssignmentEntity)
        .values(entities.slice(from, from + 1_000))
        .execute();
    return entities;
  }

  async setAssignmentStatus(id: string, status: ReviewAssignmentStatus): Promise<void> {
    await this.manager.getRepository(ReviewAssignmentEntity).update({ id }, { status });
  }

  async progress(callId: string): Promise<ProgressRow[]> {
    const rows: {
      id: string;
      application_id: string;
      title: string;
      reviewer_id: string;
      status: ReviewAssignmentStatus;
      affinity: number;
      review_status: 'DRAFT' | 'SUBMITTED' | null;
    }[] = await this.manager.query(
      `SELECT a.id, a.application_id, ap.title, a.reviewer_id, a.status, a.affinity,
              rv.status AS review_status
       FROM review_assignment a
       JOIN application ap ON ap.id = a.application_id
       LEFT JOIN review rv ON rv.assignment_id = a.id
       WHERE a.call_id = $1 AND a.status <> 'REMOVED'
       ORDER BY ap.title, a.created_at`,
      [callId],
    );
    return rows.map((r) => ({
      assignmentId: r.id,
      applicationId: r.application_id,
      applicationTitle: r.title,
      reviewerId: r.reviewer_id,
      status: r.status,
      affinity: r.affinity,
      reviewStatus: r.review_status,
    }));
  }

  /** Lock the call's pool rows in id order: loads are counted and spent under these locks. */
  async lockPool(callId: string): Promise<void> {
    await this.manager.query(
      `SELECT id FROM call_reviewer WHERE call_id = $1 ORDER BY id FOR NO KEY UPDATE`,
      [callId],
    );
  }

  // ---- reviews ----

  reviewOf(assignmentId: string): Promise<ReviewEntity | null> {
    return this.manager.getRepository(ReviewEntity).findOne({ where: { assignmentId } });
  }

  reviewForUpdate(assignmentId: string): Promise<ReviewEntity | null> {
    return this.manager
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.assignment_id = :assignmentId', { assignmentId })
      .setLock('for_no_key_update')
      .getOne();
  }

  async reviewsOf(assignmentIds: readonly string[]): Promise<ReviewEntity[]> {
    if (!assignmentIds.length) return [];
    return this.manager
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.assignment_id IN (:...ids)', { ids: assignmentIds })
      .getMany();
  }

  saveReview(values: Partial<ReviewEntity>): Promise<ReviewEntity> {
    const repo = this.manager.getRepository(ReviewEntity);
    return repo.save(repo.create(values));
  }
}
