import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../platform/jobs/job-queue';
import { IMPORT_CHANNEL, ImportService } from './import.service';

/**
 * Runs bulk imports in the background on pg-boss: woken at once by the NOTIFY of a new run,
 * every minute as a backstop, and at start, when it resumes runs a stopped process left
 * (their file and progress are in import_run; see ImportRepository.claim).
 */
@Injectable()
export class ImportJob implements OnModuleInit {
  private readonly logger = new Logger('ImportJob');

  constructor(
    private readonly queue: JobQueue,
    private readonly imports: ImportService,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'import-run',
      cron: '* * * * *',
      runAtStart: true,
      wakeOn: IMPORT_CHANNEL,
      run: async () => {
        const done = await this.drain();
        if (done) this.logger.log(`finished ${done} import(s)`);
      },
    });
  }

  /** Works on runs until none is waiting; returns how many. */
  async drain(): Promise<number> {
    let done = 0;
    while (await this.imports.processNext()) done += 1;
    return done;
  }
}
