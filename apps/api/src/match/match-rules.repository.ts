import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** What recording the rules' fingerprint did (null: it was already the stored one). */
export interface RulesRecorded {
  /** The table had no row: a fresh database, whose pairs (if any) these rules computed. */
  inserted: boolean;
  /** The fingerprint replaced (null on a first insert). */
  previous: string | null;
}

/** The only SQL of match_rules, the record of the rules the stored lists were computed with. */
@Injectable()
export class MatchRulesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Stores `fingerprint` unless it is the stored one, in one statement: of several workers
   * starting together with the same new rules, the first changes the row and the others,
   * waiting for its lock, find it changed already and get null (ON CONFLICT's WHERE is
   * checked against the row as committed). `previous` is read in the statement's snapshot:
   * good enough for the audit trail, never used to decide.
   */
  async record(fingerprint: string): Promise<RulesRecorded | null> {
    const [row] = (await this.txHost.tx.query(
      `WITH stored AS (SELECT fingerprint FROM match_rules)
       INSERT INTO match_rules AS r (singleton, fingerprint) VALUES (true, $1)
       ON CONFLICT (singleton) DO UPDATE SET fingerprint = excluded.fingerprint, changed_at = now()
         WHERE r.fingerprint IS DISTINCT FROM excluded.fingerprint
       RETURNING (r.xmax = 0) AS inserted, (SELECT fingerprint FROM stored) AS previous`,
      [fingerprint],
    )) as RulesRecorded[];
    return row ?? null;
  }
}
