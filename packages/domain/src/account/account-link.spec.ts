import { accountLinkRefusal } from './account-link';

const now = new Date('2026-12-06T12:00:00Z');
const later = new Date('2026-12-06T12:30:00Z');

describe('accountLinkRefusal', () => {
  it('lets a fresh, unused link through', () => {
    expect(
      accountLinkRefusal('RESET_PASSWORD', { expiresAt: later, usedAt: null }, now),
    ).toBeNull();
  });

  it.each([
    ['VERIFY_EMAIL', null, 'account.verifyLinkInvalid'],
    ['RESET_PASSWORD', null, 'account.resetLinkInvalid'],
    ['VERIFY_EMAIL', { expiresAt: later, usedAt: now }, 'account.verifyLinkUsed'],
    ['RESET_PASSWORD', { expiresAt: later, usedAt: now }, 'account.resetLinkUsed'],
    ['VERIFY_EMAIL', { expiresAt: now, usedAt: null }, 'account.verifyLinkExpired'],
    ['RESET_PASSWORD', { expiresAt: now, usedAt: null }, 'account.resetLinkExpired'],
  ] as const)('%s %j is refused with %s on the token', (purpose, link, key) => {
    const refusal = accountLinkRefusal(purpose, link, now);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', key });
  });
});
