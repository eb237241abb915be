import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { CONFIG, type Config } from './config/config';
import { graphqlBody } from './graphql/graphql-body';
import { DomainValidationPipe } from './graphql/validation';
import { securityHeaders } from './security/security-headers';

/** What every instance of the app needs, in production and in tests alike. */
export function configureApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  // Behind a load balancer the client's address and scheme come from X-Forwarded-*; trust
  // only private-network proxies for them.
  express.set('trust proxy', ['loopback', 'linklocal', 'uniquelocal']);
  express.disable('x-powered-by');
  app.use(securityHeaders(app.get<Config>(CONFIG).production));
  app.use(cookieParser());
  app.use('/graphql', ...graphqlBody());
  app.useGlobalPipes(new DomainValidationPipe());
}
