import { Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CONFIG, type Config } from '../platform/config/config';
import { Transactions } from '../platform/database/transactions';
import { emailT } from './email-renderer';
import { EmailRepository } from './email.repository';
import { readUnsubscribeToken } from './unsubscribe-token';

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * One-click unsubscribe (RFC 8058). Mail providers POST `List-Unsubscribe=One-Click` to the
 * link without cookies: the signed token is the whole authority. A person who follows the
 * link gets a page with a button (a GET changes nothing: link scanners fetch GETs).
 */
@Controller('email/unsubscribe')
export class UnsubscribeController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly messages: EmailRepository,
    private readonly transactions: Transactions,
  ) {}

  @Get(':token')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(token, res, false);
  }

  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(token, res, true);
  }

  private async page(token: string, res: Response, act: boolean): Promise<void> {
    const subject = readUnsubscribeToken(this.config.secret, token);
    const user = subject ? await this.messages.recipient(subject.userId) : null;
    const t = emailT(user?.preferredLanguage ?? 'en');
    res.type('html');
    if (!subject || !user) {
      res
        .status(400)
        .send(
          this.html('en', t('unsubscribe.title'), `<p>${escapeHtml(t('unsubscribe.invalid'))}</p>`),
        );
      return;
    }
    const params = { address: user.email, type: t(`types.${subject.type}.name`) };
    if (act) {
      await this.transactions.run(() => this.messages.optOut(subject.userId, subject.type));
      res.send(
        this.html(
          user.preferredLanguage,
          t('unsubscribe.title'),
          `<p role="status">${escapeHtml(t('unsubscribe.done', params))}</p>`,
        ),
      );
      return;
    }
    const form = `<form method="post"><p>${escapeHtml(t('unsubscribe.confirm', params))}</p><button type="submit">${escapeHtml(t('unsubscribe.button'))}</button></form>`;
    res.send(this.html(user.preferredLanguage, t('unsubscribe.title'), form));
  }

  private html(language: string, title: string, body: string): string {
    return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  }
}
