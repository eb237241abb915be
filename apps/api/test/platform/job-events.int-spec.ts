/**
 * Jobs with payloads, for real on pg-boss: an event enqueued in a transaction that rolls
 * back never runs; a delivery repeated (or run concurrently) acts once; a failing handler is
 * retried with backoff until it succeeds, and its effect lands once.
 */
import { Transactions } from '../../src/platform/database/transactions';
import { JobEvents } from '../../src/platform/jobs/job-events';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(90_000);

let t: TestApp;
let events: JobEvents;
let transactions: Transactions;
const attempts: Record<string, number[]> = {};

beforeAll(async () => {
  t = await createTestApp({ SPILLOVER_JOBS: 'true' });
  events = t.app.get(JobEvents);
  transactions = t.app.get(Transactions);
  await t.dataSource.query(
    `CREATE TABLE test_effect (key text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  );
  await events.define<{ key: string; failTimes: number }>({
    name: 'test.effect',
    retryLimit: 4,
    retryDelaySeconds: 1,
    run: async (payload, { attempt }) => {
      (attempts[payload.key] ??= []).push(attempt);
      if (attempt < payload.failTimes) throw new Error(`refused on attempt ${attempt}`);
      await transactions.manager.query(`INSERT INTO test_effect (key) VALUES ($1)`, [payload.key]);
    },
  });
});
afterAll(() => t.close());

const effects = async (key: string): Promise<number> =>
  Number(
    (
      (await t.dataSource.query(`SELECT count(*) AS n FROM test_effect WHERE key = $1`, [key])) as {
        n: string;
      }[]
    )[0]!.n,
  );

async function eventually(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const enqueue = (key: string, failTimes = 0) =>
  transactions.run(() => events.enqueue('test.effect', { key, failTimes }, key));

describe('jobs with payloads', () => {
  it('never runs an event enqueued in a transaction that rolled back', async () => {
    await expect(
      transactions.run(async () => {
        await events.enqueue('test.effect', { key: 'rolled-back', failTimes: 0 }, 'rolled-back');
        throw new Error('the change fails after enqueueing');
      }),
    ).rejects.toThrow('the change fails');
    await enqueue('committed');
    await eventually(async () => (await effects('committed')) === 1);
    await events.drain();
    expect(await effects('rolled-back')).toBe(0);
    expect(attempts['rolled-back']).toBeUndefined();
    expect(await t.dataSource.query(`SELECT * FROM job_outbox`)).toEqual([]);
  });

  it('enqueues one event per key, however often the cause repeats', async () => {
    await enqueue('twice-enqueued');
    await enqueue('twice-enqueued');
    await eventually(async () => (await effects('twice-enqueued')) === 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await effects('twice-enqueued')).toBe(1);
    expect(attempts['twice-enqueued']).toEqual([0]);
  });

  it('acts once when a delivery runs twice, one after the other or at the same time', async () => {
    const definition = {
      name: 'test.effect',
      run: async (payload: { key: string }) =>
        void (await transactions.manager.query(`INSERT INTO test_effect (key) VALUES ($1)`, [
          payload.key,
        ])),
    };
    expect(
      await events.runOnce(definition, { key: 'redelivered', payload: { key: 'redelivered' } }, 0),
    ).toBe(true);
    expect(
      await events.runOnce(definition, { key: 'redelivered', payload: { key: 'redelivered' } }, 0),
    ).toBe(false);
    expect(await effects('redelivered')).toBe(1);

    const both = await Promise.all(
      [0, 1].map(() =>
        events.runOnce(definition, { key: 'concurrent', payload: { key: 'concurrent' } }, 0),
      ),
    );
    expect(both.filter(Boolean)).toHaveLength(1);
    expect(await effects('concurrent')).toBe(1);
  });

  it('retries a failing handler with backoff until it succeeds, and acts once', async () => {
    const started = Date.now();
    await enqueue('flaky', 2);
    await eventually(async () => (await effects('flaky')) === 1, 45_000);
    expect(attempts.flaky).toEqual([0, 1, 2]);
    // Two waits of at least retryDelay · 2^n each (1 s, then 2 s, less jitter): not at once.
    expect(Date.now() - started).toBeGreaterThan(1500);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await effects('flaky')).toBe(1);
  });
});
