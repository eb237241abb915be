import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { JobQueue } from '../platform/jobs/job-queue';
import { ApplicationService } from './application.service';

const SYSTEM: Actor = { kind: 'anonymous', requestId: 'application-eligibility' };

/**
 * At close, marks each SUBMITTED application of a closed call ELIGIBLE or INELIGIBLE with
 * the failed rules: a scheduled job every minute (and once at start), after the call-closing
 * job has closed the call at its deadline.
 */
@Injectable()
export class ApplicationEligibilityJob implements OnModuleInit {
  private readonly logger = new Logger('ApplicationEligibilityJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly applications: ApplicationService,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'application-eligibility',
      cron: '* * * * *',
      runAtStart: true,
      run: async () => {
        const decided = await this.applications.decideDue(SYSTEM, new Date());
        if (decided.length)
          this.logger.log(`decided eligibility of ${decided.length} application(s)`);
      },
    });
  }
}
