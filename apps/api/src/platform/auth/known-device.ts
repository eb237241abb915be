import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LOGIN_THROTTLE } from '@spillover/domain';
import { CONFIG, type Config } from '../config/config';
import { hmac, safeEqual } from './secrets';

export const DEVICE_COOKIE = 'spillover_device';

/**
 * OWASP's device cookie: a browser that signed in to an account carries a random nonce and
 * a MAC of (account, nonce) under the platform secret. Only the server can make one, and
 * one made for another account does not count. It is not a credential (the password still
 * is); it only exempts the owner's browser from limits an attacker elsewhere can spend.
 */
@Injectable()
export class KnownDevices {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  private mac(email: string, nonce: string): string {
    return hmac(this.config.secret, `known-device\n${email}\n${nonce}`);
  }

  /** The cookie's nonce when the request carries a valid device cookie for this account. */
  deviceOf(req: Request, email: string): string | null {
    const value = (req.cookies as Record<string, string> | undefined)?.[DEVICE_COOKIE];
    const [nonce, mac, ...rest] = (value ?? '').split('.');
    if (!nonce || !mac || rest.length > 0) return null;
    return safeEqual(mac, this.mac(email, nonce)) ? nonce : null;
  }

  /** Marks this browser as a known device of the account (after it proved the password). */
  remember(req: Request, res: Response, email: string): void {
    const nonce = this.deviceOf(req, email) ?? randomBytes(16).toString('base64url');
    res.cookie(DEVICE_COOKIE, `${nonce}.${this.mac(email, nonce)}`, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: LOGIN_THROTTLE.knownDeviceDays * 24 * 3600 * 1000,
    });
  }
}
