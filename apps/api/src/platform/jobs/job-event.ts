/**
 * A job that carries data: an event such as "send this e-mail" or "fan out this
 * notification". Features define one per kind of event and enqueue it with
 * `JobEvents.enqueue` inside the transaction of the change that causes it.
 */
export interface EventJob<P> {
  /** Queue name, e.g. 'email.deliver'. */
  name: string;
  /** Tries after the first failure; each waits `retryDelaySeconds · 2^n` (with jitter). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * Runs the event inside a transaction that also records its idempotency key in
   * job_effect, so a delivery pg-boss repeats (a worker that died before completing it)
   * finds the key and does nothing. A throw undoes the record and the job is retried.
   * Effects outside the database (an SMTP send) happen at most once per successful run.
   */
  run(payload: P, context: { key: string; attempt: number }): Promise<void>;
}

/** What an outbox row becomes in pg-boss: the payload plus the key it acts once for. */
export interface EventEnvelope<P = unknown> {
  key: string;
  payload: P;
}

export const JOB_OUTBOX_CHANNEL = 'job_outbox';
