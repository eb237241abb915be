import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';
import { cspViolations } from './support/csp';
import { DEMO_PASSWORD, FIRM_ADMIN } from './support/demo';

/**
 * The platform sends a Content-Security-Policy with every page (helmet, in the API). The app
 * must work under it: pages render, Mantine's styles apply, and the browser reports no
 * violation, signed out and signed in, through the pages with the most varied components.
 * (Every other browser test fails on a violation too: expectAccessible checks for them.)
 */

// newVisitor records the violations every page reports (support/csp.ts).
const visitor = visitorPerTest('en-GB');

/** Violations reported to the page, and those Chromium logs to the console. */
function watch(page: Page): () => Promise<string[]> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  return async () => [...logged, ...(await cspViolations(page))];
}

test('pages render under the policy with no violation, signed out and signed in', async () => {
  const page = await visitor().newPage();
  const violations = watch(page);

  const home = await page.goto('/');
  expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page
    .getByRole('heading', { level: 1, name: 'Open innovation for industrial clusters' })
    .waitFor();
  // Mantine's theme (a <style> element it writes at run time) applies: the body has its font.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(
    /^"?Times/,
  );
  expect(await violations()).toEqual([]);
  await expectAccessible(page, 'home under the CSP');

  await page.goto('/search?q=hydrogen');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByRole('main').getByRole('link').first().waitFor();
  expect(await violations()).toEqual([]);

  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'E-mail' }).fill(FIRM_ADMIN.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: new RegExp(FIRM_ADMIN.displayName) })
    .waitFor();

  // A form with selects, multi-selects and a date picker: the most inline styling there is.
  await page.goto('/needs/new');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByRole('textbox', { name: /Title/ }).first().waitFor();
  expect(await violations()).toEqual([]);
  await expectAccessible(page, 'new need form under the CSP');

  await page.goto('/my/organizations');
  await page.getByRole('main').getByRole('link', { name: FIRM_ADMIN.organization }).click();
  await page.getByRole('heading', { level: 1, name: FIRM_ADMIN.organization }).waitFor();
  expect(await violations()).toEqual([]);
});

test('a page cannot be framed by another site', async () => {
  const page = await visitor().newPage();
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  // A hostile page (about:blank here: any other origin) embeds the platform: the frame stays empty.
  const framing = await visitor().newPage();
  await framing.setContent(
    `<iframe title="embedded platform" src="${new URL('/', page.url()).toString()}"></iframe>`,
  );
  const frame = framing.frames().find((candidate) => candidate !== framing.mainFrame());
  await framing.waitForTimeout(1000);
  const rendered = await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '');
  expect(rendered ?? '').not.toContain('Open innovation');
});
