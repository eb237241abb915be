import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { emailT } from '../email/email-renderer';
import { Mailer } from '../email/mailer';
import { Transactions } from '../platform/database/transactions';
import { JobQueue } from '../platform/jobs/job-queue';
import { ActorFactsLoader } from '../platform/policy/actor-facts';
import { Policy } from '../platform/policy/policy.service';
import { NotificationRepository } from './notification.repository';

const DAY_MS = 86_400_000;

/**
 * The daily digest: once a day, one e-mail per user with their DAILY_DIGEST notifications
 * of the last 24 hours that they may still read. notification_digest records (user, day)
 * in the transaction that queues the e-mail, so a second run the same day sends nothing.
 */
@Injectable()
export class NotificationDigest implements OnModuleInit {
  private readonly logger = new Logger('NotificationDigest');

  constructor(
    private readonly queue: JobQueue,
    private readonly repository: NotificationRepository,
    private readonly mailer: Mailer,
    private readonly transactions: Transactions,
    private readonly facts: ActorFactsLoader,
    private readonly policy: Policy,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'notification-digest',
      cron: '0 6 * * *',
      run: async () => {
        const sent = await this.run(new Date());
        if (sent) this.logger.log(`sent ${sent} digest(s)`);
      },
    });
  }

  /** Sends the digests of the day of `now`; returns how many went out now. */
  async run(now: Date): Promise<number> {
    const since = new Date(now.getTime() - DAY_MS);
    const day = now.toISOString().slice(0, 10);
    let sent = 0;
    for (const userId of await this.repository.digestRecipients(since)) {
      const done = await this.transactions.run(async () => {
        if (!(await this.repository.claimDigest(userId, day))) return false;
        const actor = await this.facts.signIn(userId, `digest-${day}`, {
          kind: 'session',
          sessionId: 'notification-digest',
        });
        if (!actor) return false;
        const [need, capability] = await Promise.all([
          this.policy.listingVisibility(actor, 'n', 'need'),
          this.policy.listingVisibility(actor, 'c', 'capability'),
        ]);
        const items = await this.repository.digestItems(userId, since, need, capability);
        if (!items.length) return false;
        const t = emailT(await this.repository.language(userId));
        await this.mailer.send({
          type: 'notification.digest',
          to: { userId },
          params: {
            count: items.length,
            items: items
              .map((item) => `\n• ${t(`types.${item.type}.subject`, item.params)}`)
              .join(''),
          },
          path: '/notifications',
        });
        return true;
      });
      if (done) sent += 1;
    }
    return sent;
  }
}
