import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { CallService } from '../call/call.service';
import type { Actor } from '../platform/auth/actor';
import { JobQueue } from '../platform/jobs/job-queue';
import { ApplicationService } from './application.service';

const SYSTEM: Actor = { kind: 'anonymous', requestId: 'call-deadline' };

/**
 * At a call's deadline: closes it, then marks each SUBMITTED application ELIGIBLE or
 * INELIGIBLE with its failed rules. One scheduled job every minute (and once at start), the
 * two steps in that order in each run: as two jobs they could run in the other order, and a
 * manager who saw the call closed was refused the evaluation for a minute more ("still wait
 * for their eligibility decision"). Submissions never wait for it: the deadline itself is
 * checked against the server's clock whenever someone submits.
 */
@Injectable()
export class CallDeadlineJob implements OnModuleInit {
  private readonly logger = new Logger('CallDeadlineJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly calls: CallService,
    private readonly applications: ApplicationService,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'call-deadline',
      cron: '* * * * *',
      runAtStart: true,
      run: async () => {
        await this.runAt(new Date());
      },
    });
  }

  /** One run at `now`: the calls it closed and the applications it decided. */
  async runAt(now: Date): Promise<{ closed: string[]; decided: string[] }> {
    const closed = await this.calls.closeDue(now);
    if (closed.length) this.logger.log(`closed ${closed.length} call(s)`);
    const decided = await this.applications.decideDue(SYSTEM, now);
    if (decided.length) this.logger.log(`decided eligibility of ${decided.length} application(s)`);
    return { closed, decided };
  }
}
