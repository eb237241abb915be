import {
  emailCatalogEn,
  emailCatalogKo,
  isNotificationEmail,
  type EmailType,
  type Language,
} from '@spillover/domain';
import i18next, { type TFunction } from 'i18next';

/** One i18next instance for the server, over the shared catalogs in @spillover/domain. */
const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { email: emailCatalogEn }, ko: { email: emailCatalogKo } },
  ns: ['email'],
  defaultNS: 'email',
  fallbackLng: 'en',
  initImmediate: false,
  showSupportNotice: false,
  // Plain text is not HTML: the HTML part escapes values itself.
  interpolation: { escapeValue: false },
});

export const emailT = (language: Language): TFunction => i18n.getFixedT(language, 'email');

export type EmailParams = Record<string, string | number>;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * An e-mail in the recipient's language: a plain-text part and an HTML part with the same
 * words, the link back to the page, and for notifications the unsubscribe link of its type.
 */
export function renderEmail(input: {
  type: EmailType;
  language: Language;
  name: string;
  address: string;
  params: EmailParams;
  link: string;
  unsubscribeUrl: string | null;
}): RenderedEmail {
  const t = emailT(input.language);
  const params = { ...input.params, address: input.address };
  const text = (key: string, extra: EmailParams = {}) => t(key, { ...params, ...extra });
  const subject = text(`types.${input.type}.subject`);
  const greeting = text('common.greeting', { name: input.name });
  const body = text(`types.${input.type}.body`);
  const action = text(`types.${input.type}.action`);
  const why = text('common.why');
  const signature = text('common.signature');
  const unsubscribe =
    input.unsubscribeUrl && isNotificationEmail(input.type)
      ? text('common.unsubscribe', { type: text(`types.${input.type}.name`) })
      : null;

  const plain = [greeting, '', body, '', `${action}: ${input.link}`, '', '-- ', signature, why];
  if (unsubscribe) plain.push(`${unsubscribe} ${input.unsubscribeUrl}`);

  const h = escapeHtml;
  const html = [
    `<!doctype html><html lang="${input.language}"><head><meta charset="utf-8"><title>${h(subject)}</title></head><body>`,
    `<p>${h(greeting)}</p>`,
    `<p>${h(body)}</p>`,
    `<p><a href="${h(input.link)}">${h(action)}</a></p>`,
    `<hr><p><small>${h(signature)}<br>${h(why)}</small></p>`,
    unsubscribe
      ? `<p><small><a href="${h(input.unsubscribeUrl!)}">${h(unsubscribe)}</a></small></p>`
      : '',
    '</body></html>',
  ].join('\n');
  return { subject, text: plain.join('\n'), html };
}
