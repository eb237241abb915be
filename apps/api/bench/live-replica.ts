/* One replica of the platform for the live benchmark, in a process of its own: the whole app
 * on DATABASE_URL. Prints "listening <port>" once it accepts requests. Replica A also reads
 * "publish <needId>" lines on stdin: it publishes matchesRefreshed in a transaction, as the
 * refresh job does, and prints "committed <needId> <monotonic ns>" right after the commit. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/platform/config/config';
import { Transactions } from '../src/platform/database/transactions';
import { APP_OPTIONS, configureApp } from '../src/platform/http';
import { LiveEvents } from '../src/platform/live/live-events';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const config = loadConfig({
    ...process.env,
    SPILLOVER_DEMO_DATA: 'false',
    SPILLOVER_JOBS: 'false',
    PORT: '0',
  });
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), {
    ...APP_OPTIONS,
    logger: false,
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as Server;
  const live = app.get(LiveEvents);
  const transactions = app.get(Transactions);
  createInterface({ input: process.stdin }).on('line', (line) => {
    const needId = /^publish (\S+)$/.exec(line)?.[1];
    if (!needId) return;
    void transactions
      .run(() => live.publish('matchesRefreshed', { listingKind: 'NEED', listingId: needId }))
      .then(() => console.log(`committed ${needId} ${process.hrtime.bigint()}`));
  });
  process.on('SIGTERM', () => server.close(() => void app.close().then(() => process.exit(0))));
  console.log(`listening ${(server.address() as AddressInfo).port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
