import type { Locator, Page } from 'playwright-core';

/**
 * Opens a Mantine select or multi-select by its label and picks an option by name, typing
 * `search` first when given (the whole list is long, or the options come from a search).
 */
export async function choose(
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
  search?: string,
  within: Page | Locator = page,
) {
  const input = within.getByRole('textbox', { name: label, exact: typeof label === 'string' });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option }).click();
  // Multi-selects keep their dropdown open for the next pick.
  await input.press('Escape');
}
