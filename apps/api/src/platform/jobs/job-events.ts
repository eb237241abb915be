import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import type { EventEnvelope, EventJob } from './job-event';
import { JOB_OUTBOX_CHANNEL } from './job-event';
import { JobQueue } from './job-queue';

/** Rows handed to pg-boss per transaction. */
const DRAIN_BATCH = 100;

/**
 * Events with payloads, enqueued transactionally. `enqueue` writes a row to job_outbox in
 * the caller's transaction (a rolled-back change never sends; a committed one is never
 * lost, whichever replica runs jobs, even one where pg-boss is off); a recurring drain,
 * woken at commit, moves rows to pg-boss in one transaction with their deletion, so each
 * row becomes exactly one job. pg-boss retries a failed job with exponential backoff;
 * job_effect makes a repeated delivery act once.
 */
@Injectable()
export class JobEvents implements OnModuleInit {
  private readonly logger = new Logger('JobEvents');
  private readonly events = new Map<string, EventJob<never>>();

  constructor(
    private readonly queue: JobQueue,
    private readonly transactions: Transactions,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: 'job-outbox',
      cron: '* * * * *',
      runAtStart: true,
      wakeOn: JOB_OUTBOX_CHANNEL,
      run: async () => {
        await this.drain();
      },
    });
  }

  /**
   * Events not yet acted on: rows still in job_outbox, and jobs of these events pg-boss has
   * not finished (waiting, retrying or running). Between the drain and the handler an event
   * is in neither table's "done" state, so both count; 0 means the pipeline is idle.
   */
  async pending(): Promise<number> {
    const [row] = (await this.transactions.manager.query(
      `SELECT (SELECT count(*) FROM job_outbox)::int
            + (SELECT count(*) FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active'))::int AS n`,
      [[...this.events.keys()]],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** Defines an event; its worker starts with the queue (or at once when it already runs). */
  async define<P>(event: EventJob<P>): Promise<void> {
    this.events.set(event.name, event as EventJob<never>);
    await this.queue.registerWorker({
      name: event.name,
      retryLimit: event.retryLimit ?? 5,
      retryDelaySeconds: event.retryDelaySeconds ?? 30,
      run: (envelope: EventEnvelope, attempt: number) =>
        this.runOnce(event, envelope as EventEnvelope<P>, attempt),
    });
  }

  /**
   * Queues an event in the current transaction. The same key for the same event is one
   * event: enqueueing it again (a retried use case, a second click) adds nothing.
   */
  async enqueue<P>(name: string, payload: P, key: string): Promise<void> {
    // Outside a transaction the row would commit on its own, before the change it belongs to.
    if (!this.transactions.inTransaction())
      throw new Error(`enqueue(${name}) must run inside the change's transaction`);
    await this.transactions.manager.query(
      `INSERT INTO job_outbox (queue, idempotency_key, payload) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (queue, idempotency_key) DO NOTHING`,
      [name, key, JSON.stringify(payload)],
    );
  }

  /** Queues many events of one kind in one statement (a fan-out's e-mails), like `enqueue`. */
  async enqueueMany<P>(
    name: string,
    events: readonly { payload: P; key: string }[],
  ): Promise<void> {
    if (!events.length) return;
    if (!this.transactions.inTransaction())
      throw new Error(`enqueueMany(${name}) must run inside the change's transaction`);
    await this.transactions.manager.query(
      `INSERT INTO job_outbox (queue, idempotency_key, payload)
       SELECT $1, e.key, e.payload FROM jsonb_to_recordset($2::jsonb) AS e(key text, payload jsonb)
       ON CONFLICT (queue, idempotency_key) DO NOTHING`,
      [name, JSON.stringify(events)],
    );
  }

  /** Moves every outbox row whose event this process knows to pg-boss; returns how many. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.transactions.run(async () => {
        const rows = (await this.transactions.manager.query(
          `SELECT id, queue, idempotency_key AS key, payload FROM job_outbox
            WHERE queue = ANY($1) ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [[...this.events.keys()], DRAIN_BATCH],
        )) as { id: string; queue: string; key: string; payload: unknown }[];
        for (const row of rows) {
          // The job's insert runs through our transaction: it commits with the row's deletion.
          await this.queue.sendInTransaction(
            row.queue,
            { key: row.key, payload: row.payload } satisfies EventEnvelope,
            this.transactions.manager,
          );
        }
        if (rows.length)
          await this.transactions.manager.query(`DELETE FROM job_outbox WHERE id = ANY($1)`, [
            rows.map((row) => row.id),
          ]);
        return rows.length;
      });
      total += moved;
      if (moved < DRAIN_BATCH) return total;
    }
  }

  /**
   * Runs one delivery of an event, acting once per key: the key is recorded in the same
   * transaction as the handler's writes. A concurrent second delivery waits on the key's
   * unique index until the first commits, then finds it and returns.
   */
  async runOnce<P>(
    event: EventJob<P>,
    envelope: EventEnvelope<P>,
    attempt: number,
  ): Promise<boolean> {
    return this.transactions.run(async () => {
      const fresh = (await this.transactions.manager.query(
        `INSERT INTO job_effect (queue, idempotency_key) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [event.name, envelope.key],
      )) as unknown[];
      if (!fresh.length) {
        this.logger.log(`${event.name} ${envelope.key} already took effect; skipped`);
        return false;
      }
      await event.run(envelope.payload, { key: envelope.key, attempt });
      return true;
    });
  }
}
