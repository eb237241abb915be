import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { CONFIG, type Config } from '../config/config';

// Equal-length digests: the comparison takes the same time whatever the guess.
const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Who may scrape /metrics: with SPILLOVER_METRICS_TOKEN set, only a caller sending it as a
 * bearer token; without it, anyone in development and no one in production (the metrics
 * name operations and load, which a stranger has no business reading).
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  canActivate(context: ExecutionContext): boolean {
    const { metricsToken, production } = this.config;
    if (!metricsToken) {
      if (production)
        throw new ForbiddenException(
          'Metrics are off: set SPILLOVER_METRICS_TOKEN and scrape with it as a bearer token.',
        );
      return true;
    }
    const http = context.switchToHttp();
    const given = /^Bearer\s+(\S+)$/i.exec(
      http.getRequest<Request>().headers.authorization ?? '',
    )?.[1];
    if (given !== undefined && timingSafeEqual(digest(given), digest(metricsToken))) return true;
    http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    throw new UnauthorizedException(
      'Send the metrics token: Authorization: Bearer <SPILLOVER_METRICS_TOKEN>.',
    );
  }
}
