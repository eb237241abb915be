import type { OutgoingEmail } from '../email/mailer';

/**
 * A few e-mails for the admins' outbox page, sent through the real mailer when the demo
 * loads (rendered in each recipient's language, kept in PostgreSQL without SMTP_URL).
 * `to` names a demo user by e-mail, or an outside address.
 */
export const DEMO_EMAILS: readonly (Omit<OutgoingEmail, 'to'> & {
  to: { user: string } | { address: string; name: string; language: 'en' | 'ko' };
})[] = [
  {
    type: 'organization.invited',
    to: { user: 'manager.gumi@spillover.demo' },
    params: { organization: '한국산업단지공단(KICOX) 대구지역본부', inviter: '이서연' },
    path: '/invitations',
  },
  {
    type: 'organization.invited',
    to: { address: 'new.colleague@example.kr', name: '김하늘', language: 'ko' },
    params: { organization: '한국산업단지공단(KICOX) 경북지역본부', inviter: '박지훈' },
    path: '/invitations',
  },
  {
    type: 'organization.invited',
    to: { address: 'visiting.researcher@example.org', name: 'Alex Morgan', language: 'en' },
    params: { organization: '한국산업단지공단(KICOX) 경북지역본부', inviter: '박지훈' },
    path: '/invitations',
  },
];
