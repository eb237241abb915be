import type { CookieOptions, Request, Response } from 'express';
import {
  CSRF_COOKIE,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  type StartedSession,
} from './session.service';

const options = (req: Request, httpOnly: boolean): CookieOptions => ({
  httpOnly,
  sameSite: 'lax',
  // Secure whenever the browser reached us over TLS (directly or through a trusted proxy).
  secure: req.secure,
  path: '/',
  maxAge: SESSION_TTL_MS,
});

export function setSessionCookies(req: Request, res: Response, session: StartedSession): void {
  res.cookie(SESSION_COOKIE, session.token, options(req, true));
  // Readable by the page on purpose: it echoes the value in the x-csrf-token header.
  res.cookie(CSRF_COOKIE, session.csrfToken, options(req, false));
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}
