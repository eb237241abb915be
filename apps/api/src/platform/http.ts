import type { INestApplication, NestApplicationOptions } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { CONFIG, type Config } from './config/config';
import { DomainValidationPipe } from './graphql/validation';
import { securityHeaders } from './security/security-headers';

/**
 * Options every instance is created with. Nest's own body parser is off: /graphql parses its
 * body in GraphqlBodyMiddleware, which answers a refused body as a GraphQL error.
 */
export const APP_OPTIONS: NestApplicationOptions = { bodyParser: false };

/** What every instance of the app needs, in production and in tests alike. */
export function configureApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  // The client's address (which the sign-in limits count by) and scheme come from
  // X-Forwarded-* only when the peer is a configured proxy; otherwise anyone could name
  // any address in the header and escape the limits.
  const { trustedProxies } = app.get<Config>(CONFIG);
  express.set('trust proxy', trustedProxies.length > 0 ? trustedProxies : false);
  express.disable('x-powered-by');
  app.use(securityHeaders(app.get<Config>(CONFIG).production));
  app.use(cookieParser());
  app.useGlobalPipes(new DomainValidationPipe());
}
