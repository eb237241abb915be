import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor } from './support/browser';
import { DAEGU_CLUSTER, DAEGU_MANAGER, DEMO_PASSWORD } from './support/demo';
import { choose } from './support/mantine';
import { eventually, htmlLang } from './support/wait';

/**
 * A newcomer's firm joins the Daegu cluster: sign-up, organization, application; the
 * cluster manager admits it; the same cluster page in Korean. The tests run in order and
 * build on each other, as the people in them would.
 */
const run = Date.now().toString(36);
const newcomer = {
  displayName: 'Jiwoo Park',
  email: `jiwoo.park.${run}@example.com`,
  password: 'Quartz-Kettle-Lantern-58',
};
const firm = `Dalseo Photonics ${run}`;

let browser: Browser;
let newcomerContext: BrowserContext;
let managerContext: BrowserContext;
/** The newcomer's tab; it stays on the cluster page between the scenarios. */
let newcomerPage: Page;
let managerPage: Page;
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

/** Every check item as a screen reader reads it ("Met: …" / "충족: …"), icons left out. */
async function checklist(page: Page): Promise<string[]> {
  return page
    .getByRole('form')
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (!node.parentElement?.closest('[aria-hidden="true"]'))
            texts.push(node.textContent ?? '');
        return texts.join(' ').replace(/\s+/g, ' ').trim();
      }),
    );
}

describe('a newcomer firm joins the Daegu cluster', () => {
  test('1. a newcomer signs up, creates a firm and applies to join the Daegu cluster', async () => {
    // A Korean browser: the app starts in Korean; the newcomer picks English on the way.
    newcomerContext = await newVisitor(browser, 'ko-KR');
    const page = (newcomerPage = await newcomerContext.newPage());

    await page.goto('/');
    await page
      .getByRole('heading', { level: 1, name: '산업단지 클러스터를 위한 개방형 혁신' })
      .waitFor();
    expect(await htmlLang(page)).toBe('ko');
    await expectAccessible(page, 'home, signed out (ko)');

    await page.getByRole('main').getByRole('link', { name: '계정 만들기' }).click();
    await page.getByRole('heading', { level: 1, name: '회원가입' }).waitFor();
    await expectAccessible(page, 'sign-up (ko)');

    await page.getByRole('textbox', { name: '이메일' }).fill(newcomer.email);
    await page.getByRole('textbox', { name: '표시 이름' }).fill(newcomer.displayName);
    const password = page.getByRole('textbox', { name: '비밀번호' });
    await password.fill('short');
    await eventually(async () => expect(await checklist(page)).toContain('미충족: 12자 이상'));
    await password.fill(newcomer.password);
    await eventually(async () => {
      const items = await checklist(page);
      expect(items).toHaveLength(4);
      for (const item of items) expect(item).toMatch(/^충족: /);
    });

    // Picks English with the header's language switch; the form keeps what was typed.
    await page
      .getByRole('banner')
      .getByRole('group', { name: '언어' })
      .getByRole('button', { name: 'EN' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('textbox', { name: 'E-mail' }).inputValue()).toBe(newcomer.email);
    const items = await checklist(page);
    expect(items).toEqual(
      expect.arrayContaining([
        'Met: At least 12 characters',
        expect.stringMatching(/^Met: Hard to guess/),
      ]),
    );
    for (const item of items) expect(item).toMatch(/^Met: /);
    await expectAccessible(page, 'sign-up, filled in (en)');

    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'My organizations' }).waitFor();
    await page
      .getByRole('banner')
      .getByRole('button', { name: `Account menu of ${newcomer.displayName}` })
      .waitFor();
    await expectAccessible(page, 'my organizations, none yet');

    await page.getByRole('main').getByRole('link', { name: 'New organization' }).click();
    await page.getByRole('heading', { level: 1, name: 'New organization' }).waitFor();
    await expectAccessible(page, 'new organization form, empty');

    await page.getByRole('textbox', { name: 'Organization name' }).fill(firm);
    await choose(page, 'Kind of organization', 'Firm');
    await choose(page, 'Size', 'Small (10–49 staff)');
    await choose(page, 'Country', 'South Korea', 'Korea');
    await choose(page, 'Region', 'Daegu', 'Daeg');
    await choose(
      page,
      'Sectors (NACE)',
      '29 · Manufacture of motor vehicles, trailers and semi-trailers',
      'motor vehicles',
    );
    await choose(page, 'Technology areas', 'EA17 · Vehicle components and systems', 'Vehicle comp');
    await choose(
      page,
      'Technology areas',
      'EA02 · Precision manufacturing technology',
      'Precision',
    );
    await page
      .getByRole('textbox', { name: 'Description' })
      .fill(
        'Laser micro-machining of steering and brake parts for tier-1 suppliers in Seongseo; ' +
          'looking for partners in lightweight aluminium parts.',
      );
    await expectAccessible(page, 'new organization form, filled in');

    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('heading', { level: 1, name: firm }).waitFor();
    const main = page.getByRole('main');
    // What was picked in the form is what the profile shows.
    const profile = (await main.textContent()) ?? '';
    for (const fact of [
      'Small (10–49 staff)',
      'Daegu, South Korea',
      'Manufacture of motor vehicles, trailers and semi-trailers',
      'Vehicle components and systems · Precision manufacturing technology',
      'Laser micro-machining of steering and brake parts',
      'Not a member of any cluster yet.',
    ])
      expect(profile).toContain(fact);
    await expectAccessible(page, 'organization profile, just created');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clusters' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Clusters' }).waitFor();
    await main.getByRole('link', { name: DAEGU_CLUSTER.nameEn, exact: true }).waitFor();
    await expectAccessible(page, 'cluster directory (en)');

    await main.getByRole('link', { name: DAEGU_CLUSTER.nameEn, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: DAEGU_CLUSTER.nameEn }).waitFor();
    const apply = page.getByRole('form', { name: 'Apply to join' });
    await apply.waitFor();
    await expectAccessible(page, 'cluster page, before applying');

    // The newcomer administers one organization only: it is chosen already.
    expect(
      await apply.getByRole('textbox', { name: 'Organization', exact: true }).inputValue(),
    ).toBe(firm);
    await apply
      .getByRole('textbox', { name: 'Message to the cluster managers' })
      .fill('We would like to join the Seongseo automotive-parts projects.');
    await apply.getByRole('button', { name: 'Apply to join' }).click();

    // The cluster page tells where the firm stands, and offers no second application.
    const own = main.getByRole('listitem').filter({ hasText: firm });
    await main
      .getByRole('heading', { level: 2, name: 'Your organizations in this cluster' })
      .waitFor();
    await own.getByText('Application pending').waitFor();
    await apply.waitFor({ state: 'detached' });
    await expectAccessible(page, 'cluster page, application sent');
    await page.reload();
    await own.getByText('Application pending').waitFor();
    expect(await apply.count()).toBe(0);

    // The application is pending: the firm's own profile says so.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My organizations' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My organizations' }).waitFor();
    await main.getByRole('link', { name: firm }).waitFor();
    await expectAccessible(page, 'my organizations, one firm');
    await main.getByRole('link', { name: firm }).click();
    await page.getByRole('heading', { level: 1, name: firm }).waitFor();
    const clusterItem = main.getByRole('listitem').filter({ hasText: DAEGU_CLUSTER.nameEn });
    await clusterItem.getByText('Application pending').waitFor();
    await expectAccessible(page, 'organization profile, application pending');

    await clusterItem.getByRole('link', { name: DAEGU_CLUSTER.nameEn, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: DAEGU_CLUSTER.nameEn }).waitFor();
    reached = 1;
  });

  test('2. the Daegu cluster manager admits the firm; the newcomer sees it active', async () => {
    requireScenario(1);
    managerContext = await newVisitor(browser, 'en-GB');
    const page = (managerPage = await managerContext.newPage());

    await page.goto('/');
    await page
      .getByRole('heading', { level: 1, name: 'Open innovation for industrial clusters' })
      .waitFor();
    await expectAccessible(page, 'home, signed out (en)');
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page, 'sign-in (en)');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(DAEGU_MANAGER.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The manager's saved preference is Korean: it follows them to this browser.
    await page
      .getByRole('heading', { level: 1, name: `${DAEGU_MANAGER.displayName} 님, 환영합니다` })
      .waitFor();
    expect(await htmlLang(page)).toBe('ko');
    await page
      .getByRole('banner')
      .getByRole('button', { name: `${DAEGU_MANAGER.displayName} 님의 계정 메뉴` })
      .waitFor();
    await expectAccessible(page, 'home, signed in as cluster manager (ko)');

    // This time they read in English.
    await page.getByRole('group', { name: '언어' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 2, name: 'Clusters you manage' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await expectAccessible(page, 'home, signed in as cluster manager (en)');

    const main = page.getByRole('main');
    await main.getByRole('link', { name: DAEGU_CLUSTER.nameEn, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: DAEGU_CLUSTER.nameEn }).waitFor();
    await main.getByText('You manage this cluster').waitFor();
    const admit = main.getByRole('button', { name: `Admit ${firm}`, exact: true });
    await admit.waitFor();
    const application = main
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: `Admit ${firm}`, exact: true }) });
    expect(await application.innerText()).toContain(
      'We would like to join the Seongseo automotive-parts projects.',
    );
    await expectAccessible(page, 'cluster page, manager, application pending');

    const membersHeading = main.getByRole('heading', { level: 2, name: /^Members \(\d+\)$/ });
    const membersBefore = Number(/\((\d+)\)/.exec(await membersHeading.innerText())?.[1]);
    await admit.click();
    await admit.waitFor({ state: 'detached' });
    const members = main
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Member since' }) });
    await members.getByRole('link', { name: firm }).waitFor();
    await main.getByRole('heading', { level: 2, name: `Members (${membersBefore + 1})` }).waitFor();
    await expectAccessible(page, 'cluster page, manager, after admitting');

    // The newcomer reloads their view of the cluster: the firm is a member now.
    const mine = newcomerPage;
    await mine.reload();
    const theirMain = mine.getByRole('main');
    await mine.getByRole('heading', { level: 1, name: DAEGU_CLUSTER.nameEn }).waitFor();
    const own = theirMain.getByRole('listitem').filter({ hasText: firm });
    await own.getByText('Member', { exact: true }).waitFor();
    expect(await own.getByText('Application pending').count()).toBe(0);
    await theirMain.getByRole('table').getByRole('link', { name: firm }).waitFor();
    expect(await theirMain.getByRole('form', { name: 'Apply to join' }).count()).toBe(0);
    await expectAccessible(mine, 'cluster page, newcomer, firm admitted');

    await theirMain.getByRole('table').getByRole('link', { name: firm }).click();
    await mine.getByRole('heading', { level: 1, name: firm }).waitFor();
    const clusterItem = theirMain.getByRole('listitem').filter({ hasText: DAEGU_CLUSTER.nameEn });
    await clusterItem.getByRole('link', { name: DAEGU_CLUSTER.nameEn, exact: true }).waitFor();
    expect(await clusterItem.getByText('Application pending').count()).toBe(0);
    await expectAccessible(mine, 'organization profile, member of the cluster');
    reached = 2;
  });

  test('3. the same cluster page in Korean, remembered after a reload', async () => {
    requireScenario(2);
    const page = managerPage;
    const main = page.getByRole('main');
    await page.getByRole('heading', { level: 1, name: DAEGU_CLUSTER.nameEn }).waitFor();

    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '한국어' })
      .click();

    const expectKorean = async () => {
      await page.getByRole('heading', { level: 1, name: DAEGU_CLUSTER.nameKo }).waitFor();
      expect(await htmlLang(page)).toBe('ko');
      // The other official name stays visible, marked as English for screen readers.
      expect(await main.locator('[lang="en"]').first().innerText()).toBe(DAEGU_CLUSTER.nameEn);
      await main.getByRole('heading', { level: 2, name: '클러스터 운영자' }).waitFor();
      await main.getByRole('heading', { level: 2, name: '가입 신청 대기 목록' }).waitFor();
      await main.getByRole('heading', { level: 2, name: /^회원기관 \(\d+\)$/ }).waitFor();
      await main.getByText('내가 운영하는 클러스터').waitFor();
      await main.getByText('대구광역시, 대한민국').waitFor();
      await main.getByRole('columnheader', { name: '가입일' }).waitFor();
      await main.getByRole('button', { name: `${firm} 클러스터에서 제명` }).waitFor();
      const nav = page.getByRole('navigation', { name: '주 메뉴' });
      await nav.getByRole('link', { name: '클러스터' }).waitFor();
      await nav.getByRole('link', { name: '내 기관' }).waitFor();
      expect(
        await page
          .getByRole('group', { name: '언어' })
          .getByRole('button', { name: '한국어' })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      expect(await page.title()).toBe(`${DAEGU_CLUSTER.nameKo} · Spillover`);
    };

    await expectKorean();
    await expectAccessible(page, 'cluster page, manager (ko)');

    await page.reload();
    await expectKorean();

    // A new tab of the same browser starts in Korean as well.
    const other = await managerContext.newPage();
    await other.goto('/clusters');
    await other.getByRole('heading', { level: 1, name: '클러스터' }).waitFor();
    expect(await htmlLang(other)).toBe('ko');
    await other
      .getByRole('main')
      .getByRole('link', { name: DAEGU_CLUSTER.nameKo, exact: true })
      .waitFor();
    await expectAccessible(other, 'cluster directory (ko)');
    await other.close();
  });
});
