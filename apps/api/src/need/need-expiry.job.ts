import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../platform/jobs/job-queue';
import { NeedService } from './need.service';

/**
 * Closes OPEN needs whose response deadline passed, as EXPIRED: a scheduled job every
 * minute (and once at start, to catch up), never a side effect of someone reading a need.
 */
@Injectable()
export class NeedExpiryJob implements OnModuleInit {
  private readonly logger = new Logger('NeedExpiryJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly needs: NeedService,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'need-expiry',
      cron: '* * * * *',
      runAtStart: true,
      run: async () => {
        const expired = await this.needs.expireDue(new Date());
        if (expired.length) this.logger.log(`expired ${expired.length} need(s)`);
      },
    });
  }
}
