import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor } from './support/browser';
import { FIRM_ADMIN, UNIVERSITY_ADMIN } from './support/demo';
import { choose } from './support/mantine';
import { eventually, htmlLang } from './support/wait';
import { signIn } from './support/session';

/**
 * A Stuttgart firm posts a private technology need with NDA-protected details and invites
 * Kyungpook National University; the university's technology transfer office accepts the
 * NDA (in Korean) and reads the details, then publishes a capability of its own. The tests
 * run in order and build on each other, as the people in them would.
 */
const run = Date.now().toString(36);
const need = {
  title: `Lightweight aluminium brake caliper ${run}`,
  summary: 'A forged aluminium caliper 30% lighter than cast iron for compact EV platforms.',
  secret: `Confidential: target mass 1.1 kg, 6061-T6, wall 3.2 mm, supplier drawings rev ${run}.`,
  terms:
    'The receiving organization keeps the confidential details secret for five years and ' +
    'uses them only to prepare a proposal for this need.',
};
const capability = {
  title: `마그네슘 합금 경량 부품 성형 특허 ${run}`,
  description: '마그네슘 합금을 이용한 자동차 경량 부품의 온간 성형 공정 특허입니다.',
};

let browser: Browser;
let firmContext: BrowserContext;
let universityContext: BrowserContext;
let firmPage: Page;
let universityPage: Page;
let needPath = '';
/** How far the story got: a later scenario cannot run without the earlier one's data. */
let reached = 0;

function requireScenario(step: number) {
  if (reached < step) throw new Error(`Scenario ${step} did not complete; this one builds on it.`);
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The items of the "before publishing" checklist, as read. */
async function checklist(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: /publish|공개/ })
    .getByRole('listitem')
    .allInnerTexts();
}

describe('a need behind an NDA, and a capability', () => {
  test('1. a firm ORG_ADMIN posts a private need, publishes it and sets NDA terms', async () => {
    firmContext = await newVisitor(browser, 'en-GB');
    const page = (firmPage = await firmContext.newPage());
    await signIn(page, FIRM_ADMIN.email);
    await page
      .getByRole('heading', { level: 1, name: `Welcome, ${FIRM_ADMIN.displayName}` })
      .waitFor();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Needs and capabilities' }).waitFor();
    await expectAccessible(page, 'home, firm admin (en)');

    await main.getByRole('link', { name: 'Post a need' }).click();
    await page.getByRole('heading', { level: 1, name: 'Post a technology need' }).waitFor();
    await main.getByText(`For ${FIRM_ADMIN.organization}`).waitFor();
    const form = page.getByRole('form', { name: 'Technology need' });
    const publish = form.getByRole('button', { name: 'Save and publish' });
    expect(await publish.isDisabled()).toBe(true);
    await expectAccessible(page, 'new need form, empty');

    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(need.title);
    await form.getByRole('textbox', { name: 'Public summary' }).fill(need.summary);
    await form
      .getByRole('textbox', { name: 'Desired outcome' })
      .fill('A validated prototype and a supply agreement.');
    await form.getByRole('textbox', { name: 'Confidential details' }).fill(need.secret);
    await choose(page, 'Technology areas', 'EA17 · Vehicle components and systems', 'Vehicle comp');
    await choose(page, 'Current TRL', 'TRL 4 · Technology validated in lab');
    await choose(page, 'Target TRL', 'TRL 3 · Experimental proof of concept');
    await eventually(async () =>
      expect(await checklist(page)).toContain(
        'Target TRL: The target TRL (3) must be at least the current TRL (4).',
      ),
    );
    await choose(
      page,
      'Target TRL',
      'TRL 7 · System prototype demonstration in operational environment',
    );
    await choose(page, 'Currency', 'EUR · Euro', 'EUR');
    await form.getByRole('textbox', { name: 'Minimum budget' }).fill('150000');
    await form.getByRole('textbox', { name: 'Maximum budget' }).fill('400000.50');

    const deadline = form.getByLabel('Response deadline');
    await deadline.fill('2020-03-01T18:00');
    await eventually(async () =>
      expect((await checklist(page)).join('\n')).toMatch(
        /Response deadline: The deadline must be after today \(\d{4}-\d{2}-\d{2}\)\./,
      ),
    );
    await deadline.fill('2031-06-30T18:00');
    await form.getByRole('checkbox', { name: 'Joint research' }).check();
    await form.getByRole('checkbox', { name: 'Licence / technology transfer' }).check();

    await form.getByRole('radio', { name: /^Invited organizations only/ }).check();
    expect((await checklist(page)).join('\n')).toContain('Invite at least one organization');
    await choose(page, 'Invited organizations', UNIVERSITY_ADMIN.organization, '경북대');
    await form.getByRole('region', { name: 'Ready to publish' }).waitFor();
    expect(await publish.isEnabled()).toBe(true);
    await expectAccessible(page, 'new need form, complete');

    // Saved as a draft first; published from its page.
    await form.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { level: 1, name: need.title }).waitFor();
    needPath = new URL(page.url()).pathname;
    expect(needPath).toMatch(/^\/needs\/[0-9a-f-]{36}$/);
    await main.getByText('Draft', { exact: true }).waitFor();
    await main.getByRole('region', { name: 'Ready to publish' }).waitFor();
    const facts = (await main.textContent()) ?? '';
    for (const fact of [
      need.summary,
      'TRL 4 · Technology validated in lab',
      'Joint research · Licence / technology transfer',
      UNIVERSITY_ADMIN.organization,
      need.secret,
      'Only your organization sees these details',
    ])
      expect(facts).toContain(fact);
    // Money by Intl in the UI language, from the minor units the form sent (40000050 cents).
    expect(facts).toMatch(/€150,000\s*–\s*€400,000\.50/);
    await expectAccessible(page, 'need page, owner, draft');

    await main.getByRole('button', { name: 'Publish', exact: true }).click();
    await main.getByText('Open', { exact: true }).waitFor();
    expect(await main.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
    await main.getByRole('button', { name: 'Close need' }).waitFor();

    const nda = main.getByRole('region', { name: 'NDA terms' });
    await nda.getByText('No NDA terms yet.').waitFor();
    await expectAccessible(page, 'need page, owner, open, no NDA');
    const ndaForm = nda.getByRole('form', { name: 'Set NDA terms' });
    await ndaForm.getByRole('textbox', { name: 'Version' }).fill('v1');
    await ndaForm.getByRole('textbox', { name: 'Terms' }).fill('Too short.');
    await ndaForm.getByRole('button', { name: 'Save NDA terms' }).click();
    await ndaForm.getByText('The NDA terms have at least 20 characters.').waitFor();
    await ndaForm.getByRole('textbox', { name: 'Terms' }).fill(need.terms);
    await ndaForm.getByRole('button', { name: 'Save NDA terms' }).click();
    await nda.getByText('Version v1', { exact: true }).waitFor();
    await nda.getByRole('form', { name: 'New version of the terms' }).waitFor();
    await main
      .getByText(
        'Your organization sees these details, and so do organizations that accepted version v1',
      )
      .waitFor();
    await expectAccessible(page, 'need page, owner, NDA v1 set');

    // The organization's profile lists it among its needs.
    await main.getByRole('link', { name: FIRM_ADMIN.organization }).click();
    await page.getByRole('heading', { level: 1, name: FIRM_ADMIN.organization }).waitFor();
    await main.getByRole('tab', { name: 'Technology needs' }).click();
    const row = main.getByRole('row').filter({ hasText: need.title });
    await row.getByText('Open', { exact: true }).waitFor();
    await row.getByText('Invited organizations only').waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('needs');
    await expectAccessible(page, 'organization profile, needs tab');
    reached = 1;
  });

  test('2. the invited university accepts the NDA and reads the confidential details', async () => {
    requireScenario(1);
    universityContext = await newVisitor(browser, 'en-GB');
    const page = (universityPage = await universityContext.newPage());
    await signIn(page, UNIVERSITY_ADMIN.email);
    // The university's administrator reads Korean: the app follows their saved preference.
    await page
      .getByRole('heading', { level: 1, name: `${UNIVERSITY_ADMIN.displayName} 님, 환영합니다` })
      .waitFor();
    expect(await htmlLang(page)).toBe('ko');

    await page.goto(needPath);
    await page.getByRole('heading', { level: 1, name: need.title }).waitFor();
    const main = page.getByRole('main');
    const confidential = main.getByRole('region', { name: '기밀 상세' });
    await confidential
      .getByText('기밀 상세는 등록 기관의 비밀유지계약(NDA) v1 버전에 동의한 기관에만 공개됩니다.')
      .waitFor();
    await confidential.getByText(need.terms).waitFor();
    expect(await main.getByText(need.secret).count()).toBe(0);
    // The owner's record is not shown to others.
    expect(await main.getByRole('region', { name: '비밀유지계약(NDA) 약관' }).count()).toBe(0);
    await main.getByText('모집 중', { exact: true }).waitFor();
    await main.getByText(/€150,000\s*~\s*€400,000\.50/).waitFor();
    await expectAccessible(page, 'need page, invited university, NDA gate (ko)');

    // By keyboard: a real button opens the dialog, whose confirm button is reached with Tab.
    await confidential
      .getByRole('button', { name: `${UNIVERSITY_ADMIN.organization} 명의로 NDA 동의` })
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', {
      name: `${UNIVERSITY_ADMIN.organization} 명의로 비밀유지계약(NDA) 동의`,
    });
    await dialog.getByText(need.terms).waitFor();
    await dialog.getByText('v1 버전', { exact: true }).waitFor();
    await expectAccessible(page, 'accept NDA dialog (ko)');
    const confirm = dialog.getByRole('button', { name: 'v1 버전에 동의' });
    for (let tabs = 0; tabs < 10; tabs += 1) {
      if (await confirm.evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');

    await confidential.getByText(need.secret).waitFor();
    // The accept button is gone; the reader continues at the section's heading.
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('기밀 상세'),
    );
    await confidential.getByText('우리 기관이 비밀유지계약(NDA) v1 버전에 동의했습니다.').waitFor();
    expect(await confidential.getByRole('button', { name: /명의로 NDA 동의/ }).count()).toBe(0);
    await expectAccessible(page, 'need page, university after accepting (ko)');

    // Still there after a reload: the acceptance is recorded, not remembered by the page.
    await page.reload();
    await main.getByRole('region', { name: '기밀 상세' }).getByText(need.secret).waitFor();

    // The firm sees who accepted which version.
    await firmPage.goto(needPath);
    const nda = firmPage.getByRole('main').getByRole('region', { name: 'NDA terms' });
    const acceptance = nda.getByRole('row').filter({ hasText: UNIVERSITY_ADMIN.organization });
    await acceptance.waitFor();
    expect(await acceptance.innerText()).toMatch(/v1\s*current/i);
    expect(await acceptance.innerText()).toContain(UNIVERSITY_ADMIN.displayName);
    await expectAccessible(firmPage, 'need page, owner, one acceptance');
    reached = 2;
  });

  test('3. the university posts an IP capability and publishes it (ko)', async () => {
    requireScenario(2);
    const page = universityPage;
    const main = page.getByRole('main');
    await page.goto('/');
    await page
      .getByRole('heading', { level: 1, name: `${UNIVERSITY_ADMIN.displayName} 님, 환영합니다` })
      .waitFor();
    await main.getByRole('link', { name: `${UNIVERSITY_ADMIN.organization}의 보유역량` }).click();
    await page.getByRole('heading', { level: 1, name: UNIVERSITY_ADMIN.organization }).waitFor();
    expect(await main.getByRole('tab', { name: '보유역량' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expectAccessible(page, 'organization profile, capabilities tab (ko)');

    await main.getByRole('link', { name: '보유역량 등록' }).click();
    await page.getByRole('heading', { level: 1, name: '보유역량 등록' }).waitFor();
    const form = page.getByRole('form', { name: '보유역량' });
    await expectAccessible(page, 'new capability form, empty (ko)');

    await choose(page, '보유역량 유형', 'IP (특허·라이선스)');
    await form.getByRole('textbox', { name: '특허(출원)번호' }).waitFor();
    expect(await form.getByRole('textbox', { name: '위치' }).count()).toBe(0);
    await form.getByRole('textbox', { name: '제목', exact: true }).fill(capability.title);
    await form.getByRole('textbox', { name: '설명', exact: true }).fill(capability.description);
    await choose(page, '기술분야', 'EA02 · 정밀생산기술', '정밀생산');
    await eventually(async () =>
      expect(await checklist(page)).toEqual(
        expect.arrayContaining([
          '기술성숙도(TRL): IP의 기술성숙도(TRL, 1–9)를 선택하세요.',
          '특허(출원)번호: IP의 특허(출원)번호를 입력하세요.',
        ]),
      ),
    );
    await choose(page, '기술성숙도(TRL)', 'TRL 5 · 확정된 부품·시스템의 시작품 제작 및 성능 평가');
    await form.getByRole('textbox', { name: '담당자', exact: true }).fill('윤지민');
    await form.getByRole('textbox', { name: '담당자 이메일' }).fill('tlo@knu.example');
    await form.getByRole('textbox', { name: '특허(출원)번호' }).fill('KR 10-2021-0123456');
    await choose(page, '기술이전 상태', '기술이전 가능');
    await form.getByRole('region', { name: '공개할 준비가 되었습니다' }).waitFor();
    await expectAccessible(page, 'new capability form, complete (ko)');

    await form.getByRole('button', { name: '임시저장' }).click();
    await page.getByRole('heading', { level: 1, name: capability.title }).waitFor();
    await main.getByText('임시저장', { exact: true }).waitFor();
    await main.getByText('KR 10-2021-0123456').waitFor();
    await expectAccessible(page, 'capability page, draft (ko)');

    await main.getByRole('button', { name: '공개', exact: true }).click();
    await main.getByRole('button', { name: '보관', exact: true }).waitFor();
    await main.getByText('공개', { exact: true }).waitFor();
    await expectAccessible(page, 'capability page, published (ko)');

    await main.getByRole('link', { name: UNIVERSITY_ADMIN.organization }).click();
    await main.getByRole('tab', { name: '보유역량' }).click();
    const row = main.getByRole('row').filter({ hasText: capability.title });
    await row.getByText('공개', { exact: true }).waitFor();
    await row.getByText('IP (특허·라이선스)').waitFor();

    // Anyone may see a public capability: the firm finds it on the university's profile.
    await firmPage.goto(new URL(page.url()).pathname + '?tab=capabilities');
    await firmPage.getByRole('main').getByRole('link', { name: capability.title }).click();
    await firmPage.getByRole('heading', { level: 1, name: capability.title }).waitFor();
    expect(await firmPage.getByRole('main').getByRole('button', { name: 'Archive' }).count()).toBe(
      0,
    );
    await eventually(async () => expect(await firmPage.title()).toContain(capability.title));
    await expectAccessible(firmPage, 'capability page, seen by another organization');
  });
});
