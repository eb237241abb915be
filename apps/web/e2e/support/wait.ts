import type { Page } from 'playwright-core';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Retries an assertion until it passes or the time is up, then throws its last error: the
 * page updates asynchronously (GraphQL round trips, debounced search).
 */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

/** The document language the app declares (`<html lang>`). */
export function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}
