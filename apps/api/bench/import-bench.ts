/* Bulk import throughput (`pnpm bench:import`).
 *
 * One fresh database, the whole app in this process (jobs off: the bench runs the import job
 * and the match refresh itself). An XLSX file of BENCH_IMPORT_ROWS (default 10,000)
 * capabilities with varied technology areas and words, published, imported by an ORG_ADMIN:
 * 1. validation: reading the workbook and checking every row with the domain schemas;
 * 2. import: the job's whole run (read, validate, one upsert per 2,000 rows, triggers that keep
 *    search documents and match refresh requests, audit), and the write alone (the rest);
 * 3. re-import of the same file (every row an update by external reference);
 * 4. matching: the match-refresh job on the imported capabilities (BENCH_IMPORT_MATCH rows,
 *    default 500; 0 = all), against 500 imported needs;
 * baseline: BENCH_IMPORT_BASELINE (default 200) capabilities created one service call each
 * (createDraft + publish, as the form does), in the same run. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { TECHNOLOGY_AREAS, TECHNOLOGY_TAXONOMY, validateImportRows } from '@spillover/domain';
import ExcelJS from 'exceljs';
import { AppModule } from '../src/app.module';
import { CapabilityService } from '../src/capability/capability.service';
import { readSheet } from '../src/import/import-file';
import { ImportService } from '../src/import/import.service';
import { MatchRefreshJob } from '../src/match/match-refresh.job';
import type { Actor } from '../src/platform/auth/actor';
import { loadConfig } from '../src/platform/config/config';
import { migrate } from '../src/platform/database/migrate';
import { Transactions } from '../src/platform/database/transactions';
import { freshDatabase, log } from './bench-support';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const MATCH = Number(process.env.BENCH_IMPORT_MATCH ?? 500);
const BASELINE = Number(process.env.BENCH_IMPORT_BASELINE ?? 200);
const NEEDS = 500;

const WORDS = [
  'laser',
  'welding',
  'battery',
  'housing',
  'hydrogen',
  'valve',
  'sealing',
  'sensor',
  'robot',
  'inspection',
  'casting',
  'coating',
  'polymer',
  'composite',
  'fatigue',
  'thermal',
  'vision',
  'motor',
  'inverter',
  'lidar',
];
const FIELDS = TECHNOLOGY_TAXONOMY.filter((entry) => entry.level !== 'AREA').map(
  (entry) => entry.code,
);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const words = (i: number, n: number) =>
  Array.from({ length: n }, (_, k) => pick(WORDS, i * 7 + k * 3)).join(' ');

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const rate = (rows: number, s: number) =>
  `${Math.round(rows / s).toLocaleString('en')} rows/s (${rows} in ${s.toFixed(2)} s)`;

async function workbook(header: string[], rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const database = await freshDatabase('import');
  log(`import bench: ${ROWS} capabilities from XLSX, ${database.describe}`);
  try {
    await migrate(database.url);
    const config = loadConfig({
      ...process.env,
      SPILLOVER_DEMO_DATA: 'false',
      SPILLOVER_JOBS: 'false',
      SPILLOVER_SECRET: 'import-bench-secret-of-at-least-32-characters',
    });
    const app = await NestFactory.create(AppModule.forRoot(config, database.url), {
      logger: false,
    });
    await app.init();
    const sql = (text: string, values: unknown[] = []) =>
      app.get(Transactions).manager.query(text, values) as Promise<{ id: string }[]>;
    const [user] = await sql(
      `INSERT INTO user_account (email, password_hash, display_name, preferred_language) VALUES ('bench@example.org', 'x', 'Bench', 'en') RETURNING id`,
    );
    const [org] = await sql(
      `INSERT INTO organization (name, kind, country, region) VALUES ('Bench Works', 'UNIVERSITY', 'KR', 'KR-27') RETURNING id`,
    );
    const [firm] = await sql(
      `INSERT INTO organization (name, kind, country, region, size) VALUES ('Bench Firm', 'FIRM', 'KR', 'KR-26', 'SMALL') RETURNING id`,
    );
    await sql(
      `INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, 'ORG_ADMIN'), ($1, $3, 'ORG_ADMIN')`,
      [user!.id, org!.id, firm!.id],
    );
    const actor: Actor = {
      kind: 'user',
      userId: user!.id,
      isAdmin: false,
      requestId: 'bench',
      via: { kind: 'token', tokenId: 'bench' },
    };
    const imports = app.get(ImportService);

    const header = [
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
    const rows = Array.from({ length: ROWS }, (_, i) => [
      `CAP-${i}`,
      'EXPERTISE',
      `${words(i, 3)} ${i}`,
      `We offer ${words(i, 12)} for industrial partners.`,
      `${pick(FIELDS, i)}, ${pick(TECHNOLOGY_AREAS, i).code}`,
      String((i % 9) + 1),
      'Kim Minji',
      'minji@example.org',
      'PUBLIC',
    ]);
    const file = await workbook(header, rows);
    log(`file: ${(file.length / 1024 / 1024).toFixed(1)} MB XLSX`);

    // 1. Validation: the job's first two steps, alone.
    let start = process.hrtime.bigint();
    const sheet = await readSheet('XLSX', file);
    const readS = seconds(start);
    start = process.hrtime.bigint();
    const checked = validateImportRows('CAPABILITY', sheet.header, sheet.rows, {
      publish: true,
      now: new Date(),
      perRowOrganization: false,
    });
    const validateS = seconds(start);
    if (checked.problems.length)
      throw new Error(`bench rows are bad: ${JSON.stringify(checked.problems.slice(0, 3))}`);
    log(`read XLSX:   ${rate(ROWS, readS)}`);
    log(`validation:  ${rate(ROWS, validateS)}`);

    // 2. The import job's whole run.
    const run = async (content: Buffer, kind: 'CAPABILITY' | 'NEED', organizationId: string) => {
      const created = await imports.start(actor, {
        kind,
        organizationId,
        mode: 'ALL_OR_NOTHING',
        publish: true,
        fileName: 'bench.xlsx',
        format: 'XLSX',
        content,
      });
      const began = process.hrtime.bigint();
      await imports.processNext();
      const s = seconds(began);
      return { s, run: await imports.find(actor, created.id) };
    };
    const first = await run(file, 'CAPABILITY', org!.id);
    if (first.run.createdRows !== ROWS)
      throw new Error(`imported ${first.run.createdRows} of ${ROWS}: ${first.run.status}`);
    log(`import job:  ${rate(ROWS, first.s)} (read + validate + write)`);
    log(
      `  write:     ${rate(ROWS, Math.max(first.s - readS - validateS, 1e-3))} (job minus read and validation)`,
    );
    const again = await run(file, 'CAPABILITY', org!.id);
    log(
      `re-import:   ${rate(ROWS, again.s)} (${again.run.updatedRows} updated, ${again.run.createdRows} created)`,
    );

    // Baseline: the form's way, one service call per capability.
    const capabilities = app.get(CapabilityService);
    start = process.hrtime.bigint();
    for (let i = 0; i < BASELINE; i += 1) {
      const draft = await capabilities.create(actor, org!.id, {
        kind: 'EXPERTISE',
        title: `${words(i, 3)} baseline ${i}`,
        description: `We offer ${words(i, 12)}.`,
        technologyAreas: [pick(FIELDS, i)],
        contactName: 'Kim Minji',
        contactEmail: 'minji@example.org',
        visibility: 'PUBLIC',
      });
      await capabilities.publish(actor, draft.id);
    }
    const baselineS = seconds(start);
    log(
      `baseline:    ${rate(BASELINE, baselineS)} (one create + publish call per row) → import is ${(ROWS / first.s / (BASELINE / baselineS)).toFixed(0)}× faster`,
    );

    // 3. Matching: needs to match against, then the refresh job on the imported capabilities.
    const needHeader = [
      'External reference',
      'Title',
      'Public summary',
      'Technology areas',
      'Current TRL',
      'Target TRL',
      'Response deadline',
      'Collaboration types',
      'Visibility',
    ];
    const deadline = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const needRows = Array.from({ length: NEEDS }, (_, i) => [
      `NEED-${i}`,
      `${words(i + 3, 3)} need ${i}`,
      `We look for ${words(i + 5, 10)}.`,
      pick(FIELDS, i * 3),
      '3',
      '7',
      deadline,
      'RESEARCH_COOPERATION',
      'PUBLIC',
    ]);
    await run(await workbook(needHeader, needRows), 'NEED', firm!.id);
    // Only the capabilities are timed: needs' requests are marked covered first.
    await sql(
      `UPDATE match_refresh_request SET covered_request_at = requested_at WHERE kind = 'NEED'`,
    );
    if (MATCH > 0)
      await sql(
        `UPDATE match_refresh_request SET covered_request_at = requested_at WHERE listing_id IN (SELECT listing_id FROM match_refresh_request WHERE kind = 'CAPABILITY' ORDER BY requested_at OFFSET $1)`,
        [MATCH],
      );
    const refresh = app.get(MatchRefreshJob);
    start = process.hrtime.bigint();
    const matched = await refresh.drain();
    const matchS = seconds(start);
    log(
      `matching:    ${rate(matched, matchS)} (match-refresh job over ${matched} imported capabilities, ${NEEDS} needs)`,
    );
    if (MATCH > 0 && matched < ROWS)
      log(
        `             all ${ROWS} at this rate: ~${(((ROWS / matched) * matchS) / 60).toFixed(1)} min (BENCH_IMPORT_MATCH=0 to run them all)`,
      );
    await app.close();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
