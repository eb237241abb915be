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
    match: {
      strong: {
        name: 'strong new matches',
        subject: 'A strong new match for {{need}}',
        body: '{{capability}} of {{organization}} matches your need "{{need}}" at {{percent}}%.',
        action: 'See the match',
      },
    },
    interest: {
      received: {
        name: 'interests received',
        subject: '{{organization}} is interested in {{listing}}',
        body: '{{organization}} expressed interest in "{{listing}}".',
        action: 'See the interest',
      },
      shortlisted: {
        name: 'shortlisted interests',
        subject: 'Your interest in {{listing}} was shortlisted',
        body: '{{organization}} shortlisted your interest in "{{listing}}".',
        action: 'See the interest',
      },
      accepted: {
        name: 'accepted interests',
        subject: 'Your interest in {{listing}} was accepted',
        body: '{{organization}} accepted your interest in "{{listing}}".',
        action: 'See the interest',
      },
      declined: {
        name: 'declined interests',
        subject: 'Your interest in {{listing}} was declined',
        body: '{{organization}} declined your interest in "{{listing}}". Reason: {{reason}}',
        action: 'See the interest',
      },
    },
    message: {
      received: {
        name: 'new messages',
        subject: 'A new message from {{organization}}',
        body: '{{organization}} wrote to you about "{{listing}}".',
        action: 'Read the message',
      },
    },
    cluster: {
      applicationDecided: {
        name: 'cluster application decisions',
        subject: '{{cluster}} decided on the application of {{organization}}',
        body: '{{cluster}} decided on the application of {{organization}}.',
        body_ADMITTED: '{{cluster}} admitted {{organization}}. Reason: {{reason}}',
        body_REJECTED:
          '{{cluster}} declined the application of {{organization}}. Reason: {{reason}}',
        action: 'See the cluster',
      },
      partnershipProposed: {
        name: 'partnerships proposed to your cluster',
        subject: '{{proposer}} proposes a partnership to {{recipient}}',
        body: '{{proposer}} proposes a {{kind}} partnership to {{recipient}}. Note: {{note}}',
        action: 'Answer the proposal',
      },
      partnershipAnswered: {
        name: 'answers to partnership proposals',
        subject: '{{recipient}} answered the partnership proposal of {{proposer}}',
        subject_ACTIVE: '{{recipient}} accepted the partnership with {{proposer}}',
        subject_DECLINED: '{{recipient}} declined the partnership with {{proposer}}',
        body: '{{recipient}} answered the partnership proposal of {{proposer}}.',
        body_ACTIVE:
          '{{recipient}} accepted the partnership with {{proposer}}. Their members now see each other’s cluster-only needs and capabilities.',
        body_DECLINED:
          '{{recipient}} declined the partnership with {{proposer}}. Reason: {{reason}}',
        action: 'See the partnership',
      },
      partnershipEnded: {
        name: 'ended partnerships',
        subject: 'The partnership of {{proposer}} and {{recipient}} ended',
        subject_WITHDRAWN: '{{proposer}} withdrew its partnership proposal to {{recipient}}',
        body: '{{endedBy}} ended the partnership of {{proposer}} and {{recipient}}. Reason: {{reason}}',
        body_WITHDRAWN:
          '{{proposer}} withdrew the partnership it proposed to {{recipient}} before it was answered. Reason: {{reason}}',
        action: 'See the partnership',
      },
    },
    need: {
      ndaAccepted: {
        name: 'NDAs accepted on your needs',
        subject: '{{organization}} accepted the NDA of {{need}}',
        body: '{{organization}} accepted the non-disclosure agreement of your need "{{need}}" and can now read its confidential details.',
        action: 'See the need',
      },
      deadlineSoon: {
        name: 'deadlines in 3 days',
        subject: 'The need {{need}} closes on {{deadline}}',
        body: 'The need "{{need}}" closes on {{deadline}}, in 3 days.',
        action: 'See the need',
      },
    },
    collaboration: {
      completed: {
        name: 'collaborations marked completed',
        subject: '{{organization}} marked your collaboration completed',
        body: '{{organization}} marked your collaboration "{{title}}" completed.',
        body_SOLVED: '{{organization}} marked your collaboration "{{title}}" completed: solved.',
        body_ONGOING:
          '{{organization}} marked your collaboration "{{title}}" completed: it continues outside the platform.',
        body_DISCONTINUED:
          '{{organization}} marked your collaboration "{{title}}" completed: discontinued.',
        action: 'See the collaborations',
      },
    },
    call: {
      opened: {
        name: 'calls opened in your clusters',
        subject: 'A call is open: {{call}}',
        body: '{{cluster}} opened the call "{{call}}". Submissions close on {{deadline}}.',
        action: 'See the call',
      },
    },
    review: {
      invited: {
        name: 'invitations to review panels',
        subject: 'You are invited to review for the call {{call}}',
        body: '{{inviter}} invites you to the review panel of the call "{{call}}". Sign in (or register with this address), confirm your address, and accept the invitation under My reviews.',
        action: 'Answer the invitation',
      },
      assigned: {
        name: 'applications assigned to you for review',
        subject: 'Applications to review for the call {{call}}',
        body_one:
          '{{count}} application of the call "{{call}}" is assigned to you. Declare that you have no conflict of interest, then score it.',
        body_other:
          '{{count}} applications of the call "{{call}}" are assigned to you. Declare that you have no conflict of interest, then score them.',
        action: 'Open My reviews',
      },
      reminder: {
        name: 'reminders of unfinished reviews',
        subject: 'Reviews still open for the call {{call}}',
        body_one: '{{count}} of your reviews for the call "{{call}}" is not submitted yet.',
        body_other: '{{count}} of your reviews for the call "{{call}}" are not submitted yet.',
        action: 'Open My reviews',
      },
      reopened: {
        name: 'reviews reopened',
        subject: 'Your review of {{application}} was reopened',
        body: 'A manager of the call "{{call}}" reopened your review of "{{application}}": change it and submit it again.',
        action: 'Open the review',
      },
    },
    application: {
      partnerInvited: {
        name: 'invitations to join a consortium',
        subject: '{{lead}} invites {{partner}} to a consortium',
        body: '{{lead}} invites {{partner}} to join the application "{{application}}" to the call "{{call}}". Accept or decline it in your invitations.',
        action: 'Answer the invitation',
      },
      partnerAnswered: {
        name: 'answers to your consortium invitations',
        subject: '{{partner}} answered your invitation',
        subject_ACCEPTED: '{{partner}} joined your consortium',
        subject_DECLINED: '{{partner}} declined your invitation',
        body: '{{partner}} answered the invitation to "{{application}}".',
        body_ACCEPTED:
          '{{partner}} accepted the invitation to "{{application}}" and now counts for the call’s rules.',
        body_DECLINED: '{{partner}} declined the invitation to "{{application}}".',
        action: 'See the application',
      },
      deadlineSoon: {
        name: 'deadlines of calls you apply to',
        subject: 'The call {{call}} closes on {{deadline}}',
        body: 'The call "{{call}}" closes on {{deadline}} ({{days}} days or less). Submit or check your application before then.',
        action: 'See the application',
      },
      deadlineExtended: {
        name: 'deadlines extended',
        subject: 'The call {{call}} now closes on {{deadline}}',
        body: 'The deadline of the call "{{call}}" was extended to {{deadline}}.',
        action: 'See the application',
      },
      eligibilityDecided: {
        name: 'eligibility decisions',
        subject: 'Your application "{{application}}" is {{status}}',
        body: 'The application "{{application}}" to the call "{{call}}" was found {{status}}. {{reason}}',
        action: 'See the application',
      },
    },
    award: {
      published: {
        name: 'results of calls you applied to',
        subject: 'Results of the call {{call}}: {{result}}',
        body: 'The results of the call "{{call}}" are published. Your application "{{application}}" is ranked {{rank}}: {{result}}. The page shows your scores, the reviewers’ comments and why, and how to request redress until {{redressUntil}}.',
        action: 'See your result',
      },
      changed: {
        name: 'changes to your award',
        subject: 'Your application "{{application}}" is now {{result}}',
        body: 'The award of your application "{{application}}" to the call "{{call}}" changed: it is now {{result}}. {{reason}}',
        action: 'See your result',
      },
      redressAnswered: {
        name: 'answers to redress requests',
        subject: 'Your redress request on "{{application}}" was answered',
        body: 'A manager of the call "{{call}}" answered your redress request on "{{application}}": {{answer}}',
        action: 'See the answer',
      },
    },
    search: {
      newResults: {
        name: 'new results of saved searches',
        subject: 'New results for your saved search {{search}}',
        body_one: 'Your saved search "{{search}}" has {{count}} new result.',
        body_other: 'Your saved search "{{search}}" has {{count}} new results.',
        action: 'See the results',
      },
    },
    notification: {
      digest: {
        name: 'the daily digest',
        subject: 'Your Spillover notifications of the day',
        body_one: '{{count}} notification since yesterday: {{items}}',
        body_other: '{{count}} notifications since yesterday: {{items}}',
        action: 'Open your inbox',
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
