import ExcelJS from 'exceljs';
import request from 'supertest';
import { ImportJob } from '../../src/import/import.job';
import type { TestApp, TestClient } from '../support/test-app';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadOptions {
  kind?: 'CAPABILITY' | 'NEED';
  organizationId?: string | null;
  mode?: 'PREVIEW' | 'VALID_ROWS' | 'ALL_OR_NOTHING';
  publish?: boolean;
  contentType?: string;
  /** Leave the CSRF header out, as a cross-site form would. */
  withoutCsrf?: boolean;
}

/** POST /imports as the browser sends it: the session cookie and, unless told, the CSRF header. */
export async function upload(
  t: TestApp,
  client: TestClient,
  content: Buffer | string,
  options: UploadOptions = {},
) {
  const query = new URLSearchParams({
    kind: options.kind ?? 'CAPABILITY',
    mode: options.mode ?? 'VALID_ROWS',
    publish: String(options.publish ?? false),
    fileName: 'catalogue',
    ...(options.organizationId ? { organizationId: options.organizationId } : {}),
  });
  const req = request(t.server)
    .post(`/imports?${query.toString()}`)
    .set('content-type', options.contentType ?? 'text/csv');
  const session = client.cookie('spillover_session');
  const cookies = [
    session ? `spillover_session=${session}` : '',
    client.csrfToken ? `spillover_csrf=${client.csrfToken}` : '',
  ].filter(Boolean);
  if (cookies.length) req.set('cookie', cookies.join('; '));
  if (client.csrfToken && !options.withoutCsrf) req.set('x-csrf-token', client.csrfToken);
  if (client.address) req.set('x-forwarded-for', client.address);
  return req.send(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
}

/** Runs the import job as the queue would, until no run waits. */
export const runImports = (t: TestApp): Promise<number> => t.app.get(ImportJob).drain();

export const IMPORT_RUN = `query Run($id: ID!) { importRun(id: $id) {
  id status totalRows validatedRows badRows createdRows updatedRows matchedRows problems { row field key message } } }`;

export interface ImportRunData {
  id: string;
  status: string;
  totalRows: number;
  validatedRows: number;
  badRows: number;
  createdRows: number;
  updatedRows: number;
  matchedRows: number;
  problems: { row: number; field: string; key: string; message: string }[];
}

/** Uploads, runs the job and reads the run back. */
export async function importFile(
  t: TestApp,
  client: TestClient,
  content: Buffer | string,
  options: UploadOptions = {},
): Promise<ImportRunData> {
  const response = await upload(t, client, content, options);
  if (response.status !== 202)
    throw new Error(`upload refused: ${response.status} ${JSON.stringify(response.body)}`);
  await runImports(t);
  const data = await client.ok<{ importRun: ImportRunData }>(IMPORT_RUN, {
    id: (response.body as { id: string }).id,
  });
  return data.importRun;
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
export const csv = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => row.map(quote).join(',')).join('\r\n');

/** A workbook of one sheet; a cell given as { formula } is written as a formula. */
export async function xlsx(
  rows: readonly (readonly (string | number | { formula: string })[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Capabilities');
  for (const row of rows) sheet.addRow(row as unknown[]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CAPABILITY_HEADER = [
  'External reference',
  'Kind',
  'Title',
  'Description',
  'Technology areas',
  'TRL',
  'Contact name',
  'Contact e-mail',
  'Visibility',
];

/** A complete, publishable capability row of CAPABILITY_HEADER. */
export const capabilityRow = (
  reference: string,
  overrides: Partial<Record<(typeof CAPABILITY_HEADER)[number], string>> = {},
): string[] =>
  CAPABILITY_HEADER.map(
    (name) =>
      overrides[name] ??
      {
        'External reference': reference,
        Kind: 'EXPERTISE',
        Title: `Laser welding of thin aluminium ${reference}`,
        Description: 'Process development for laser welding of battery housings.',
        'Technology areas': 'EF05',
        TRL: '6',
        'Contact name': 'Kim Minji',
        'Contact e-mail': 'minji@example.org',
        Visibility: 'PUBLIC',
      }[name] ??
      '',
  );
