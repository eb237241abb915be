import type { BrowserContext, Page } from 'playwright-core';

interface WithViolations {
  cspViolations?: string[];
}

/**
 * Records every Content-Security-Policy violation a page of this context reports, from its
 * first byte (the platform sends the policy with every page).
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as WithViolations).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

/** The violations the page has reported so far. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as WithViolations).cspViolations ?? []);

/** Fails with every violation the page reported: the app must work under the policy. */
export async function expectNoCspViolations(page: Page, where: string): Promise<void> {
  const violations = await cspViolations(page);
  if (violations.length > 0)
    throw new Error(
      `Content-Security-Policy violations on ${where} (${page.url()}):\n  ${violations.join('\n  ')}`,
    );
}
