import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { AppModule } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { AccountService } from './account/account.service';
import { loadConfig } from './platform/config/config';
import { migrate } from './platform/database/migrate';
import { startDatabaseServer } from './platform/database/database-server';
import { APP_OPTIONS, configureApp } from './platform/http';
import { errorSerializer } from './platform/logging/error-serializer';

const log = pino({ name: 'spillover', serializers: { err: errorSerializer } });

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const database = await startDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log: (message) => log.info(message),
    warn: (message) => log.error(message),
  });
  // The embedded PostgreSQL is started again if it dies. If that fails, every request would
  // fail from now on: exit non-zero so that a process manager (systemd, Docker, Kubernetes)
  // restarts the platform, which starts PostgreSQL afresh.
  database.supervise((error) => {
    log.fatal(
      { err: error },
      'the embedded PostgreSQL died and could not be started again; exiting',
    );
    process.exit(1);
  });
  let stopping = false;
  const stopDatabase = async () => {
    await database
      .stop()
      .catch((error: unknown) => log.error({ err: error }, 'stopping PostgreSQL failed'));
  };
  try {
    const applied = await migrate(database.url);
    if (applied.length) log.info({ migrations: applied }, 'applied migrations');

    const app = await NestFactory.create(AppModule.forRoot(config, database.url), {
      ...APP_OPTIONS,
      bufferLogs: true,
    });
    configureApp(app);
    await app.init();
    if (config.admin)
      await app
        .get(AccountService)
        .bootstrapAdmin(config.admin.email, config.admin.password, (m) => log.info(m));
    const demo = config.demoData ? await app.get(DemoSeeder).seedOnce() : null;
    await app.listen(config.port);

    // Ctrl-C / docker stop: finish requests in flight, close the pool, then stop PostgreSQL.
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      // Stop accepting connections and let requests in flight finish while the database is
      // still there; only then close the app (and its pool), then PostgreSQL.
      const server = app.getHttpServer() as import('node:http').Server;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app
        .close()
        .catch((error: unknown) => log.warn({ err: error }, 'closing the app reported a problem'));
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));

    const url = `http://localhost:${config.port}`;
    log.info(
      { url, startupMs: Date.now() - started, embeddedDatabase: database.embedded },
      'Spillover is running',
    );
    // Printed plainly as well as logged: this is what a newcomer looks for in the terminal.
    console.log(
      `\n  Spillover is running at ${url}  (GraphQL ${url}/graphql, health ${url}/health)`,
    );
    if (demo) {
      console.log(`  Demo logins (password for all: ${demo.password}):`);
      for (const login of demo.logins) console.log(`    ${login.email.padEnd(34)} ${login.role}`);
    }
    console.log('');
  } catch (error) {
    log.fatal({ err: error }, 'Spillover could not start');
    await stopDatabase();
    process.exit(1);
  }
}

void main();
