import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';
import { DEMO_PASSWORD } from './support/demo';
import { eventually, htmlLang } from './support/wait';

const visitor = visitorPerTest('en-GB');

describe('a signed-out visitor', () => {
  test('is sent to sign in for a private page, and comes back to it after signing in', async () => {
    const page = await visitor().newPage();
    // Typed into the address bar, or followed from a bookmark.
    await page.goto('/my/organizations');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/my/organizations');
    await expectAccessible(page, 'sign-in, redirected from a private page');

    await page.getByRole('textbox', { name: 'E-mail' }).fill('ceo.seongseo@spillover.demo');
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Back where they wanted to go, in the language they saved (Korean).
    await page.getByRole('heading', { level: 1, name: '내 기관' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/my/organizations');
    expect(await htmlLang(page)).toBe('ko');
    await page.getByRole('main').getByRole('link', { name: '(주)성서정밀' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: '김민준 님의 계정 메뉴' }).waitFor();
    await expectAccessible(page, 'my organizations, after sign-in (ko)');
  });

  test('finds a Korean organization in the directory by a Korean word', async () => {
    const page = await visitor().newPage();
    await page.goto('/');
    await page
      .getByRole('heading', { level: 1, name: 'Open innovation for industrial clusters' })
      .waitFor();
    await expectAccessible(page, 'home, signed out (en)');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Organizations' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    const main = page.getByRole('main');
    const count = main.getByRole('status');
    await count.filter({ hasText: /^\d+ organizations$/ }).waitFor();
    const total = Number.parseInt(await count.innerText(), 10);
    await expectAccessible(page, 'organization directory (en)');

    const search = page.getByRole('search', { name: 'Search organizations' });
    // "유압" (hydraulics) appears only in the Changwon hydraulic-machinery firm's profile.
    await search.getByRole('searchbox', { name: 'Search' }).fill('유압');
    await eventually(async () => expect(await count.innerText()).toBe('1 organization'));
    const results = main.getByRole('list').first().getByRole('listitem');
    expect(await results.count()).toBe(1);
    await results.getByRole('link', { name: '(주)창원유압기계' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('유압');
    await expectAccessible(page, 'organization directory, Korean search (en)');

    // "정밀" (precision) finds both precision firms, by their names.
    await search.getByRole('searchbox', { name: 'Search' }).fill('정밀');
    await eventually(async () => expect(await count.innerText()).toBe('2 organizations'));
    expect(await results.getByRole('link').allInnerTexts()).toEqual(
      expect.arrayContaining(['(주)성서정밀', '진해정밀금형']),
    );
    expect(total).toBeGreaterThan(2);

    // The same search, in Korean.
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '한국어' })
      .click();
    await page.getByRole('heading', { level: 1, name: '기관 찾기' }).waitFor();
    expect(await htmlLang(page)).toBe('ko');
    const koreanSearch = page
      .getByRole('search', { name: '기관 검색' })
      .getByRole('searchbox', { name: '검색어' });
    expect(await koreanSearch.inputValue()).toBe('정밀');
    await eventually(async () => expect(await count.innerText()).toBe('기관 2곳'));
    await main.getByRole('link', { name: '(주)성서정밀' }).waitFor();
    await expectAccessible(page, 'organization directory, Korean search (ko)');
  });
});
