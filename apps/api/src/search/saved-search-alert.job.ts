import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { NotificationService } from '../notification/notification.service';
import { Transactions } from '../platform/database/transactions';
import { JobQueue } from '../platform/jobs/job-queue';
import { ActorFactsLoader } from '../platform/policy/actor-facts';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchService } from './saved-search.service';
import { SearchService } from './search.service';

/**
 * A saved search's alert: at its frequency (DAILY, WEEKLY; NONE never), the owner hears of
 * results listed since the later of its last alert and their last look, as they may see
 * them now. No new result, no notification; the alert is paced either way.
 */
@Injectable()
export class SavedSearchAlertJob implements OnModuleInit {
  private readonly logger = new Logger('SavedSearchAlertJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly savedSearches: SavedSearchRepository,
    private readonly service: SavedSearchService,
    private readonly search: SearchService,
    private readonly notifications: NotificationService,
    private readonly transactions: Transactions,
    private readonly facts: ActorFactsLoader,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'saved-search-alert',
      cron: '0 * * * *',
      run: async () => {
        const alerted = await this.run(new Date());
        if (alerted) this.logger.log(`alerted ${alerted} saved search(es)`);
      },
    });
  }

  /** Alerts every due saved search; returns how many had new results. */
  async run(now: Date): Promise<number> {
    let alerted = 0;
    for (const id of await this.savedSearches.dueForAlert(now)) {
      const told = await this.transactions.run(async () => {
        const locked = await this.savedSearches.lockForAlert(id);
        if (!locked) return false;
        const { saved, alertedAt } = locked;
        const actor = await this.facts.signIn(saved.userId, `saved-search-alert-${id}`, {
          kind: 'session',
          sessionId: 'saved-search-alert',
        });
        await this.savedSearches.markAlerted(id, now);
        if (!actor) return false;
        const since =
          alertedAt && alertedAt > saved.resultsSeenAt ? alertedAt : saved.resultsSeenAt;
        const outcome = await this.search.search(
          actor,
          { ...this.service.criteriaOf(saved), first: 1 },
          { stats: true, listedAfter: since },
        );
        const count = outcome.totalCount ?? outcome.hits.length;
        if (!count) return false;
        await this.notifications.notify(
          {
            type: 'search.newResults',
            recipients: { userIds: [saved.userId] },
            subject: null,
            params: { search: saved.name, count },
            path: '/search/saved',
          },
          `${id}:${now.toISOString()}`,
        );
        return true;
      });
      if (told) alerted += 1;
    }
    return alerted;
  }
}
