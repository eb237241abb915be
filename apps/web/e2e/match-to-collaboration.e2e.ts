import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { newVisitor, visitorPerTest } from './support/browser';
import { eventually } from './support/wait';
import { signIn } from './support/session';

/**
 * The whole path from a match to a collaboration, on the demo's data, in Korean (both users
 * prefer it): a Daegu firm sees a national institute's capability among its need's matches;
 * the institute finds the need under "needs you could answer" and expresses interest from
 * that card, carrying the match's reasons; the firm shortlists, then accepts it on its board
 * while the institute's open inbox receives both notifications without a reload; the
 * collaboration then appears on both organizations' pages.
 */
const visitor = visitorPerTest('ko-KR');

const FIRM = { email: 'ceo.palgong@spillover.demo', organization: '(주)팔공모빌리티' };
const INSTITUTE = { email: 'partnering.keri@spillover.demo', organization: '한국전기연구원(KERI)' };
const NEED_TITLE = '800V 전기차 구동모듈용 SiC 인버터 양면 냉각 열관리 기술';
const CAPABILITY_TITLE = 'SiC 전력반도체 모듈의 양면 냉각 패키징 구조';

let reached = 0;
const requireScenario = (step: number) => {
  if (reached < step) throw new Error(`Scenario ${step} did not complete; this one builds on it.`);
};

/** From the home page to one of the viewer's organizations, as a member gets there. */
async function openOwnOrganization(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The card of a match list whose title links to `title`. */
function matchCard(list: Locator, title: string): Locator {
  return list
    .locator(':scope > li')
    .filter({ has: list.page().getByRole('link', { name: title, exact: true }) });
}

async function openNeedAsFirm(page: Page) {
  await openOwnOrganization(page, FIRM.organization);
  await page.getByRole('tab', { name: '기술수요', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: NEED_TITLE, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: NEED_TITLE }).waitFor();
}

describe('from a match to a collaboration', () => {
  test("1. the firm sees the institute's capability among its need's matches", async () => {
    const page = await visitor().newPage();
    await signIn(page, FIRM.email);
    await openNeedAsFirm(page);
    const matches = page.getByRole('main').getByRole('region', { name: '매칭' });
    const card = matchCard(
      matches.getByRole('list', { name: '매칭된 보유역량' }),
      CAPABILITY_TITLE,
    );
    await card.waitFor();
    expect(await card.innerText()).toMatch(/적합도 \d{1,3}%/);
    expect(await card.innerText()).toContain(INSTITUTE.organization);
    await expectAccessible(page, "firm's need with its matches (ko)");
    reached = 1;
  });

  test('2. the institute expresses interest from its "needs you could answer", with the match\'s reasons', async () => {
    requireScenario(1);
    const page = await visitor().newPage();
    await signIn(page, INSTITUTE.email);
    await openOwnOrganization(page, INSTITUTE.organization);
    await page.getByRole('tab', { name: '우리 기관이 응할 수 있는 기술수요' }).click();
    const answerable = page
      .getByRole('main')
      .getByRole('region', { name: '우리 기관이 응할 수 있는 기술수요' });
    const card = matchCard(
      answerable.getByRole('list', { name: '우리 기관이 응할 수 있는 기술수요' }),
      NEED_TITLE,
    );
    await card.waitFor();
    expect(await card.innerText()).toContain(`“${CAPABILITY_TITLE}”`);
    await card.getByRole('button', { name: `“${NEED_TITLE}”에 관심표명` }).click();
    const form = card.getByRole('form', { name: `“${NEED_TITLE}”에 대한 관심표명` });
    await form.getByText('이 매칭의 근거가 관심표명과 함께 전달됩니다:').waitFor();
    await form
      .getByRole('textbox', { name: /^등록 기관에 보내는 메시지/ })
      .fill(
        '한국전기연구원 전력반도체연구단입니다. SiC 모듈 양면 냉각 패키징을 연구하고 있습니다.',
      );
    await form
      .getByRole('textbox', { name: /^제안 방식/ })
      .fill(
        '6개월 공동연구: 창원에서 패키징 시제품과 열저항 측정, 대구 구동모듈에서 실차 조건 검증.',
      );
    await expectAccessible(page, 'needs you could answer, interest form from the match (ko)');
    await form.getByRole('button', { name: '관심표명 보내기' }).click();
    await card.getByRole('status').filter({ hasText: '관심표명을 보냈습니다.' }).waitFor();
    reached = 2;
  });

  test("3. the firm shortlists and accepts it while the institute's inbox updates live", async () => {
    requireScenario(2);
    const inbox = await visitor().newPage();
    await signIn(inbox, INSTITUTE.email);
    await inbox.goto('/notifications');
    await inbox.getByRole('heading', { level: 1, name: '알림' }).waitFor();
    await inbox.waitForLoadState('networkidle');
    const notice = (words: string) =>
      inbox
        .getByRole('main')
        .getByRole('link', { name: `${NEED_TITLE}에 대한 관심표명이 ${words}` });
    expect(await notice('후보로 선정되었습니다').count()).toBe(0);

    let firm: BrowserContext | undefined;
    try {
      firm = await newVisitor(visitor().browser()!, 'ko-KR');
      const page = await firm.newPage();
      await signIn(page, FIRM.email);
      await openNeedAsFirm(page);
      const board = page.getByRole('main').getByRole('region', { name: '관심표명' });
      const card = board.getByRole('article', { name: `${INSTITUTE.organization}의 관심표명` });
      await card.waitFor();
      // The match travelled with the interest: its score and reasons are on the card.
      expect(await card.innerText()).toMatch(/매칭 \d{1,3}%/);
      await card.getByText('매칭 근거').waitFor();
      await card
        .getByRole('button', { name: `${INSTITUTE.organization}의 관심표명 후보 선정` })
        .click();
      await card.getByText('후보 선정', { exact: true }).waitFor();

      // The institute's inbox was open all along.
      await notice('후보로 선정되었습니다').waitFor({ timeout: 15_000 });

      await card.getByRole('button', { name: `${INSTITUTE.organization}의 관심표명 수락` }).click();
      const dialog = page.getByRole('dialog', {
        name: `${INSTITUTE.organization}의 관심표명 수락`,
      });
      await dialog.getByText(/의 협력이 시작됩니다\.$/).waitFor();
      await expectAccessible(page, 'interest board, accept dialog (ko)');
      await dialog.getByRole('button', { name: '수락', exact: true }).click();
      await card.getByText('수락됨', { exact: true }).waitFor();

      await notice('수락되었습니다').waitFor({ timeout: 15_000 });
      await eventually(async () =>
        expect(
          await inbox.getByRole('main').getByText('읽지 않음', { exact: true }).count(),
        ).toBeGreaterThanOrEqual(2),
      );
      await expectAccessible(inbox, 'inbox after two live notifications (ko)');
    } finally {
      await firm?.close();
    }
    reached = 3;
  });

  test("4. the collaboration appears on both organizations' pages", async () => {
    requireScenario(3);
    const page = await visitor().newPage();
    // A visitor sees it too: the need is public, so the collaboration's origin is shown.
    for (const [organization, partner] of [
      [FIRM.organization, INSTITUTE.organization],
      [INSTITUTE.organization, FIRM.organization],
    ] as const) {
      await page.goto('/organizations');
      await page.getByRole('main').getByRole('searchbox').fill(organization);
      await page.getByRole('main').getByRole('link', { name: organization, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: organization }).waitFor();
      await page.getByRole('tab', { name: '협력' }).click();
      const row = page.getByRole('row').filter({ hasText: partner });
      await row.getByText('진행 중', { exact: true }).waitFor();
      await row.getByText(`기술수요 “${NEED_TITLE}”에서 시작`).waitFor();
      await expectAccessible(page, `${organization}: collaborations (ko)`);
    }
  });
});
