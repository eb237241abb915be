import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';

const visitor = visitorPerTest('ko-KR');

/** Whether each search the page sent asked for counts, in order. */
function watchSearches(page: Page): boolean[] {
  const withCounts: boolean[] = [];
  page.on('request', (request) => {
    const body = request.method() === 'POST' ? request.postDataJSON() : null;
    if (body?.operationName === 'Search') withCounts.push(body.variables.withCounts);
  });
  return withCounts;
}

describe('the search page', () => {
  test('browses the newest without counts, then finds a Korean need by a Korean word, with highlighted snippets and facet counts', async () => {
    const page = await visitor().newPage();
    const searches = watchSearches(page);
    await page.goto('/');
    await page
      .getByRole('navigation', { name: '주 메뉴' })
      .getByRole('link', { name: '검색' })
      .click();
    await page.getByRole('heading', { level: 1, name: '검색' }).waitFor();

    // No words, no filter: the newest items, and no counts asked of the server.
    const results = page.getByRole('region', { name: '검색 결과' });
    await results.getByRole('heading', { level: 2, name: '최신 기술수요·보유역량·기관' }).waitFor();
    await results.getByRole('listitem').first().waitFor();
    expect(await results.getByRole('listitem').count()).toBeGreaterThan(1);
    await expect(results.getByRole('status').textContent()).resolves.toBe('');
    await page.getByText('검색어를 입력하거나 조건을 고르면').waitFor();
    expect(await page.getByRole('group', { name: '국가' }).count()).toBe(0);
    expect(searches).toEqual([false]);
    await expectAccessible(page, 'search page without words (ko)');

    await page.getByRole('searchbox', { name: '검색어' }).fill('수소');
    await results
      .getByRole('link', { name: '수소충전소용 고압 밸브의 ISO 19880-3 해외 인증 시험 지원' })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('수소');
    await expect(results.getByRole('status').textContent()).resolves.toMatch(/검색 결과 \d+건/);
    expect(searches.at(-1)).toBe(true);
    expect(
      await results.getByRole('heading', { name: '최신 기술수요·보유역량·기관' }).count(),
    ).toBe(0);
    expect(await results.locator('mark').count()).toBeGreaterThan(0);

    // Results first on a 1280×800 screen: on screen, near the top, and before the facets and
    // filters in reading order.
    await page.setViewportSize({ width: 1280, height: 800 });
    const firstHit = results.getByRole('listitem').first();
    const top = (await firstHit.boundingBox())!.y;
    expect(top).toBeLessThan(400);
    const facetsRegion = page.getByRole('region', { name: '분류별 결과' });
    await facetsRegion.waitFor();
    expect(
      await firstHit.evaluate(
        (hit, others) =>
          others.every(
            (other) => !!(hit.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING),
          ),
        [
          await facetsRegion.elementHandle(),
          await page.getByRole('search', { name: '검색 조건' }).elementHandle(),
        ],
      ),
    ).toBe(true);

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
    // The other kinds keep their counts (disjunctive facets): where to widen stays visible.
    await kinds
      .getByRole('checkbox', { name: /^보유역량 \([1-9]\d*\)$/, checked: false })
      .waitFor();
    await kinds.getByRole('checkbox', { name: /^기술수요 \([1-9]\d*\)$/, checked: true }).waitFor();

    // The cluster and deadline filters the API has are on the page.
    await page.getByRole('textbox', { name: '클러스터' }).waitFor();
    await page.getByLabel('마감일 시작').fill('2026-01-01');
    await page.waitForURL((url) => url.searchParams.get('deadlineFrom') === '2026-01-01');
  });
});
