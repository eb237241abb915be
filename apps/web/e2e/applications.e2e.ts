import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor } from './support/browser';
import { DEMO_PASSWORD } from './support/demo';

/**
 * Applications (신청): a Daegu firm builds a consortium for the demo's joint Korea–Germany
 * call with a Daegu university and a German university picked from the suggestions, watches each
 * rule turn green as they accept, and submits; the Baden-Württemberg funder's manager sees
 * it among the call's applications. Axe runs on every page.
 */
const LEAD = 'ceo.hanbit@spillover.demo'; // (주)한빛오토텍, a MEDIUM Daegu member; prefers Korean
const UNIVERSITY = { email: 'tlo.knu@spillover.demo', name: '경북대학교 산학협력단' };
// The German partner the matching engine ranks first for the firm's hot-stamping need.
const GERMAN = { email: 'transfer.stuttgart@spillover.demo', name: 'University of Stuttgart' };
const BW_MANAGER = 'manager.bw@spillover.demo';
const TITLE = '핫스탬핑 경량 차체부품 한-독 공동개발';

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

test('a Daegu firm builds a consortium from the suggestions, sees the rules turn green, submits; the German funder sees it', async () => {
  const lead = await signedIn(LEAD);
  await lead.goto('/calls');
  await lead.getByRole('link', { name: /2027 한-독 국제공동 공모/ }).click();
  await lead.getByRole('heading', { level: 1, name: /2027 한-독 국제공동 공모/ }).waitFor();
  const start = lead.getByRole('region', { name: '이 공모에 신청하기' });
  await start.getByRole('textbox', { name: '과제 가제' }).fill(TITLE);
  await expectAccessible(lead, 'call page with the application start (ko)');
  await start.getByRole('button', { name: '신청서 작성 시작' }).click();
  await lead.getByRole('heading', { level: 1, name: TITLE }).waitFor();

  // Link the firm's needs: suggestions are ranked for them.
  await lead.getByRole('textbox', { name: '연결한 기술수요' }).click();
  await lead.getByRole('option').first().click();
  await lead.keyboard.press('Escape');
  await lead.getByRole('button', { name: '임시저장' }).click();
  for (const name of ['minPartners', 'requiredKinds', 'minCountries', 'internationalPartner'])
    await rule(lead, name, false).waitFor();
  const suggestions = lead.getByRole('region', { name: '추천 참여기관' });
  // Another country: the German university is suggested for it, ranked by matching.
  await suggestions
    .locator('[data-suggestions-for="internationalPartner"]')
    .getByRole('button', { name: `${GERMAN.name} 초대` })
    .waitFor();
  await expectAccessible(lead, 'application draft with suggestions (ko)');
  await suggestions
    .getByRole('button', { name: `${GERMAN.name} 초대` })
    .first()
    .click();
  await lead.getByRole('region', { name: '컨소시엄' }).getByText(GERMAN.name).waitFor();
  await suggestions
    .getByRole('button', { name: `${UNIVERSITY.name} 초대` })
    .first()
    .click();
  await lead.getByRole('region', { name: '컨소시엄' }).getByText(UNIVERSITY.name).waitFor();
  // Invited is not accepted: nothing turned green yet.
  await rule(lead, 'internationalPartner', false).waitFor();

  const german = await signedIn(GERMAN.email);
  await german.goto('/consortium-invitations');
  await german.getByRole('heading', { level: 1, name: 'Consortium invitations' }).waitFor();
  await expectAccessible(german, 'consortium invitations (en)');
  await german.getByRole('button', { name: `Accept: ${TITLE}` }).click();
  await german.getByRole('link', { name: 'Open the application' }).waitFor();

  await rule(lead, 'internationalPartner', true).waitFor({ timeout: 15_000 });
  await rule(lead, 'minCountries', true).waitFor();
  await rule(lead, 'requiredKinds', true).waitFor();
  await rule(lead, 'minPartners', false).waitFor();

  const university = await signedIn(UNIVERSITY.email);
  await university.goto('/consortium-invitations');
  await university.getByRole('heading', { level: 1, name: '컨소시엄 참여 초대' }).waitFor();
  await expectAccessible(university, 'consortium invitations (ko)');
  await university.getByRole('button', { name: `수락: ${TITLE}` }).click();
  await university.getByRole('link', { name: '신청서 열기' }).waitFor();

  await rule(lead, 'minPartners', true).waitFor({ timeout: 15_000 });
  await lead
    .getByText('컨소시엄이 공모의 모든 신청자격을 충족합니다. 제출할 수 있습니다.')
    .waitFor();
  await expectAccessible(lead, 'application ready (ko)');
  await lead.getByRole('button', { name: '신청서 제출' }).click();
  await lead.getByRole('dialog').getByRole('button', { name: '신청서 제출' }).click();
  await lead.getByTestId('application-status').filter({ hasText: '제출됨' }).waitFor();
  await lead.getByText('제출된 신청서는 수정할 수 없습니다.').waitFor();
  await expectAccessible(lead, 'application submitted (ko)');

  const funder = await signedIn(BW_MANAGER);
  await funder.goto('/calls');
  await funder.getByRole('link', { name: /Korea–Germany joint call 2027/ }).click();
  const list = funder.getByRole('region', { name: 'Applications' });
  await list.getByRole('link', { name: TITLE }).waitFor();
  await expectAccessible(funder, 'call applications (funder, en)');
  await list.getByRole('link', { name: TITLE }).click();
  await funder.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await funder.getByText('The consortium meets every rule of the call.').waitFor();
  await expectAccessible(funder, 'application (funder, en)');
});
