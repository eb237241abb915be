import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Config } from '../config/config';
import { errorSerializer } from './error-serializer';

/**
 * JSON logs, one line per event, each with the request id (taken from X-Request-Id when a
 * proxy set one). Credentials never reach a log line: cookies, authorization headers and
 * any GraphQL variable that carries a password or token are redacted, and so are the values
 * of a failed SQL statement (see error-serializer.ts).
 */
export function loggerOptions(config: Config): Params {
  return {
    pinoHttp: {
      level: process.env.LOG_LEVEL ?? (config.production ? 'info' : 'info'),
      genReqId: (req: IncomingMessage) => {
        const given = req.headers['x-request-id'];
        return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
      },
      customProps: (req: IncomingMessage) => ({
        reqId: (req as IncomingMessage & { id?: unknown }).id,
      }),
      // A refused request (4xx) is the caller's doing, not news of a fault: info, like the
      // GraphQL refusals the error-logging plugin writes. Error level is for the platform's faults.
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : 'info',
      serializers: { err: errorSerializer },
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
          '*.password',
          '*.currentPassword',
          '*.newPassword',
          '*.token',
        ],
        censor: '[redacted]',
      },
      // Health checks and scrapes are not news.
      autoLogging: {
        ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics',
      },
    },
  };
}
