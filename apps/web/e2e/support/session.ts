import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newVisitor } from './browser';
import { DEMO_PASSWORD } from './demo';

/**
 * Signs in on the sign-in page as a person does. The page speaks the browser's language
 * until someone signs in, then the user's own: the labels are matched in either.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: /^(Sign in|로그인)$/ }).waitFor();
  await page.getByRole('textbox', { name: /^(E-mail|이메일)/ }).fill(email);
  await page.getByRole('textbox', { name: /^(Password|비밀번호)/ }).fill(password);
  await page.getByRole('button', { name: /^(Sign in|로그인)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasNotText: /^(Sign in|로그인)$/ })
    .first()
    .waitFor();
}

/**
 * Several people in one test, each in a browser of their own (own cookies): registers the
 * Jest hooks of the file and returns `person(email)`, a new page signed in as that user.
 */
export function people(locale = 'en-GB'): (email: string) => Promise<Page> {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return async (email) => {
    if (!browser) throw new Error('people(): no browser yet — call it inside a test');
    const context = await newVisitor(browser, locale);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email);
    return page;
  };
}
