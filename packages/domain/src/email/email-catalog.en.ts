/**
 * The words of every e-mail, in English: an i18next catalog (plurals as `_one`/`_other`),
 * read by the API's renderer. The Korean catalog must have the same keys (a test checks).
 */
export const emailCatalogEn = {
  common: {
    greeting: 'Hello {{name}},',
    linkIntro: 'Open this link:',
    signature: 'Spillover, the platform for technology spillover between firms and institutes',
    why: 'You receive this e-mail because {{address}} has an account on Spillover.',
    unsubscribe: 'Stop e-mails about {{type}}:',
  },
  types: {
    account: {
      verifyEmail: {
        name: 'confirming your address',
        subject: 'Confirm your e-mail address',
        body_one:
          'Please confirm that {{address}} is your address. The link works for {{count}} hour.',
        body_other:
          'Please confirm that {{address}} is your address. The link works for {{count}} hours.',
        action: 'Confirm my address',
      },
      passwordReset: {
        name: 'password resets',
        subject: 'Reset your Spillover password',
        body_one:
          'Someone, hopefully you, asked to reset the password of your account. The link works once, for {{count}} minute. If it was not you, ignore this e-mail: your password stays as it is.',
        body_other:
          'Someone, hopefully you, asked to reset the password of your account. The link works once, for {{count}} minutes. If it was not you, ignore this e-mail: your password stays as it is.',
        action: 'Choose a new password',
      },
    },
    organization: {
      invited: {
        name: 'invitations to organizations',
        subject: '{{organization}} invites you to Spillover',
        body: '{{inviter}} invited {{address}} to join {{organization}}. Sign in with this address, confirm it, and accept the invitation.',
        action: 'See the invitation',
      },
    },
  },
  unsubscribe: {
    title: 'Unsubscribe',
    confirm: 'Stop e-mails about {{type}} to {{address}}?',
    button: 'Unsubscribe',
    done: 'Done: {{address}} receives no more e-mails about {{type}}.',
    invalid: 'This unsubscribe link is not valid. Use the link of a recent e-mail.',
  },
};

/** The catalog's shape with every string widened: the Korean catalog must match it key by key. */
export type EmailCatalog = Widen<typeof emailCatalogEn>;
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
