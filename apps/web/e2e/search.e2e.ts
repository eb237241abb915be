import type { Browser, BrowserContext } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor } from './support/browser';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await newVisitor(browser, 'ko-KR');
});

afterEach(async () => {
  await context?.close();
});

describe('the search page', () => {
  test('finds a Korean need by a Korean word, with highlighted snippets and facet counts', async () => {
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: '주 메뉴' })
      .getByRole('link', { name: '검색' })
      .click();
    await page.getByRole('heading', { level: 1, name: '검색' }).waitFor();

    await page.getByRole('searchbox', { name: '검색어' }).fill('수소');
    const results = page.getByRole('region', { name: '검색 결과' });
    await results
      .getByRole('link', { name: '수소충전소용 고압 밸브의 ISO 19880-3 해외 인증 시험 지원' })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('수소');
    await expect(results.getByRole('status').textContent()).resolves.toMatch(/검색 결과 \d+건/);
    expect(await results.locator('mark').count()).toBeGreaterThan(0);

    // Counts beside the filter options, from the facets of the same search.
    const kinds = page.getByRole('group', { name: '검색 대상' });
    await kinds.getByRole('checkbox', { name: /^기술수요 \([1-9]\d*\)$/ }).waitFor();
    await page
      .getByRole('group', { name: '국가' })
      .getByRole('button', { name: /\(\d+\)$/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'search for 수소 (ko)');

    // Keyboard: narrowing to needs is a checkbox like any other.
    await kinds.getByRole('checkbox', { name: /^기술수요/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.getAll('kind').includes('NEED'));
  });
});
