import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { NotificationService } from '../notification/notification.service';
import { Transactions } from '../platform/database/transactions';
import { JobQueue } from '../platform/jobs/job-queue';
import { callWords } from './application-notifier';
import { ApplicationRepository } from './application.repository';

/** Days before a call's deadline its applicants hear of it: a week, then the day before. */
export const APPLICATION_NOTICE_DAYS = [7, 1] as const;

/**
 * Tells a call's applicants (leads and accepted partners of drafts and submitted
 * applications) that its deadline is 7 days, then 1 day, away: an hourly job that notifies
 * once per call, window and deadline (the event key carries all three, so an extended
 * deadline is announced again and a rerun is not).
 */
@Injectable()
export class ApplicationDeadlineNoticeJob implements OnModuleInit {
  private readonly logger = new Logger('ApplicationDeadlineNoticeJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly applications: ApplicationRepository,
    private readonly notifications: NotificationService,
    private readonly transactions: Transactions,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'application-deadline-notice',
      cron: '17 * * * *',
      runAtStart: true,
      run: async () => {
        const noticed = await this.run(new Date());
        if (noticed) this.logger.log(`announced ${noticed} call deadline(s)`);
      },
    });
  }

  async run(now: Date): Promise<number> {
    return this.transactions.run(async () => {
      let noticed = 0;
      for (const days of APPLICATION_NOTICE_DAYS) {
        for (const { call, key, organizationIds } of await this.applications.callsClosingWithin(
          now,
          days,
        )) {
          await this.notifications.notify(
            {
              type: 'application.deadlineSoon',
              recipients: { organizationIds },
              subject: null,
              params: { ...callWords(call), days },
              path: `/calls/${call.id}`,
            },
            key,
          );
          noticed++;
        }
      }
      return noticed;
    });
  }
}
