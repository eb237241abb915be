import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expectNoCspViolations } from './csp';

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and fails with every serious or critical violation:
 * rule id, what it asks for, and the elements concerned. Fails first on any
 * Content-Security-Policy violation the page reported (see csp.ts).
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Mantine's transitions (menus, notifications, modals) must not be caught half-way: a
  // dialog fading in has every text at part opacity, which axe reads as low contrast.
  await page.waitForLoadState('load');
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // Spinners run forever; only transitions that end are waited for.
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // Every page checked for accessibility is checked against the platform's CSP too.
  await expectNoCspViolations(page, where);
  // Legacy mode runs axe.run() in the page itself: the default opens a blank page for every
  // check to merge per-frame results, which cost more than the check (16 s instead of 45 s
  // for the 22 checks of cluster-membership). The app has no cross-origin frames, the only
  // ones legacy mode leaves out; same-origin frames are still checked. Only violations are
  // read, so only they are collected in full.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  if (blocking.length === 0) return;
  const report = blocking
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    - ${JSON.stringify(node.target)}`);
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${targets.join('\n')}`;
    })
    .join('\n');
  throw new Error(`Accessibility violations on ${where} (${page.url()}):\n${report}`);
}
