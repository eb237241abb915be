import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor } from './support/browser';
import { DEMO_PASSWORD } from './support/demo';
import { choose } from './support/mantine';

/**
 * Review (평가): the demo's independent reviewer opens My reviews, declares no conflict of
 * interest with the hydrogen actuator application (its content appears only then), scores
 * each criterion with a comment, is told a score out of range by the domain rule, saves a
 * draft and submits; the review is locked. The call's manager runs the conflict check and
 * the assignment, then seats a user of the platform found by their university's name, with
 * expertise from the taxonomy, and edits their load. Axe runs on every page.
 */
const REVIEWER = 'reviewer@spillover.demo';
const APPLICATION = '수소 연료전지 트럭용 유압 액추에이터';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

async function signedIn(email: string): Promise<Page> {
  const context = await newVisitor(browser, 'en-GB');
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasNotText: /^Sign in$/ })
    .waitFor();
  return page;
}

test('a reviewer declares no conflict, then scores and submits; the review is locked', async () => {
  const page = await signedIn(REVIEWER);
  await page.getByRole('navigation').getByRole('link', { name: 'My reviews', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My reviews' }).waitFor();
  await expectAccessible(page, 'my reviews');
  await page.getByRole('link', { name: APPLICATION }).click();
  await page.getByRole('heading', { level: 1, name: APPLICATION }).waitFor();

  // Nothing of the content before the declaration.
  await page.getByRole('region', { name: 'Conflict of interest' }).waitFor();
  expect(await page.getByText('Hydraulic actuators for fuel-cell trucks').count()).toBe(0);
  await expectAccessible(page, 'conflict declaration');
  await page.getByRole('button', { name: 'I have no conflict of interest' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expectAccessible(page, 'declaration dialog');
  await dialog.getByRole('button', { name: 'I have no conflict of interest' }).click();
  await page.getByText(/Hydraulic actuators for fuel-cell trucks/).waitFor();

  const scores = page.getByRole('region', { name: 'Scores' });
  const excellence = scores.getByRole('textbox', { name: /^Score for 기술성/ });
  await excellence.fill('9');
  await excellence.blur();
  await scores.getByText(/is a whole number from 0 to 5/).waitFor();
  await expectAccessible(page, 'scoring form with an error');
  await excellence.fill('4');
  await scores
    .getByRole('textbox', { name: /^Comment on 기술성/ })
    .fill('Light actuator, convincing leak tests.');
  await scores.getByRole('button', { name: 'Save draft' }).click();
  await scores.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();

  await scores.getByRole('textbox', { name: /^Score for 사업성/ }).fill('3');
  await scores
    .getByRole('textbox', { name: /^Comment on 사업성/ })
    .fill('Truck makers are few; exports matter.');
  await scores.getByRole('textbox', { name: /^Score for 수행역량/ }).fill('4');
  await scores
    .getByRole('textbox', { name: /^Comment on 수행역량/ })
    .fill('The university has the test rig.');
  await scores.getByRole('button', { name: 'Submit review' }).click();
  const submit = page.getByRole('dialog');
  await submit.waitFor();
  await submit.getByRole('button', { name: 'Submit review' }).click();
  await scores.getByText(/The review is locked/).waitFor();
  expect(await scores.getByRole('button', { name: 'Submit review' }).count()).toBe(0);
  expect(await scores.getByRole('textbox', { name: /^Score for 기술성/ }).isDisabled()).toBe(true);
  await expectAccessible(page, 'submitted review');
});

test('the call’s manager sees the panel, runs the conflict check with its reasons and the assignment, in Korean', async () => {
  const page = await signedIn('manager.daegu@spillover.demo');
  await page.goto('/calls');
  // The list opens on calls taking submissions; this one closed ten days ago.
  await page
    .locator('label')
    .filter({ hasText: /^마감$/ })
    .click();
  await page.getByRole('link', { name: /2026 수소 모빌리티 부품 공모/ }).click();
  const panel = page.getByRole('region', { name: '평가위원회' });
  await panel.waitFor();
  await panel.getByText('Yoon Min-ji').first().waitFor();
  await panel.getByRole('button', { name: '이해충돌 확인' }).click();
  // KERI is a partner of the valve consortium: the check says so, with the record behind it.
  await panel.getByRole('cell', { name: '평가위원이 컨소시엄 기관 소속' }).first().waitFor();
  await expectAccessible(page, 'review panel with the conflict check (ko)');
  await panel.getByRole('button', { name: '평가위원 배정' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: '평가위원 배정' }).click();
  await panel.getByText(/0건을 배정했습니다/).waitFor();
  await expectAccessible(page, 'review panel after the assignment (ko)');
});

test('the manager seats a platform user found by organization, with expertise, then edits their load (ko)', async () => {
  const page = await signedIn('manager.daegu@spillover.demo');
  await page.goto('/calls');
  await page
    .locator('label')
    .filter({ hasText: /^마감$/ })
    .click();
  await page.getByRole('link', { name: /2026 수소 모빌리티 부품 공모/ }).click();
  const panel = page.getByRole('region', { name: '평가위원회' });
  await panel.waitFor();
  // The demo's platform-user reviewers carry taxonomy areas, shown by name.
  await panel
    .getByRole('row', { name: /Yoon Min-ji/ })
    .getByText(/수소·연료전지/)
    .waitFor();

  const form = panel.getByRole('form', { name: '평가위원 추가' });
  const search = form.getByRole('textbox', { name: /^사용자 찾기/ });
  await search.fill('창원대');
  await search.press('Enter');
  const candidate = form.getByRole('radio', { name: '노태희' });
  await candidate.waitFor();
  // People already on the panel are found too, but cannot be seated twice.
  await search.fill('spillover.demo');
  await search.press('Enter');
  await form
    .getByRole('status')
    .filter({ hasText: /찾은 사용자가 없습니다/ })
    .waitFor();
  await search.fill('partnering.keri@spillover.demo');
  await form.getByRole('button', { name: '검색' }).click();
  await form.getByRole('radio', { name: '남궁현' }).waitFor();
  expect(await form.getByRole('radio', { name: '남궁현' }).isDisabled()).toBe(true);
  await search.fill('창원대');
  await search.press('Enter');
  await candidate.waitFor();
  await expectAccessible(page, 'review pool with candidates (ko)');
  await candidate.check();
  // Their university's areas are suggested; a sector and words are added by hand.
  await form.getByText(/소속 기관의 기술 분야를 제안했습니다/).waitFor();
  await choose(page, /^산업 분야/, /^28 · /, '28', form);
  await form.getByRole('textbox', { name: /^전문분야\(자유 기술\)/ }).fill('고압 수소 밸브 시험');
  const load = form.getByRole('textbox', { name: /^최대 배정 건수/ });
  await load.fill('2');
  await form.getByRole('button', { name: '평가위원 후보에 추가' }).click();
  await form
    .getByRole('status')
    .filter({ hasText: /노태희 님을 평가위원 후보에 추가했습니다/ })
    .waitFor();
  const row = panel.getByRole('row', { name: /노태희/ });
  await row.getByText(/수소·연료전지/).waitFor();
  await row.getByText(/기타 기계 및 장비 제조업/).waitFor();
  await row.getByText('고압 수소 밸브 시험').waitFor();
  await expectAccessible(page, 'review pool after adding a platform user (ko)');

  await row.getByRole('button', { name: '노태희 수정' }).click();
  const dialog = page.getByRole('dialog', { name: /노태희의 전문분야와 배정 한도/ });
  await dialog.waitFor();
  await expectAccessible(page, 'editing a pool member (ko)');
  const edited = dialog.getByRole('textbox', { name: /^최대 배정 건수/ });
  await edited.fill('60');
  await edited.blur();
  await dialog.getByText('최대 배정 건수는 50 이하입니다.').waitFor();
  await edited.fill('4');
  await dialog.getByRole('button', { name: '저장' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByRole('cell', { name: '4', exact: true }).waitFor();
});
