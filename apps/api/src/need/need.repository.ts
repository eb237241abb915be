import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ListingStore } from '../listing/listing-store';
import { NdaAcceptanceEntity } from './nda-acceptance.entity';
import { NeedInvitedOrganizationEntity } from './need-invited-organization.entity';
import { TechnologyNeedEntity } from './need.entity';

/** The only place that builds SQL for technology needs: ListingStore's shared part, and NDA acceptances, deadlines. */
@Injectable()
export class NeedRepository extends ListingStore<TechnologyNeedEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, {
      entity: TechnologyNeedEntity,
      alias: 'n',
      invited: NeedInvitedOrganizationEntity,
      invitedKey: 'needId',
    });
  }

  /**
   * OPEN needs whose deadline is at most `days` ahead and not announced yet (the fan-out
   * job's record of the key `need.deadlineSoon:<id>:<day>`). Index technology_need_open_deadline_idx.
   */
  closingWithin(
    days: number,
  ): Promise<{ id: string; title: string; organizationId: string; responseDeadline: Date }[]> {
    return this.manager.query(
      `SELECT n.id, n.title, n.organization_id AS "organizationId", n.response_deadline AS "responseDeadline"
         FROM technology_need n
        WHERE n.status = 'OPEN' AND n.response_deadline > now() AND n.response_deadline <= now() + make_interval(days => $1)
          AND NOT EXISTS (SELECT 1 FROM job_effect e WHERE e.queue = 'notification.fanOut'
                AND e.idempotency_key = 'need.deadlineSoon:' || n.id || ':' || to_char(n.response_deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD'))`,
      [days],
    ) as Promise<{ id: string; title: string; organizationId: string; responseDeadline: Date }[]>;
  }

  /** Versions each of these organizations accepted for the need. */
  async acceptedVersions(
    needId: string,
    organizationIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (!organizationIds.length) return map;
    const rows = await this.manager
      .getRepository(NdaAcceptanceEntity)
      .createQueryBuilder('a')
      .where('a.need_id = :needId AND a.organization_id = ANY(:orgs)', {
        needId,
        orgs: [...organizationIds],
      })
      .getMany();
    for (const row of rows)
      map.set(row.organizationId, [...(map.get(row.organizationId) ?? []), row.version]);
    return map;
  }

  /** Every version the need's terms have had: a version name is never reused for other text. */
  async usedNdaVersions(needId: string): Promise<string[]> {
    const rows: { version: string }[] = await this.manager.query(
      `SELECT DISTINCT after->>'version' AS version FROM audit_event WHERE object_type = 'TechnologyNeed' AND object_id = $1 AND action = 'need.ndaTermsSet' AND after ? 'version'`,
      [needId],
    );
    return rows.map((row) => row.version);
  }

  acceptancesBy(
    needId: string,
    organizationIds: readonly string[],
  ): Promise<NdaAcceptanceEntity[]> {
    return this.manager
      .getRepository(NdaAcceptanceEntity)
      .createQueryBuilder('a')
      .where('a.need_id = :needId AND a.organization_id = ANY(:orgs)', {
        needId,
        orgs: [...organizationIds],
      })
      .orderBy('a.accepted_at', 'DESC')
      .getMany();
  }

  acceptancesOf(needId: string): Promise<NdaAcceptanceEntity[]> {
    return this.manager.find(NdaAcceptanceEntity, {
      where: { needId },
      order: { acceptedAt: 'DESC' },
    });
  }

  async insertAcceptance(
    values: Pick<
      NdaAcceptanceEntity,
      'needId' | 'organizationId' | 'version' | 'text' | 'acceptedById'
    >,
  ): Promise<NdaAcceptanceEntity | null> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(NdaAcceptanceEntity)
      .values(values)
      .orIgnore()
      .returning('*')
      .execute();
    const row = (result.raw as { id: string }[])[0];
    return row ? this.manager.findOne(NdaAcceptanceEntity, { where: { id: row.id } }) : null;
  }

  /** OPEN needs whose deadline passed, locked and skipped by concurrent runs (one job per replica is fine). */
  expiredOpenNeeds(now: Date, limit: number): Promise<TechnologyNeedEntity[]> {
    // Served by technology_need_open_deadline_idx (partial on status = 'OPEN').
    return this.manager
      .getRepository(TechnologyNeedEntity)
      .createQueryBuilder('n')
      .where(`n.status = 'OPEN' AND n.response_deadline <= :now`, { now })
      .orderBy('n.response_deadline', 'ASC')
      .limit(limit)
      .setLock('for_no_key_update')
      .setOnLocked('skip_locked')
      .getMany();
  }
}
