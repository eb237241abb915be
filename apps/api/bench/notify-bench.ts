/* Notification fan-out and e-mail throughput (`pnpm bench:notify`).
 *
 * One fresh database, the whole app in this process (jobs off: the bench runs the handlers
 * itself). BENCH_RECIPIENTS (default 10,000) accounts.
 * 1. Fan-out of one event to every account (a cluster-wide announcement), in-app delivery:
 *    the fan-out job's run (one INSERT … SELECT with each recipient's preference joined,
 *    then a live event per recipient, committed together) against the same rows inserted
 *    with one plain multi-row INSERT in the same run.
 * 2. The same with every recipient on EMAIL_NOW: until every row is stored and every
 *    e-mail rendered, stored and its delivery job queued (the outbox row), in one commit.
 * 3. E-mail throughput: BENCH_EMAILS (default 500) queued messages delivered to a local SMTP
 *    server (smtp-server, in this process) by the delivery handler, BENCH_SMTP_CONCURRENCY
 *    (default 4) at a time. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../src/app.module';
import { Mailer } from '../src/email/mailer';
import { NotificationService } from '../src/notification/notification.service';
import type { NotificationEvent } from '../src/notification/notification-event';
import { loadConfig } from '../src/platform/config/config';
import { migrate } from '../src/platform/database/migrate';
import { Transactions } from '../src/platform/database/transactions';
import { startSmtpSink } from '../test/email/smtp-sink';
import { freshDatabase, log, ms } from './bench-support';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const EMAILS = Number(process.env.BENCH_EMAILS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_SMTP_CONCURRENCY ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const elapsed = async (work: () => Promise<unknown>): Promise<number> => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

async function main(): Promise<void> {
  const database = await freshDatabase('notify');
  const smtp = await startSmtpSink();
  log(`notify bench: ${RECIPIENTS} recipients, ${database.describe}`);
  try {
    await migrate(database.url);
    const config = loadConfig({
      ...process.env,
      SPILLOVER_DEMO_DATA: 'false',
      SPILLOVER_JOBS: 'false',
      SPILLOVER_SECRET: 'notify-bench-secret-of-at-least-32-characters',
      SMTP_URL: smtp.url,
    });
    const app = await NestFactory.create(AppModule.forRoot(config, database.url), {
      logger: false,
    });
    await app.init();
    const transactions = app.get(Transactions);
    const notifications = app.get(NotificationService);
    const mailer = app.get(Mailer);
    const sql = (text: string, values: unknown[] = []) => transactions.manager.query(text, values);

    const ids = (
      (await sql(
        `INSERT INTO user_account (email, password_hash, display_name, preferred_language)
         SELECT 'bench' || i || '@example.org', 'x', 'Bench ' || i, CASE WHEN i % 2 = 0 THEN 'ko' ELSE 'en' END
           FROM generate_series(1, $1) AS i RETURNING id`,
        [RECIPIENTS],
      )) as { id: string }[]
    ).map((row) => row.id);
    await sql(`ANALYZE user_account`);

    const event = (type: NotificationEvent['type']): NotificationEvent => ({
      type,
      recipients: { userIds: ids },
      subject: null,
      params: {
        search: 'Cluster announcement',
        count: 3,
        organization: 'Gumi cluster',
        listing: 'Hydrogen day',
      },
      path: '/clusters',
    });

    // Baseline: the same rows, one plain multi-row INSERT, committed. The machine's speed
    // moves within seconds, so the two are measured in alternation, ROUNDS times, on an
    // emptied table each time, and compared by their medians.
    const plainRuns: number[] = [];
    const fanOutRuns: number[] = [];
    let stored = 0;
    for (let round = 0; round < ROUNDS; round++) {
      plainRuns.push(
        await elapsed(() =>
          transactions.run(() =>
            sql(
              `INSERT INTO notification (recipient_id, type, event_key, delivery, params, path)
               SELECT u, 'message.received', 'plain', 'IN_APP', $2::jsonb, '/clusters' FROM unnest($1::uuid[]) AS u`,
              [ids, JSON.stringify(event('message.received').params)],
            ),
          ),
        ),
      );
      await sql(`TRUNCATE notification`);
      fanOutRuns.push(
        await elapsed(() =>
          transactions.run(() =>
            notifications.fanOut(event('message.received'), `bench-${randomUUID()}`),
          ),
        ),
      );
      stored = ((await sql(`SELECT count(*)::int AS n FROM notification`)) as { n: number }[])[0]!
        .n;
      await sql(`TRUNCATE notification`);
    }
    const plain = median(plainRuns);
    const fanOut = median(fanOutRuns);
    log(
      `1. in-app fan-out to ${RECIPIENTS}: median of ${ROUNDS} ${ms(fanOut)} (rows ${stored}, their live events) vs plain INSERT ${ms(plain)}: ${(fanOut / plain).toFixed(2)}×`,
    );

    // Everyone on EMAIL_NOW for one type.
    await sql(
      `INSERT INTO notification_preference (user_id, type, delivery) SELECT u, 'interest.received', 'EMAIL_NOW' FROM unnest($1::uuid[]) AS u`,
      [ids],
    );
    const withMail = await elapsed(() =>
      transactions.run(() =>
        notifications.fanOut(event('interest.received'), `mail-${randomUUID()}`),
      ),
    );
    const queued = (await sql(
      `SELECT count(*)::int AS n FROM job_outbox WHERE queue = 'email.deliver'`,
    )) as { n: number }[];
    log(
      `2. EMAIL_NOW fan-out to ${RECIPIENTS}: ${ms(withMail)} until every row stored and ${queued[0]!.n} e-mail jobs queued: ${(withMail / plain).toFixed(2)}× the plain INSERT`,
    );

    // E-mail throughput to the local SMTP server.
    const messageIds = (
      (await sql(
        `SELECT id FROM email_message WHERE status = 'QUEUED' ORDER BY created_at LIMIT $1`,
        [EMAILS],
      )) as { id: string }[]
    ).map((row) => row.id);
    let next = 0;
    const worker = async () => {
      while (next < messageIds.length) {
        const id = messageIds[next++]!;
        await transactions.run(() => mailer.deliver(id));
      }
    };
    const sending = await elapsed(() => Promise.all(Array.from({ length: CONCURRENCY }, worker)));
    log(
      `3. e-mail: ${smtp.received.length} messages to a local SMTP server in ${ms(sending)}: ${((smtp.received.length / sending) * 1000).toFixed(0)} messages/s (${CONCURRENCY} at a time)`,
    );
    await app.close();
  } finally {
    await smtp.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
