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
  // A Mantine transition starts two animation frames after its element appears (it renders
  // the element at its starting style first, then sets the transition), so a check right
  // after a dialog shows can find no animation yet and read the dialog at opacity 0: wait
  // for frames until no finite animation is running, three frames in a row.
  await page.waitForLoadState('load');
  await page.evaluate(async () => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    let quiet = 0;
    for (let round = 0; round < 50 && quiet < 3; round += 1) {
      await frame();
      const running = document
        .getAnimations()
        // Spinners run forever; only transitions that end are waited for.
        .filter(
          (animation) =>
            animation.playState !== 'finished' &&
            animation.effect?.getComputedTiming().endTime !== Infinity,
        );
      quiet = running.length ? 0 : quiet + 1;
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
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
