import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { matchRulesFingerprint } from './match-rules-fingerprint';
import { MatchRulesRepository } from './match-rules.repository';
import { MatchSweepRepository } from './match-sweep.repository';

const SYSTEM: Actor = { kind: 'anonymous', requestId: 'match-rules' };

/**
 * Keeps the stored lists on the rules the running code has: a release that changes a
 * weight, the glossary or the stop words changes the fingerprint of the domain's compiled
 * matching code, and the first process to start the match-refresh job with it asks for a
 * refresh of every listing, which the sweep serves in one pass (MatchSweep.due). Without
 * it, lists ordered by the old rules would stay until an admin pressed "Re-match everything".
 */
@Injectable()
export class MatchRules {
  private readonly logger = new Logger('MatchRules');

  constructor(
    private readonly rules: MatchRulesRepository,
    private readonly sweeps: MatchSweepRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Records the rules this process runs; see `record`. */
  async recordRunning(): Promise<number | null> {
    return this.record(await matchRulesFingerprint());
  }

  /**
   * Records `fingerprint` as the rules of the stored lists, and when it replaces another,
   * asks for everything to be matched again in the same transaction (a crash between the
   * two would otherwise lose the re-match for good). Returns how many listings were asked
   * for, or null when nothing changed: the same rules, another worker acted first, or a
   * first record, on a database whose pairs (if any) these rules computed. A database that
   * had pairs before this record existed holds an unknown fingerprint (migration
   * MatchRules1799300000100), which a first start replaces like any other.
   */
  async record(fingerprint: string): Promise<number | null> {
    const requested = await this.transactions.run(async () => {
      const recorded = await this.rules.record(fingerprint);
      if (!recorded || recorded.inserted) return null;
      const requested = await this.sweeps.requestFullRematch();
      await this.audit.record(SYSTEM, {
        action: 'match.rulesChanged',
        objectType: 'Platform',
        objectId: randomUUID(),
        before: { fingerprint: recorded.previous },
        after: { fingerprint, requested },
      });
      return requested;
    });
    // After the commit: a retried transaction logs once.
    if (requested !== null)
      this.logger.log(`matching rules changed: re-matching ${requested} listings`);
    return requested;
  }
}
