import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { newVisitor, visitorPerTest } from './support/browser';
import { eventually } from './support/wait';
import { signIn } from './support/session';

/**
 * Conversations on the real platform with the demo's conversation between (주)성서정밀 (a
 * Daegu firm, Korean) and Fraunhofer IPA (Stuttgart, English): the header counts unread
 * messages, the thread shows where they begin and marks them read once seen, the composer
 * refuses an empty message, and a message sent on one side appears on the other side's
 * open page, with its notification, without a reload.
 */
const FIRM_CEO = 'ceo.seongseo@spillover.demo';
const FIRM_ENGINEER = 'engineer.seongseo@spillover.demo';
const INSTITUTE = 'partnering.ipa@spillover.demo';
const TITLE = '알루미늄–고장력강 이종접합 배터리팩 브래킷 공동개발';

const visitor = visitorPerTest('en-GB');

async function openConversation(page: Page) {
  await page.goto('/conversations');
  await page.getByRole('main').getByRole('link', { name: TITLE }).click();
  await page.getByRole('log').waitFor();
}

describe('conversations', () => {
  test('the firm reads its unread message, which the header stops counting, and an empty message is refused (ko)', async () => {
    const page = await visitor().newPage();
    await signIn(page, FIRM_CEO);
    const banner = page.getByRole('banner');
    await banner.getByRole('link', { name: '메시지, 읽지 않음: 1' }).click();
    await page.getByRole('heading', { level: 1, name: '메시지' }).waitFor();
    await page.getByRole('main').getByText('읽지 않음 1').waitFor();
    await expectAccessible(page, 'conversations list (ko)');

    await page.getByRole('main').getByRole('link', { name: TITLE }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: '대화 상대: Fraunhofer Institute for Manufacturing Engineering and Automation IPA',
      })
      .waitFor();
    const log = page.getByRole('log', { name: '메시지' });
    await log.getByText('새 메시지').waitFor();
    const link = log.getByRole('link', { name: 'https://www.ipa.fraunhofer.de' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    await banner.getByRole('link', { name: '메시지', exact: true }).waitFor();
    await expectAccessible(page, 'conversation (ko)');

    await page.getByRole('button', { name: '보내기' }).click();
    await page.getByText('메시지를 입력한 뒤 보내세요.').waitFor();
    expect(
      await page.getByRole('textbox', { name: '메시지 입력' }).getAttribute('aria-invalid'),
    ).toBe('true');
    await expectAccessible(page, 'conversation with a refused empty message (ko)');
  });

  test("a message sent by the firm appears on the institute's open page without a reload, with its notification", async () => {
    const institutePage = await visitor().newPage();
    await signIn(institutePage, INSTITUTE);
    await openConversation(institutePage);
    const instituteBanner = institutePage.getByRole('banner');
    await instituteBanner.getByRole('link', { name: 'Messages', exact: true }).waitFor();
    const bell = instituteBanner.getByRole('link', { name: /^Notifications/ });
    const unreadNotifications = async () =>
      Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    await institutePage.waitForLoadState('networkidle');
    const before = await unreadNotifications();

    let firm: BrowserContext | undefined;
    try {
      firm = await newVisitor(visitor().browser()!, 'en-GB');
      const firmPage = await firm.newPage();
      await signIn(firmPage, FIRM_ENGINEER);
      await openConversation(firmPage);
      const body = `화요일 10시(KST) 화상회의 좋습니다. See you then ${Date.now().toString(36)}`;
      await firmPage.getByRole('textbox', { name: '메시지 입력' }).fill(body);
      await firmPage.getByRole('button', { name: '보내기' }).click();
      await firmPage.getByRole('log').getByText(body).waitFor();

      // The institute's page was open all along: the message and the notification arrive live.
      await institutePage.getByRole('log').getByText(body).waitFor({ timeout: 15_000 });
      await eventually(async () => expect(await unreadNotifications()).toBe(before + 1), 15_000);
      await expectAccessible(institutePage, 'conversation after a live message (en)');
    } finally {
      await firm?.close();
    }
  });

  test('a participant reports the conversation; the platform admin then finds it and reads it, and nothing else', async () => {
    const firmPage = await visitor().newPage();
    await signIn(firmPage, FIRM_ENGINEER);
    await openConversation(firmPage);
    await firmPage.getByRole('button', { name: '대화 신고' }).click();
    const dialog = firmPage.getByRole('dialog', { name: '이 대화 신고하기' });
    await dialog
      .getByRole('textbox', { name: '신고 사유' })
      .fill('계속해서 관련 없는 영업 제안을 보냅니다.');
    await expectAccessible(firmPage, 'report dialog (ko)');
    await dialog.getByRole('button', { name: '신고' }).click();
    await firmPage.getByText('이 대화를 운영자에게 신고했습니다.').waitFor();

    let admin: BrowserContext | undefined;
    try {
      admin = await newVisitor(visitor().browser()!, 'en-GB');
      const adminPage = await admin.newPage();
      await signIn(adminPage, 'admin@spillover.demo');
      await adminPage.goto('/admin');
      await adminPage
        .getByRole('main')
        .getByRole('link', { name: 'Reported conversations' })
        .click();
      await adminPage.getByRole('heading', { level: 1, name: 'Reported conversations' }).waitFor();
      await adminPage.getByText(/계속해서 관련 없는 영업 제안을 보냅니다/).waitFor();
      await expectAccessible(adminPage, 'reported conversations (admin)');
      await adminPage
        .getByRole('link', { name: 'Read the conversation (recorded)' })
        .first()
        .click();
      await adminPage
        .getByText(/reading this reported conversation as a platform moderator/)
        .waitFor();
      await adminPage
        .getByRole('log')
        .getByText(/Hello from Stuttgart/)
        .waitFor();
      expect(await adminPage.getByRole('textbox').count()).toBe(0);
      await expectAccessible(adminPage, 'reported conversation read by a moderator (admin)');
    } finally {
      await admin?.close();
    }
  });
});
