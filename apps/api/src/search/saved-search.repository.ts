import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SavedSearchEntity } from './saved-search.entity';

/** The only place that builds SQL for saved searches. Every read is by owner: another user's is absent. */
@Injectable()
export class SavedSearchRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** In the use case's transaction when one is open (see Transactions), on the pool otherwise. */
  private get repo() {
    return this.txHost.tx.getRepository(SavedSearchEntity);
  }

  /**
   * Locks the owner's user row until the transaction ends: one user's saves take turns, so
   * a count read after it stays true until the insert commits (first in the lock order).
   */
  async lockOwner(userId: string): Promise<void> {
    await this.txHost.tx.query(`SELECT 1 FROM user_account WHERE id = $1 FOR NO KEY UPDATE`, [userId]);
  }

  listOf(userId: string): Promise<SavedSearchEntity[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  countOf(userId: string): Promise<number> {
    return this.repo.count({ where: { userId } });
  }

  findOwn(id: string, userId: string): Promise<SavedSearchEntity | null> {
    return this.repo.findOne({ where: { id, userId } });
  }

  /** Saved with results seen as of the database's clock, the clock listings are stamped with. */
  async insert(
    values: Pick<SavedSearchEntity, 'userId' | 'name' | 'criteria' | 'alert'>,
  ): Promise<SavedSearchEntity> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, resultsSeenAt: () => 'now()' })
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0]!.id;
    return (await this.findOwn(id, values.userId))!;
  }

  async markSeen(id: string, userId: string): Promise<SavedSearchEntity | null> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ resultsSeenAt: () => 'now()' })
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    return this.findOwn(id, userId);
  }

  /** Changes the alert of the user's own saved search; null when the user has none by that id. */
  async setAlert(
    id: string,
    userId: string,
    alert: SavedSearchEntity['alert'],
  ): Promise<SavedSearchEntity | null> {
    const result = await this.repo.update({ id, userId }, { alert });
    return (result.affected ?? 0) > 0 ? this.findOwn(id, userId) : null;
  }

  async delete(id: string, userId: string): Promise<boolean> {
    const result = await this.repo.delete({ id, userId });
    return (result.affected ?? 0) > 0;
  }
}
