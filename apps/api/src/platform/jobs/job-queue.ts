import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../config/config';
import { DATABASE_URL } from '../database/database-url';
import { PgListener } from '../live/pg-listener';

export interface RecurringJob {
  /** Queue name, also the schedule's name. */
  name: string;
  /** Cron expression (UTC), e.g. every minute: '* * * * *'. */
  cron: string;
  /** Also run once when the platform starts, to catch up after downtime. */
  runAtStart?: boolean;
  /**
   * A NOTIFY channel that wakes the job at once: the database notifies when work arrives
   * (at commit), the queue sends one job, and the schedule stays as the backstop. The
   * queue is `stately`, so however many replicas hear it, one job waits and one runs.
   */
  wakeOn?: string;
  run(): Promise<void>;
}

/** A worker for jobs that carry data (see job-events.ts, which defines them). */
export interface PayloadWorker {
  name: string;
  retryLimit: number;
  retryDelaySeconds: number;
  run(data: unknown, attempt: number): Promise<unknown>;
}

/**
 * Background jobs on pg-boss: PostgreSQL is the only service. Jobs are stored, retried and
 * handed to exactly one worker across replicas; schedules fire once per period however many
 * replicas run. Features register their jobs; the queue starts after the app is up.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly jobs: RecurringJob[] = [];
  private readonly workers: PayloadWorker[] = [];
  private boss: PgBoss | null = null;
  private unlisten: (() => Promise<void>)[] = [];

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly listener: PgListener,
  ) {}

  register(job: RecurringJob): void {
    this.jobs.push(job);
  }

  /** Adds a worker for payload jobs; started with the queue, or at once if it already runs. */
  async registerWorker(worker: PayloadWorker): Promise<void> {
    this.workers.push(worker);
    if (this.boss) await this.startWorker(this.boss, worker);
  }

  private async startWorker(boss: PgBoss, worker: PayloadWorker): Promise<void> {
    // Retries with exponential backoff (pg-boss: retryDelay · 2^retryCount, with jitter).
    await boss.createQueue(worker.name, {
      retryLimit: worker.retryLimit,
      retryDelay: worker.retryDelaySeconds,
      retryBackoff: true,
    });
    await boss.work(
      worker.name,
      { pollingIntervalSeconds: 0.5, includeMetadata: true },
      async ([job]) => {
        if (job) await worker.run(job.data, job.retryCount);
      },
    );
  }

  /**
   * Inserts a job through the caller's transaction (pg-boss's `db` adapter over the
   * EntityManager): the job exists only if that transaction commits.
   */
  async sendInTransaction(name: string, data: object, manager: EntityManager): Promise<void> {
    if (!this.boss) throw new Error('the job queue is not running in this process');
    await this.boss.send(name, data, {
      db: {
        executeSql: async (text: string, values?: unknown[]) => ({
          rows: (await manager.query(text, values)) as unknown[],
        }),
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs || this.jobs.length + this.workers.length === 0) return;
    // pg-boss is an ES module; Node 22 loads it from CommonJS on demand.
    const { PgBoss } = await import('pg-boss');
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      application_name: 'spillover-jobs',
      max: 4,
    });
    boss.on('error', (error: unknown) =>
      this.logger.error(error instanceof Error ? error.message : String(error)),
    );
    await boss.start();
    this.boss = boss;
    // Payload queues first: a recurring drain may send to them as soon as it runs.
    for (const worker of this.workers) await this.startWorker(boss, worker);
    for (const job of this.jobs) {
      await boss.createQueue(job.name, job.wakeOn ? { policy: 'stately' } : undefined);
      await boss.schedule(job.name, job.cron, null, { tz: 'UTC' });
      await boss.work(job.name, async () => {
        await job.run();
      });
      if (job.runAtStart) await boss.send(job.name, null);
    }
    await this.retireSchedules(boss);
    await this.listen(boss);
  }

  /**
   * A recurring job that was renamed or removed keeps its schedule in pg-boss, which would
   * queue it every minute for no worker: every replica runs the same jobs, so a schedule
   * none of them registered is retired.
   */
  private async retireSchedules(boss: PgBoss): Promise<void> {
    const registered = new Set(this.jobs.map((job) => job.name));
    for (const schedule of await boss.getSchedules())
      if (!registered.has(schedule.name)) {
        await boss.unschedule(schedule.name);
        this.logger.log(`retired the schedule of ${schedule.name}`);
      }
  }

  private async listen(boss: PgBoss): Promise<void> {
    const wake = (job: RecurringJob) =>
      boss
        .send(job.name, null)
        .catch((error: unknown) =>
          this.logger.warn(`could not wake ${job.name}: ${String(error)}`),
        );
    for (const job of this.jobs.filter((candidate) => candidate.wakeOn)) {
      // A lost connection costs latency only (the schedule still runs every job); after it
      // is back, one wake-up catches up on the notifications missed in between.
      this.unlisten.push(
        await this.listener.listen(job.wakeOn!, {
          notify: () => void wake(job),
          reconnected: () => void wake(job),
        }),
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const stop of this.unlisten.splice(0)) await stop().catch(() => undefined);
    // Let a running job finish its transaction; pg-boss re-queues whatever it had not started.
    await this.boss?.stop({ graceful: true, timeout: 10_000 });
    this.boss = null;
  }
}
