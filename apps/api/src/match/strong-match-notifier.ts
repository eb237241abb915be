import { Injectable, Logger } from '@nestjs/common';
import { Transactions, isRetryable } from '../platform/database/transactions';
import {
  STRONG_MATCH_THRESHOLD_DEFAULT,
  STRONG_MATCH_THRESHOLD_MIN,
  scorePercent,
} from '@spillover/domain';
import { NotificationService } from '../notification/notification.service';
import { MatchRepository, type StoredPair } from './match.repository';

/**
 * A strong new match: a pair the refresh stored for the first time tells the need's
 * organization, each member by their own threshold (the fan-out compares the score with
 * it in SQL), and only members who may read the capability ever see it (checked at every
 * read). Once per pair: the key is the pair.
 */
@Injectable()
export class StrongMatchNotifier {
  private readonly logger = new Logger('StrongMatchNotifier');

  constructor(
    private readonly matches: MatchRepository,
    private readonly notifications: NotificationService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * `stored` in a savepoint of its own: matches stay stored without their news rather than
   * hold up the queue (a deadlock still undoes the whole batch, which runs again).
   */
  async storedBesides(pairs: readonly StoredPair[]): Promise<void> {
    try {
      await this.transactions.savepoint(() => this.stored(pairs));
    } catch (error) {
      if (isRetryable(error)) throw error;
      this.logger.error(
        `could not announce ${pairs.length} new pair(s): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Called by the refresh job inside its transaction with the pairs it stored anew. */
  async stored(pairs: readonly StoredPair[]): Promise<void> {
    // No threshold can be below the minimum: weaker pairs are nobody's strong match.
    const strong = pairs
      .map((pair) => ({ ...pair, percent: scorePercent(pair.score) }))
      .filter((pair) => pair.percent >= STRONG_MATCH_THRESHOLD_MIN);
    const percents = new Map(
      strong.map((pair) => [`${pair.needId}/${pair.capabilityId}`, pair.percent]),
    );
    for (const named of await this.matches.pairNames(strong, STRONG_MATCH_THRESHOLD_DEFAULT)) {
      const percent = percents.get(`${named.needId}/${named.capabilityId}`) ?? 0;
      await this.notifications.notify(
        {
          type: 'match.strong',
          recipients: { organizationIds: [named.needOrganizationId] },
          subject: { kind: 'CAPABILITY', id: named.capabilityId },
          scorePercent: percent,
          params: {
            need: named.needTitle,
            capability: named.capabilityTitle,
            organization: named.capabilityOrganization,
            percent,
          },
          path: `/needs/${named.needId}`,
        },
        `${named.needId}:${named.capabilityId}`,
      );
    }
  }
}
