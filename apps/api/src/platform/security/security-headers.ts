import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The web app's Content-Security-Policy. Vite's build has no inline script, so scripts come
 * from this origin only. Styles allow 'unsafe-inline': Mantine writes its theme into a
 * <style> element at run time and components set style attributes; a nonce would need the
 * static index.html rendered per request. Images and fonts may be data: URLs (Mantine's
 * icons in CSS). No plugin, no <base>, no form posting elsewhere, no framing by anyone.
 */
export const WEB_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  // 'self' covers the live socket too: CSP3 matches ws:/wss: of the page's own host for it
  // (Chromium, Firefox, Safari 15.4+), so no host needs naming here.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** /graphql answers JSON: nothing in it may load or run anything, or be framed. */
export const API_CSP = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] };

const common: HelmetOptions = {
  // No Referer leaves the platform: need and organization URLs name what people look at.
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
};

/**
 * Security headers on every response (helmet: nosniff, no framing, no referrer, HSTS behind
 * TLS, cross-origin isolation of resources), with the CSP that fits what is answered: the web
 * app's on pages and assets, the API's on /graphql. In development /graphql keeps no CSP
 * header, so Apollo's landing page (which brings its own policy) still loads.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const web = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: WEB_CSP },
  });
  const api = helmet({
    ...common,
    contentSecurityPolicy: production ? { useDefaults: false, directives: API_CSP } : false,
  });
  return (req, res, next) => (req.path === '/graphql' ? api : web)(req, res, next);
}
