import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { NotificationService } from '../notification/notification.service';
import { Transactions } from '../platform/database/transactions';
import { JobQueue } from '../platform/jobs/job-queue';
import { NeedRepository } from './need.repository';

/** How far ahead a need's members hear of its response deadline. */
export const DEADLINE_NOTICE_DAYS = 3;

/**
 * Tells a need's organization that its response deadline is 3 days away: an hourly job
 * that notifies once per need and deadline (the event key carries both, so a moved
 * deadline is announced again and a rerun is not).
 */
@Injectable()
export class NeedDeadlineNoticeJob implements OnModuleInit {
  private readonly logger = new Logger('NeedDeadlineNoticeJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly needs: NeedRepository,
    private readonly notifications: NotificationService,
    private readonly transactions: Transactions,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'need-deadline-notice',
      cron: '7 * * * *',
      runAtStart: true,
      run: async () => {
        const noticed = await this.run();
        if (noticed) this.logger.log(`announced ${noticed} deadline(s)`);
      },
    });
  }

  async run(): Promise<number> {
    return this.transactions.run(async () => {
      const needs = await this.needs.closingWithin(DEADLINE_NOTICE_DAYS);
      for (const need of needs) {
        const deadline = need.responseDeadline.toISOString().slice(0, 10);
        await this.notifications.notify(
          {
            type: 'need.deadlineSoon',
            recipients: { organizationIds: [need.organizationId] },
            subject: { kind: 'NEED', id: need.id },
            params: { need: need.title, deadline },
            path: `/needs/${need.id}`,
          },
          `${need.id}:${deadline}`,
        );
      }
      return needs.length;
    });
  }
}
