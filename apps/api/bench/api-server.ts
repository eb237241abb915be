/* The platform's API for the search benchmark, in a process of its own as in production:
 * the benchmark's HTTP client and its SQL floor run in the parent and must not share this
 * event loop. Reads DATABASE_URL (the benchmark's database) and SPILLOVER_DATA_DIR; prints
 * "listening <port>" once it accepts requests; stops on SIGTERM. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/platform/config/config';
import { APP_OPTIONS, configureApp } from '../src/platform/http';

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
  process.on('SIGTERM', () => {
    server.close(() => void app.close().then(() => process.exit(0)));
  });
  console.log(`listening ${(server.address() as AddressInfo).port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
