import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { DomainValidationPipe } from './graphql/validation';

/** What every instance of the app needs, in production and in tests alike. */
export function configureApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  // Behind a load balancer the client's address and scheme come from X-Forwarded-*; trust
  // only private-network proxies for them.
  express.set('trust proxy', ['loopback', 'linklocal', 'uniquelocal']);
  express.disable('x-powered-by');
  app.use(cookieParser());
  app.useGlobalPipes(new DomainValidationPipe());
}
