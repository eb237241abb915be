import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { recordCspViolations } from './csp';
import { BASE_URL_ENV } from './platform';

/** The platform the global setup started. */
export function baseUrl(): string {
  const url = process.env[BASE_URL_ENV];
  if (!url) throw new Error(`${BASE_URL_ENV} is not set: run through jest -c jest.e2e.config.cjs.`);
  return url;
}

/** The machine's Chromium (playwright's own download cannot run here). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A fresh browser profile (its own cookies and localStorage), as a separate person would have;
 * it records Content-Security-Policy violations, which `expectAccessible` fails on.
 */
export async function newVisitor(browser: Browser, locale = 'en-GB'): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  await recordCspViolations(context);
  return context;
}

/**
 * One browser for the test file and a new visitor (a fresh profile) for each test: registers
 * the Jest hooks and returns the current test's visitor.
 */
export function visitorPerTest(locale = 'en-GB'): () => BrowserContext {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newVisitor(browser!, locale);
  });
  afterEach(async () => {
    await context?.close();
  });
  return () => {
    if (!context) throw new Error('visitorPerTest: no test is running');
    return context;
  };
}
