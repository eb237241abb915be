import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ApiTokenService } from './auth/api-token.service';
import { AuthMiddleware } from './auth/auth.middleware';
import { AttemptThrottle } from './auth/attempt-throttle';
import { KnownDevices } from './auth/known-device';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { SessionService } from './auth/session.service';
import { AuditService } from './audit/audit.service';
import { CONFIG, type Config } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { GraphqlExceptionFilter } from './errors/graphql-exception.filter';
import { DATABASE_URL } from './database/database-url';
import { Transactions } from './database/transactions';
import { SessionLocks } from './database/session-lock';
import { JobQueue } from './jobs/job-queue';
import { JobEvents } from './jobs/job-events';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { Loaders } from './loaders/loaders';
import { loggerOptions } from './logging/logger-options';
import { Metrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { ActorFactsLoader } from './policy/actor-facts';
import { Policy } from './policy/policy.service';
import { LiveEvents } from './live/live-events';
import { PgListener } from './live/pg-listener';
import { SocketAuthenticator } from './live/socket-auth';

const PROVIDERS = [
  JobQueue,
  JobEvents,
  ApiTokenService,
  AuthMiddleware,
  AttemptThrottle,
  KnownDevices,
  LoginThrottle,
  PasswordHasher,
  SessionService,
  AuditService,
  Transactions,
  SessionLocks,
  Loaders,
  ActorFactsLoader,
  Policy,
  PgListener,
  LiveEvents,
  SocketAuthenticator,
];

/** Cross-cutting services every feature uses: configuration, database, auth, policy, audit. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    const metrics = new Metrics();
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(databaseUrl, 10),
          dataSourceFactory: async (options) => {
            const { DataSource } = await import('typeorm');
            const dataSource = await new DataSource(options!).initialize();
            metrics.watchPool((dataSource.driver as PostgresDriver).master);
            return dataSource;
          },
        }),
        // The ambient transaction every repository joins (see database/transactions.ts).
        ClsModule.forRoot({
          global: true,
          plugins: [
            new ClsPluginTransactional({
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
        TerminusModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [PinoLogger, SocketAuthenticator],
          useFactory: (logger: PinoLogger, sockets: SocketAuthenticator) =>
            graphqlOptions(config, metrics, logger.logger, sockets),
        }),
        ...(existsSync(config.webDistDir)
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDistDir,
                exclude: ['/graphql', '/health', '/metrics'],
              }),
            ]
          : []),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: Metrics, useValue: metrics },
        ...PROVIDERS,
      ],
      exports: [CONFIG, Metrics, ...PROVIDERS],
    };
  }
}

export const dataSourceToken = getDataSourceToken();
export type { DataSource };
