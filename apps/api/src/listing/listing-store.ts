import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import type { ListingRow } from './listing-kind';

/** Where one kind's rows live: its entity, its alias in the policy's predicate, its invitation table. */
export interface ListingTable<E extends ListingRow> {
  entity: EntityTarget<E>;
  alias: string;
  invited: EntityTarget<ObjectLiteral>;
  /** The invitation entity's property naming the listing (needId, capabilityId). */
  invitedKey: string;
}

/**
 * The SQL every listing kind shares: visible and locked loads, the organization's page, saving,
 * deleting and the invited organizations of a PRIVATE listing. NeedRepository and
 * CapabilityRepository extend it with what only their kind has.
 */
export abstract class ListingStore<E extends ListingRow> {
  protected constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    protected readonly table: ListingTable<E>,
  ) {}

  /** The alias the policy's visibility predicate is written for. */
  get alias(): string {
    return this.table.alias;
  }

  /** The use case's transaction when one is open (see Transactions), the pool's otherwise. */
  protected get manager(): EntityManager {
    return this.txHost.tx;
  }

  private query() {
    return this.manager.getRepository(this.table.entity).createQueryBuilder(this.table.alias);
  }

  /** A listing the caller may see (the policy's predicate), or null: hidden is the same as absent. */
  findVisible(id: string, visibility: SqlPredicate): Promise<E | null> {
    return this.query()
      .where(`${this.table.alias}.id = :id`, { id })
      .andWhere(visibility.sql, visibility.params)
      .getOne();
  }

  findForUpdate(id: string): Promise<E | null> {
    return this.query()
      .where(`${this.table.alias}.id = :id`, { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  /** An organization's listings the caller may see, newest first, one more than asked (a next page). */
  async listOfOrganization(
    organizationId: string,
    visibility: SqlPredicate,
    first: number,
    after: unknown[] | null,
  ): Promise<{ rows: E[]; totalCount: number }> {
    const a = this.table.alias;
    const qb = this.query()
      .where(`${a}.organization_id = :organizationId`, { organizationId })
      .andWhere(visibility.sql, visibility.params);
    const totalCount = await qb.clone().getCount();
    const at = `date_trunc('milliseconds', ${a}.created_at)`;
    if (after)
      qb.andWhere(`(${at}, ${a}.id) < (:ct::timestamptz, :cid::uuid)`, {
        ct: after[0],
        cid: after[1],
      });
    const rows = await qb
      .orderBy(at, 'DESC')
      .addOrderBy(`${a}.id`, 'DESC')
      .limit(first + 1)
      .getMany();
    return { rows, totalCount };
  }

  save(values: Partial<E>): Promise<E> {
    const repo = this.manager.getRepository(this.table.entity);
    return repo.save(repo.create(values as E));
  }

  async delete(id: string): Promise<void> {
    await this.manager.delete(this.table.entity, { id });
  }

  async invitedOrganizationIds(listingId: string): Promise<string[]> {
    const rows = await this.manager.find(this.table.invited, {
      where: { [this.table.invitedKey]: listingId },
    });
    return rows.map((row) => (row as { organizationId: string }).organizationId);
  }

  async replaceInvitedOrganizations(
    listingId: string,
    organizationIds: readonly string[],
  ): Promise<void> {
    await this.manager.delete(this.table.invited, { [this.table.invitedKey]: listingId });
    if (organizationIds.length)
      await this.manager.insert(
        this.table.invited,
        organizationIds.map((organizationId) => ({
          [this.table.invitedKey]: listingId,
          organizationId,
        })),
      );
  }
}
