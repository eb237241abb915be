import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { UserActor } from '../auth/actor';
import { ApiTokenService } from '../auth/api-token.service';
import { SESSION_COOKIE, SessionService } from '../auth/session.service';
import { ActorFactsLoader } from '../policy/actor-facts';

/** What a socket proved at connect, kept to ask again at every event. */
export type SocketCredential =
  { kind: 'session'; token: string } | { kind: 'token'; token: string };

function cookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Cross-site WebSocket hijacking: a WebSocket has no CORS and no CSRF header, and SameSite=Lax
 * only keeps the cookie from other sites, not from other origins of the same site (a sibling
 * subdomain) or from browsers that do not enforce it. So a page's socket is accepted only
 * from the platform's own origin, the host it connected to (a proxy must pass Host on).
 * Scripts send no Origin; they authenticate with a bearer token.
 */
export function fromOwnOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * The credential a socket presents: a bearer API token in the connection parameters
 * (`{ authorization: 'Bearer …' }`), else the session cookie of its upgrade request.
 */
export function credentialOf(
  request: IncomingMessage,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
): SocketCredential | null {
  const authorization = connectionParams?.['authorization'];
  if (authorization !== undefined) {
    const bearer =
      typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
    return bearer ? { kind: 'token', token: bearer } : null;
  }
  const session = cookie(request.headers.cookie, SESSION_COOKIE);
  return session ? { kind: 'session', token: session } : null;
}

/** Turns a socket's credential into an actor, as the HTTP middleware does for a request. */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly facts: ActorFactsLoader,
  ) {}

  /** The actor, with its facts as of now; null when the credential is unknown, expired or revoked. */
  async actorOf(credential: SocketCredential): Promise<UserActor | null> {
    const requestId = `ws-${randomUUID()}`;
    if (credential.kind === 'token') {
      const token = await this.tokens.resolve(credential.token);
      return token
        ? this.facts.signIn(token.userId, requestId, { kind: 'token', tokenId: token.id })
        : null;
    }
    const session = await this.sessions.resolve(credential.token);
    return session
      ? this.facts.signedIn(session.userId, session.facts, requestId, {
          kind: 'session',
          sessionId: session.id,
        })
      : null;
  }
}
