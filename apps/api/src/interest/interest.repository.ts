import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  AnsweredWork,
  CapabilityKind,
  CollaborationType,
  InterestStatus,
  ListingKind,
} from '@spillover/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CollaborationEntity } from '../collaboration/collaboration.entity';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import { InterestCapabilityEntity } from './interest-capability.entity';
import { InterestEntity } from './interest.entity';

export type InterestOrder = 'DATE' | 'SCORE';

export interface InterestListFilter {
  statuses: readonly InterestStatus[] | null;
  order: InterestOrder;
  first: number;
  after: unknown[] | null;
}

/** The sort key of a row in a list of this order (also the cursor's content). */
export const interestSortKey = (row: InterestEntity, order: InterestOrder): unknown[] =>
  order === 'SCORE'
    ? [row.matchScore ?? -1, row.createdAt.toISOString(), row.id]
    : [row.createdAt.toISOString(), row.id];

export const pairKey = (needId: string, capabilityId: string): string =>
  `${needId}:${capabilityId}`;

/** The only place that builds SQL for interests. */
@Injectable()
export class InterestRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  private get repo() {
    return this.manager.getRepository(InterestEntity);
  }

  insert(values: Partial<InterestEntity>): Promise<InterestEntity> {
    return this.repo.save(this.repo.create(values));
  }

  save(interest: InterestEntity): Promise<InterestEntity> {
    return this.repo.save(interest);
  }

  findVisible(id: string, visibility: SqlPredicate): Promise<InterestEntity | null> {
    return this.repo
      .createQueryBuilder('i')
      .where('i.id = :id', { id })
      .andWhere(visibility.sql, visibility.params)
      .getOne();
  }

  findForUpdate(id: string): Promise<InterestEntity | null> {
    return this.repo
      .createQueryBuilder('i')
      .where('i.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  /** The interest of one of these organizations in an item that still holds the slot. */
  holding(
    kind: ListingKind,
    listingId: string,
    organizationId: string,
  ): Promise<InterestEntity | null> {
    return this.repo
      .createQueryBuilder('i')
      .where(kind === 'NEED' ? 'i.need_id = :listingId' : 'i.capability_id = :listingId', {
        listingId,
      })
      .andWhere('i.sender_organization_id = :organizationId', { organizationId })
      .andWhere(`i.status IN ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`)
      .getOne();
  }

  /** One listing's interests the caller may see (index interest_need_created_idx / _capability_). */
  async ofListing(
    kind: ListingKind,
    listingId: string,
    visibility: SqlPredicate,
    filter: InterestListFilter,
  ) {
    const base = () =>
      this.filtered(
        this.repo
          .createQueryBuilder('i')
          .where(kind === 'NEED' ? 'i.need_id = :listingId' : 'i.capability_id = :listingId', {
            listingId,
          })
          .andWhere(visibility.sql, visibility.params),
        filter,
      );
    const [rows, totalCount] = await Promise.all([this.page(base(), filter), base().getCount()]);
    return { rows, totalCount };
  }

  /** Interests sent by these organizations, newest first (index interest_sender_created_idx). */
  async sentBy(organizationIds: readonly string[], filter: InterestListFilter) {
    const base = () =>
      this.filtered(
        this.repo
          .createQueryBuilder('i')
          .where('i.sender_organization_id = ANY(:orgs)', { orgs: [...organizationIds] }),
        filter,
      );
    const [rows, totalCount] = await Promise.all([this.page(base(), filter), base().getCount()]);
    return { rows, totalCount };
  }

  /**
   * Interests these organizations received that wait for their answer (SUBMITTED or
   * SHORTLISTED): how many, and the latest few (index interest_owner_idx).
   */
  async awaitingAnswer(organizationIds: readonly string[], latest: number) {
    const base = () =>
      this.repo
        .createQueryBuilder('i')
        .where('i.owner_organization_id = ANY(:orgs)', { orgs: [...organizationIds] })
        .andWhere(`i.status IN ('SUBMITTED', 'SHORTLISTED')`);
    const [rows, count] = await Promise.all([
      base().orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC').limit(latest).getMany(),
      base().getCount(),
    ]);
    return { rows, count };
  }

  /** How many interests these organizations sent were answered (accepted or declined) since. */
  answeredSince(organizationIds: readonly string[], since: Date): Promise<number> {
    return this.repo
      .createQueryBuilder('i')
      .where('i.sender_organization_id = ANY(:orgs)', { orgs: [...organizationIds] })
      .andWhere(`i.status IN ('ACCEPTED', 'DECLINED')`)
      .andWhere('i.decided_at > :since', { since })
      .getCount();
  }

  /**
   * For each (need, capability) pair, the latest interest between the need's organization and
   * the capability's organization about either listing of the pair, among those the given
   * organizations are a party to: one statement for a whole page of bookmarks.
   */
  async latestForPairs(
    pairs: readonly { needId: string; capabilityId: string }[],
    organizationIds: readonly string[],
  ): Promise<Map<string, InterestEntity>> {
    const found = new Map<string, InterestEntity>();
    if (!pairs.length || !organizationIds.length) return found;
    const rows = await this.manager.query<{ need_id: string; capability_id: string; id: string }[]>(
      `SELECT DISTINCT ON (p.need_id, p.capability_id) p.need_id, p.capability_id, i.id
         FROM unnest($1::uuid[], $2::uuid[]) AS p(need_id, capability_id)
         JOIN technology_need n ON n.id = p.need_id
         JOIN capability c ON c.id = p.capability_id
         JOIN interest i ON (i.need_id = p.need_id OR i.capability_id = p.capability_id)
          AND ((i.sender_organization_id = c.organization_id AND i.owner_organization_id = n.organization_id)
            OR (i.sender_organization_id = n.organization_id AND i.owner_organization_id = c.organization_id))
        WHERE (i.sender_organization_id = ANY($3::uuid[]) OR i.owner_organization_id = ANY($3::uuid[]))
        ORDER BY p.need_id, p.capability_id, i.created_at DESC, i.id DESC`,
      [pairs.map((p) => p.needId), pairs.map((p) => p.capabilityId), [...organizationIds]],
    );
    if (!rows.length) return found;
    const entities = await this.repo
      .createQueryBuilder('i')
      .where('i.id = ANY(:ids)', { ids: rows.map((row) => row.id) })
      .getMany();
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    for (const row of rows) {
      const entity = byId.get(row.id);
      if (entity) found.set(pairKey(row.need_id, row.capability_id), entity);
    }
    return found;
  }

  private filtered(
    qb: SelectQueryBuilder<InterestEntity>,
    filter: InterestListFilter,
  ): SelectQueryBuilder<InterestEntity> {
    return filter.statuses?.length
      ? qb.andWhere('i.status IN (:...statuses)', { statuses: [...filter.statuses] })
      : qb;
  }

  private page(
    qb: SelectQueryBuilder<InterestEntity>,
    filter: InterestListFilter,
  ): Promise<InterestEntity[]> {
    // Milliseconds, as the cursor carries them (JavaScript dates).
    const at = `date_trunc('milliseconds', i.created_at)`;
    if (filter.order === 'SCORE') {
      const score = 'COALESCE(i.match_score, -1)';
      if (filter.after)
        qb.andWhere(`(${score}, ${at}, i.id) < (:cs::real, :ct::timestamptz, :cid::uuid)`, {
          cs: filter.after[0],
          ct: filter.after[1],
          cid: filter.after[2],
        });
      qb.orderBy(score, 'DESC').addOrderBy(at, 'DESC');
    } else {
      if (filter.after)
        qb.andWhere(`(${at}, i.id) < (:ct::timestamptz, :cid::uuid)`, {
          ct: filter.after[0],
          cid: filter.after[1],
        });
      qb.orderBy(at, 'DESC');
    }
    return qb
      .addOrderBy('i.id', 'DESC')
      .limit(filter.first + 1)
      .getMany();
  }

  async linkCapabilities(interestId: string, capabilityIds: readonly string[]): Promise<void> {
    if (capabilityIds.length)
      await this.manager
        .getRepository(InterestCapabilityEntity)
        .insert(capabilityIds.map((capabilityId) => ({ interestId, capabilityId })));
  }

  /** The linked capabilities of several interests, in one statement (the list's loader). */
  async linkedCapabilityIds(interestIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.manager
      .getRepository(InterestCapabilityEntity)
      .createQueryBuilder('l')
      .where('l.interest_id = ANY(:ids)', { ids: [...interestIds] })
      .getMany();
    const linked = new Map<string, string[]>(interestIds.map((id) => [id, []]));
    for (const row of rows) linked.get(row.interestId)?.push(row.capabilityId);
    return linked;
  }

  /** What the collaboration an accepted interest starts takes from its listing. */
  async collaborationFactsOf(
    kind: ListingKind,
    id: string,
  ): Promise<{ technologyAreas: string[]; work: AnsweredWork }> {
    if (kind === 'NEED') {
      const [row] = await this.manager.query<{ areas: string[]; types: CollaborationType[] }[]>(
        `SELECT technology_areas AS areas, collaboration_types AS types FROM technology_need WHERE id = $1`,
        [id],
      );
      return {
        technologyAreas: row?.areas ?? [],
        work: { kind: 'NEED', collaborationTypes: row?.types ?? [] },
      };
    }
    const [row] = await this.manager.query<{ areas: string[]; kind: CapabilityKind }[]>(
      `SELECT technology_areas AS areas, kind FROM capability WHERE id = $1`,
      [id],
    );
    return {
      technologyAreas: row?.areas ?? [],
      work: { kind: 'CAPABILITY', capabilityKind: row?.kind ?? 'EXPERTISE' },
    };
  }

  /** Which of these capabilities are the organization's own and on offer (PUBLISHED). */
  async ownPublishedCapabilities(
    organizationId: string,
    ids: readonly string[],
  ): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM capability WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND status = 'PUBLISHED'`,
      [[...ids], organizationId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Names the interest a collaboration came from (the column is the interests' own). */
  async linkCollaboration(collaborationId: string, interestId: string): Promise<void> {
    await this.manager
      .getRepository(CollaborationEntity)
      .update({ id: collaborationId }, { interestId });
  }
}
