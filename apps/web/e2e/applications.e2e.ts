import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor } from './support/browser';
import { DAEGU_MANAGER, DEMO_PASSWORD, UNIVERSITY_ADMIN } from './support/demo';

/**
 * Applications (신청), the story: the Daegu manager opens the demo's DRAFT joint
 * Korea–Germany call; a Daegu firm drafts an application, links its hot-stamping need and
 * builds its consortium from the suggestions (a Korean university and a German research
 * institute of the partner cluster), watches each failing rule turn green (partners
 * accepting from their own inbox, a budget typed over the ceiling and back), and submits; the
 * Baden-Württemberg funder's manager finds it among the call's applications. Axe runs on
 * every page.
 */
const CALL = {
  ko: '2027 한-독 성형기술 국제공동 공모',
  en: 'Korea–Germany forming technology joint call 2027',
};
const LEAD = 'ceo.hanbit@spillover.demo'; // (주)한빛오토텍, a MEDIUM Daegu member; prefers Korean
// The ACTIVE BW member whose press-hardening expertise matches the firm's hot-stamping need.
const INSTITUTE = {
  email: 'partnering.ipa@spillover.demo',
  name: 'Fraunhofer Institute for Manufacturing Engineering and Automation IPA',
};
const BW_MANAGER = 'manager.bw@spillover.demo';
const TITLE = '핫스탬핑 부품 하드 트리밍 한-독 공동개발';

// Five people and a dozen pages: longer than one page's test.
jest.setTimeout(240_000);

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

/** A new browser (its own cookies) signed in as this demo user. */
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

const rule = (page: Page, name: string, met: boolean): Locator =>
  page.locator(`[data-section="eligibility"] li[data-rule="${name}"][data-met="${met}"]`);

/** The call's card on /calls: its link is named by the call's title (and nothing else matches it). */
const callLink = (page: Page, title: string) =>
  page.getByRole('link', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });

test('a manager opens a joint Korea–Germany call; a Daegu firm builds a consortium from the suggestions, sees each rule turn green, submits; the German funder sees it', async () => {
  // 1. The Daegu manager opens the DRAFT joint call (공모 개시).
  const manager = await signedIn(DAEGU_MANAGER.email);
  await manager.goto('/calls');
  await manager.getByRole('heading', { level: 1, name: '공모' }).waitFor();
  // Drafts are a view of their own, for the cluster's managers.
  await manager
    .locator('label')
    .filter({ hasText: /^임시저장$/ })
    .click();
  await callLink(manager, CALL.ko).click();
  await manager.getByRole('heading', { level: 1, name: CALL.ko }).waitFor();
  const panel = manager.getByRole('region', { name: '공모 관리' });
  await expectAccessible(manager, 'joint call, draft (manager, ko)');
  await panel.getByRole('button', { name: '공모 개시' }).click();
  await manager.getByRole('dialog').getByRole('button', { name: '공모 개시' }).click();
  await manager.getByRole('dialog').waitFor({ state: 'detached' });
  await panel.getByRole('button', { name: '공모 개시' }).waitFor({ state: 'detached' });
  await expectAccessible(manager, 'joint call, open (manager, ko)');

  // 2. The Daegu firm drafts an application to it.
  const lead = await signedIn(LEAD);
  await lead.goto('/calls');
  await callLink(lead, CALL.ko).click();
  await lead.getByRole('heading', { level: 1, name: CALL.ko }).waitFor();
  const start = lead.getByRole('region', { name: '이 공모에 신청하기' });
  await start.getByRole('textbox', { name: '과제 가제' }).fill(TITLE);
  await expectAccessible(lead, 'call page with the application start (ko)');
  await start.getByRole('button', { name: '신청서 작성 시작' }).click();
  await lead.getByRole('heading', { level: 1, name: TITLE }).waitFor();

  // Link the hot-stamping need: the suggestions are ranked for it.
  await lead.getByRole('textbox', { name: '연결한 기술수요' }).click();
  await lead.getByRole('option', { name: /핫스탬핑 부품 레이저 트리밍/ }).click();
  await lead.keyboard.press('Escape');
  await lead.getByRole('button', { name: '임시저장' }).click();
  for (const name of ['minPartners', 'requiredKinds', 'minCountries', 'internationalPartner'])
    await rule(lead, name, false).waitFor();
  const suggestions = lead.getByRole('region', { name: '추천 참여기관' });
  // A partner from another country: the German institute, ranked by matching.
  const abroad = suggestions.locator('[data-suggestions-for="internationalPartner"]');
  await abroad.getByRole('button', { name: `${INSTITUTE.name} 초대` }).waitFor();
  await expectAccessible(lead, 'application draft with suggestions (ko)');
  await abroad.getByRole('button', { name: `${INSTITUTE.name} 초대` }).click();
  const consortium = lead.getByRole('region', { name: '컨소시엄' });
  await consortium.getByRole('cell', { name: INSTITUTE.name, exact: true }).waitFor();
  // A university (a required kind): the Korean university, also from the suggestions.
  await suggestions
    .getByRole('button', { name: `${UNIVERSITY_ADMIN.organization} 초대` })
    .first()
    .click();
  await consortium
    .getByRole('cell', { name: UNIVERSITY_ADMIN.organization, exact: true })
    .waitFor();
  // Invited is not accepted: nothing turned green yet.
  await rule(lead, 'internationalPartner', false).waitFor();
  await rule(lead, 'requiredKinds', false).waitFor();

  // 3. Each partner accepts from its own inbox; the lead's checklist turns green live.
  const institute = await signedIn(INSTITUTE.email);
  await institute.goto('/consortium-invitations');
  await institute.getByRole('heading', { level: 1, name: 'Consortium invitations' }).waitFor();
  await expectAccessible(institute, 'consortium invitations (en)');
  await institute.getByRole('button', { name: `Accept: ${TITLE}` }).click();
  // The demo holds other accepted invitations of these organizations: this application's card.
  await institute
    .getByRole('article', { name: TITLE, exact: true })
    .getByRole('link', { name: 'Open the application' })
    .waitFor();

  await rule(lead, 'internationalPartner', true).waitFor({ timeout: 30_000 });
  await rule(lead, 'minCountries', true).waitFor();
  await rule(lead, 'requiredKinds', true).waitFor();
  await rule(lead, 'minPartners', false).waitFor();

  const university = await signedIn(UNIVERSITY_ADMIN.email);
  await university.goto('/consortium-invitations');
  await university.getByRole('heading', { level: 1, name: '컨소시엄 참여 초대' }).waitFor();
  await expectAccessible(university, 'consortium invitations (ko)');
  await university.getByRole('button', { name: `수락: ${TITLE}` }).click();
  await university
    .getByRole('article', { name: TITLE, exact: true })
    .getByRole('link', { name: '신청서 열기' })
    .waitFor();
  await rule(lead, 'minPartners', true).waitFor({ timeout: 30_000 });

  // 4. Budgets in the browser, before saving: over the per-partner ceiling turns a rule red,
  // a fair amount green again.
  const leadBudget = lead.getByRole('textbox', { name: '주관기관 신청 예산 (EUR)' });
  await leadBudget.fill('400000');
  await rule(lead, 'maxBudgetPerPartner', false).waitFor();
  await expectAccessible(lead, 'application, a budget over the ceiling (ko)');
  await leadBudget.fill('200000');
  await rule(lead, 'maxBudgetPerPartner', true).waitFor();
  await lead.getByRole('textbox', { name: '주관기관 자체 부담금 (EUR)' }).fill('100000');
  await lead.getByRole('button', { name: '임시저장' }).click();
  await lead
    .getByText('컨소시엄이 공모의 모든 신청자격을 충족합니다. 제출할 수 있습니다.')
    .waitFor();
  for (const name of ['minPartners', 'requiredKinds', 'minCountries', 'internationalPartner'])
    await rule(lead, name, true).waitFor();
  await expectAccessible(lead, 'application ready (ko)');

  // 5. Submit: the server re-checks and the application turns read-only.
  const submit = lead.getByRole('button', { name: '신청서 제출' });
  await expect(submit.isEnabled()).resolves.toBe(true);
  await submit.click();
  await lead.getByRole('dialog').getByRole('button', { name: '신청서 제출' }).click();
  await lead.getByTestId('application-status').filter({ hasText: '제출됨' }).waitFor();
  await lead.getByText('제출된 신청서는 수정할 수 없습니다.').waitFor();
  await expectAccessible(lead, 'application submitted (ko)');

  // 6. The German funder's manager sees it among the call's applications.
  const funder = await signedIn(BW_MANAGER);
  await funder.goto('/calls');
  await callLink(funder, CALL.en).click();
  await funder.getByRole('heading', { level: 1, name: CALL.en }).waitFor();
  const list = funder.getByRole('region', { name: 'Applications' });
  await list.getByRole('link', { name: TITLE, exact: true }).waitFor();
  await expectAccessible(funder, 'call applications (funder, en)');
  await list.getByRole('link', { name: TITLE, exact: true }).click();
  await funder.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await funder.getByText('The consortium meets every rule of the call.').waitFor();
  await expectAccessible(funder, 'application (funder, en)');
});
