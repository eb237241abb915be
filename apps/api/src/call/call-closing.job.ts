import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../platform/jobs/job-queue';
import { CallService } from './call.service';

/**
 * Closes OPEN calls at their deadline: a scheduled job every minute (and once at start, to
 * catch up). Submissions never wait for it: the deadline itself is checked against the
 * server's clock whenever someone submits.
 */
@Injectable()
export class CallClosingJob implements OnModuleInit {
  private readonly logger = new Logger('CallClosingJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly calls: CallService,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'call-closing',
      cron: '* * * * *',
      runAtStart: true,
      run: async () => {
        const closed = await this.calls.closeDue(new Date());
        if (closed.length) this.logger.log(`closed ${closed.length} call(s)`);
      },
    });
  }
}
