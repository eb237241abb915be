import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import { CapabilityInvitedOrganizationEntity } from './capability-invited-organization.entity';
import { CapabilityEntity } from './capability.entity';

/** The only place that builds SQL for capabilities. */
@Injectable()
export class CapabilityRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The use case's transaction when one is open (see Transactions), the pool's otherwise. */
  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  private get repo() {
    return this.manager.getRepository(CapabilityEntity);
  }

  findVisible(id: string, visibility: SqlPredicate): Promise<CapabilityEntity | null> {
    return this.repo.createQueryBuilder('c').where('c.id = :id', { id }).andWhere(visibility.sql, visibility.params).getOne();
  }

  findForUpdate(id: string): Promise<CapabilityEntity | null> {
    return this.manager.getRepository(CapabilityEntity).createQueryBuilder('c').where('c.id = :id', { id }).setLock('for_no_key_update').getOne();
  }

  async listOfOrganization(organizationId: string, visibility: SqlPredicate, first: number, after: unknown[] | null): Promise<{ rows: CapabilityEntity[]; totalCount: number }> {
    const qb = this.repo.createQueryBuilder('c').where('c.organization_id = :organizationId', { organizationId }).andWhere(visibility.sql, visibility.params);
    const totalCount = await qb.clone().getCount();
    const at = `date_trunc('milliseconds', c.created_at)`;
    if (after) qb.andWhere(`(${at}, c.id) < (:ct::timestamptz, :cid::uuid)`, { ct: after[0], cid: after[1] });
    const rows = await qb.orderBy(at, 'DESC').addOrderBy('c.id', 'DESC').limit(first + 1).getMany();
    return { rows, totalCount };
  }

  save(values: Partial<CapabilityEntity>): Promise<CapabilityEntity> {
    const repo = this.manager.getRepository(CapabilityEntity);
    return repo.save(repo.create(values));
  }

  async delete(id: string): Promise<void> {
    await this.manager.delete(CapabilityEntity, { id });
  }

  invitedOrganizationIds(capabilityId: string): Promise<string[]> {
    return this.manager
      .find(CapabilityInvitedOrganizationEntity, { where: { capabilityId } })
      .then((rows) => rows.map((row) => row.organizationId));
  }

  async replaceInvitedOrganizations(capabilityId: string, organizationIds: readonly string[]): Promise<void> {
    await this.manager.delete(CapabilityInvitedOrganizationEntity, { capabilityId });
    if (organizationIds.length)
      await this.manager.insert(CapabilityInvitedOrganizationEntity, organizationIds.map((organizationId) => ({ capabilityId, organizationId })));
  }
}
