import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';
import { FIRM_ADMIN } from './support/demo';
import { signIn } from './support/session';

/**
 * Bulk import on the real platform: the demo firm's ORG_ADMIN checks a CSV with one bad row
 * (the report names its row, column and reason), then imports the valid rows as drafts and
 * watches the run finish; the page passes axe at each step.
 */
const visitor = visitorPerTest('en-GB');

const CSV = [
  'External reference,Kind,Title,Technology areas,TRL',
  'E2E-1,EXPERTISE,Carbon fibre draping simulation,EF05,5',
  'E2E-2,EXPERTISE,Resin transfer moulding trials,EF05,12',
].join('\r\n');

describe('bulk import', () => {
  test('an ORG_ADMIN checks a file, reads the bad row, and imports the valid rows', async () => {
    const page = await visitor().newPage();
    await signIn(page, FIRM_ADMIN.email);
    await page.goto('/my/organizations');
    await page.getByRole('main').getByRole('link', { name: FIRM_ADMIN.organization }).click();
    await page.getByRole('link', { name: 'Bulk import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bulk import' }).waitFor();
    await expectAccessible(page, 'bulk import');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'File (CSV or XLSX)' }).click();
    await (
      await chooser
    ).setFiles({ name: 'capabilities.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Checked: nothing was imported').waitFor();
    const table = page.getByRole('table');
    await table.getByRole('cell', { name: 'The TRL is a level from 1 to 9.' }).waitFor();
    await expectAccessible(page, 'bulk import report');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported: 1 new, 0 updated').waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'bulk import done');
  });
});
