import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { ErrorCode } from '@spillover/domain';
import { ActorFactsLoader } from '../policy/actor-facts';
import type { ActorRequest } from './actor';
import { ApiTokenService } from './api-token.service';
import { safeEqual } from './secrets';
import { CSRF_HEADER, SESSION_COOKIE, SessionService } from './session.service';

const refuse = (res: Response, status: number, code: ErrorCode, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * Turns a session cookie or a bearer token into `req.actor` before any resolver runs.
 * Cookie-authenticated writes must echo the CSRF token (a cross-site page cannot read the
 * cookie it would need); bearer requests carry no ambient credential, so need none.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly facts: ActorFactsLoader,
  ) {}

  async use(req: ActorRequest, res: Response, next: NextFunction): Promise<void> {
    const requestId = String(req.id ?? '');
    req.actor = { kind: 'anonymous', requestId };
    try {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (bearer) {
        const token = await this.tokens.resolve(bearer);
        if (!token) {
          refuse(
            res,
            401,
            'UNAUTHENTICATED',
            'The API token is not valid, has expired or was revoked. Create a new one.',
          );
          return;
        }
        const actor = await this.facts.signIn(token.userId, requestId, {
          kind: 'token',
          tokenId: token.id,
        });
        if (actor) req.actor = actor;
        next();
        return;
      }
      const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
      if (cookie) {
        const session = await this.sessions.resolve(cookie);
        if (!session) {
          // Expired or revoked: carry on signed out; the web shows the sign-in page.
          res.clearCookie(SESSION_COOKIE, { path: '/' });
          next();
          return;
        }
        if (req.method === 'POST') {
          const sent = req.headers[CSRF_HEADER];
          if (typeof sent !== 'string' || !safeEqual(sent, this.sessions.csrfTokenFor(cookie))) {
            refuse(
              res,
              403,
              'FORBIDDEN',
              `This request lacks the ${CSRF_HEADER} header of your session. Reload the page and try again.`,
            );
            return;
          }
        }
        req.actor = this.facts.signedIn(session.userId, session.facts, requestId, {
          kind: 'session',
          sessionId: session.id,
        });
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
