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
    await this.txHost.tx.query(`SELECT 1 FROM user_account WHERE id = $1 FOR NO KEY UPDATE`, [
      userId,
    ]);
  }

  /**
   * Saved searches whose alert is due at `now`: DAILY ones a day after their last alert,
   * WEEKLY ones a week after (an hour early, so a job at a fixed hour does not slip a day).
   */
  async dueForAlert(now: Date): Promise<string[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT s.id FROM saved_search s LEFT JOIN saved_search_alert_run r ON r.saved_search_id = s.id
        WHERE s.alert <> 'NONE'
          AND (r.alerted_at IS NULL OR r.alerted_at <= $1::timestamptz + interval '1 hour'
               - CASE s.alert WHEN 'DAILY' THEN interval '1 day' ELSE interval '7 days' END)`,
      [now],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Locks a saved search's alert record; returns the search and when it last alerted. */
  async lockForAlert(
    id: string,
  ): Promise<{ saved: SavedSearchEntity; alertedAt: Date | null } | null> {
    await this.txHost.tx.query(
      `INSERT INTO saved_search_alert_run (saved_search_id, alerted_at) SELECT id, '-infinity' FROM saved_search WHERE id = $1 ON CONFLICT DO NOTHING`,
      [id],
    );
    const [run] = (await this.txHost.tx.query(
      `SELECT alerted_at AS "alertedAt" FROM saved_search_alert_run WHERE saved_search_id = $1 FOR UPDATE`,
      [id],
    )) as { alertedAt: Date | string }[];
    const saved = await this.repo.findOne({ where: { id } });
    if (!run || !saved) return null;
    const alertedAt =
      run.alertedAt instanceof Date && Number.isFinite(run.alertedAt.getTime())
        ? run.alertedAt
        : null;
    return { saved, alertedAt };
  }

  async markAlerted(id: string, at: Date): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE saved_search_alert_run SET alerted_at = $2 WHERE saved_search_id = $1`,
      [id, at],
    );
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
