import { MatchSweep } from '../../src/match/match-sweep';
import ExcelJS from 'exceljs';
import { snapshot } from '../support/factories';
import { castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  CAPABILITY_HEADER,
  capabilityRow,
  csv,
  importFile,
  IMPORT_RUN,
  runImports,
  upload,
  XLSX,
  xlsx,
  type ImportRunData,
} from './import-support';

let t: TestApp;
let cast: Cast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
});
afterAll(async () => {
  await t.close();
});

const capabilitiesOf = (organizationId: string) =>
  t.dataSource.query(
    `SELECT external_reference AS ref, status, title, trl FROM capability WHERE organization_id = $1 AND external_reference IS NOT NULL ORDER BY external_reference`,
    [organizationId],
  ) as Promise<{ ref: string; status: string; title: string; trl: number | null }[]>;

/** Every table but import_run (which records the refused run) before and after. */
const snapshotOfListings = async () => {
  const { import_run: _run, ...rest } = await snapshot(t.dataSource);
  return rest;
};

describe('bulk import: happy path', () => {
  it('imports the valid rows, reports every bad one, and updates by reference on re-import', async () => {
    const file = csv([
      CAPABILITY_HEADER,
      capabilityRow('A-1'),
      capabilityRow('A-2', { 'Technology areas': 'EF05, ZZ99' }),
      capabilityRow('A-3', { TRL: '12' }),
      capabilityRow('A-4', { Kind: 'IP' }),
      capabilityRow('A-1'),
      capabilityRow('A-6', { Title: '' }),
      capabilityRow('A-7'),
    ]);
    const run = await importFile(t, cast.orgAdmin.client, file, {
      organizationId: cast.org.id,
      publish: true,
    });
    expect(run).toMatchObject({
      status: 'DONE',
      totalRows: 7,
      validatedRows: 7,
      badRows: 5,
      createdRows: 2,
      updatedRows: 0,
    });
    expect(run.problems.map(({ row, field, key }) => [row, field, key])).toEqual([
      [3, 'technologyAreas', 'import.unknownCode'],
      [4, 'trl', 'import.trlOutOfRange'],
      [5, 'patentNumber', 'import.missingRequired'],
      [5, 'licensingStatus', 'import.missingRequired'],
      [6, 'externalReference', 'import.duplicateReference'],
      [7, 'title', 'import.missingRequired'],
    ]);
    expect(await capabilitiesOf(cast.org.id)).toEqual([
      expect.objectContaining({ ref: 'A-1', status: 'PUBLISHED', trl: 6 }),
      expect.objectContaining({ ref: 'A-7', status: 'PUBLISHED' }),
    ]);
    // Search documents and match refresh requests follow the rows (statement triggers).
    const refreshes = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM match_refresh_request r JOIN capability c ON c.id = r.listing_id WHERE c.organization_id = $1`,
      [cast.org.id],
    )) as { n: number }[];
    expect(refreshes).toEqual([{ n: 2 }]);
    // One audit event for the whole import, with its counts.
    const audit = (await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'listing.imported' AND object_id = $1`,
      [run.id],
    )) as {
      after: Record<string, unknown>;
    }[];
    expect(audit).toEqual([
      { after: expect.objectContaining({ createdRows: 2, updatedRows: 0, badRows: 5 }) },
    ]);

    const again = await importFile(
      t,
      cast.orgAdmin.client,
      csv([CAPABILITY_HEADER, capabilityRow('A-1', { TRL: '7' }), capabilityRow('A-7')]),
      {
        organizationId: cast.org.id,
      },
    );
    expect(again).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 2, badRows: 0 });
    const after = await capabilitiesOf(cast.org.id);
    expect(after).toHaveLength(2);
    // A draft import keeps a published listing published (its row was checked for publishing).
    expect(after[0]).toMatchObject({ ref: 'A-1', status: 'PUBLISHED', trl: 7 });
  });

  it('previews without writing anything', async () => {
    const before = await snapshotOfListings();
    const run = await importFile(
      t,
      cast.orgAdmin.client,
      csv([CAPABILITY_HEADER, capabilityRow('P-1'), capabilityRow('P-2', { TRL: '0' })]),
      {
        organizationId: cast.org.id,
        mode: 'PREVIEW',
      },
    );
    expect(run).toMatchObject({ status: 'VALIDATED', totalRows: 2, badRows: 1, createdRows: 0 });
    expect(await snapshotOfListings()).toEqual(before);
  });

  it('keeps an XLSX formula as text and exports it neutralised', async () => {
    const title = 'HYPERLINK("http://evil.example/steal","Click for details")';
    const row: (string | { formula: string })[] = capabilityRow('F-1');
    row[CAPABILITY_HEADER.indexOf('Title')] = { formula: title };
    const run = await importFile(
      t,
      cast.otherOrgAdmin.client,
      await xlsx([CAPABILITY_HEADER, row]),
      {
        organizationId: cast.otherOrg.id,
        contentType: XLSX,
      },
    );
    expect(run).toMatchObject({ status: 'DONE', createdRows: 1 });
    expect((await capabilitiesOf(cast.otherOrg.id))[0]?.title).toBe(`=${title}`);
    const exported = await cast.otherOrgAdmin.client.get(
      `/imports/export.csv?kind=CAPABILITY&organizationId=${cast.otherOrg.id}`,
    );
    expect(exported.status).toBe(200);
    const text = (exported.body as Buffer).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/steal"",""Click for details"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('lets a platform admin import for many organizations at once', async () => {
    const header = [...CAPABILITY_HEADER, 'Organization ID'];
    const run = await importFile(
      t,
      cast.admin.client,
      csv([
        header,
        [...capabilityRow('M-1'), cast.org.id],
        [...capabilityRow('M-1'), cast.otherOrg.id],
        [...capabilityRow('M-3'), '00000000-0000-4000-8000-000000000000'],
      ]),
      { organizationId: null },
    );
    expect(run).toMatchObject({ status: 'DONE', createdRows: 2, badRows: 1 });
    expect(run.problems).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'organizationId',
        key: 'import.unknownOrganization',
      }),
    ]);
  });
});

describe('bulk import: templates and needs', () => {
  it('serves the Korean template, whose filled-in rows import as needs', async () => {
    const response = await cast.orgAdmin.client.get('/imports/template.xlsx?kind=NEED&language=ko');
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as ArrayBuffer);
    const header = (book.worksheets[0]?.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 3)).toEqual(['외부 참조번호', '제목', '공개 요약']);
    const cell = (name: string, value: string) =>
      header.indexOf(name) >= 0 ? [header.indexOf(name), value] : null;
    const row = (reference: string, values: [string, string][]) => {
      const cells = header.map(() => '');
      for (const [name, value] of [['외부 참조번호', reference] as [string, string], ...values]) {
        const found = cell(name, value);
        if (found) cells[found[0] as number] = found[1] as string;
      }
      return cells;
    };
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const complete: [string, string][] = [
      ['제목', '수소 밸브 실링 기술'],
      ['공개 요약', '고압 수소 밸브의 실링 소재를 찾습니다.'],
      ['기술분야', 'EF05'],
      ['현재 TRL', '3'],
      ['목표 TRL', '7'],
      ['응답 마감', deadline],
      ['협력 유형', 'RESEARCH_COOPERATION'],
      ['공개 범위', 'PUBLIC'],
    ];
    const run = await importFile(
      t,
      cast.orgAdmin.client,
      csv([header, row('K-N1', complete), row('K-N2', [['제목', '목표만 있는 수요']])]),
      {
        kind: 'NEED',
        organizationId: cast.org.id,
        publish: true,
      },
    );
    expect(run).toMatchObject({ status: 'DONE', createdRows: 1, badRows: 1 });
    expect(run.problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining([
        'publicSummary',
        'technologyAreas',
        'currentTrl',
        'targetTrl',
        'responseDeadline',
      ]),
    );
    const needs = (await t.dataSource.query(
      `SELECT status, current_trl AS "currentTrl" FROM technology_need WHERE external_reference = 'K-N1'`,
    )) as unknown[];
    expect(needs).toEqual([{ status: 'OPEN', currentTrl: 3 }]);
  });
});

describe('bulk import: nothing half-imported', () => {
  it('writes nothing from an all-or-nothing file with one bad row', async () => {
    const before = await snapshotOfListings();
    const rows = [
      CAPABILITY_HEADER,
      ...Array.from({ length: 50 }, (_, i) => capabilityRow(`N-${i}`)),
      capabilityRow('N-bad', { Kind: 'ROBOT' }),
    ];
    const run = await importFile(t, cast.orgAdmin.client, csv(rows), {
      organizationId: cast.org.id,
      mode: 'ALL_OR_NOTHING',
    });
    expect(run).toMatchObject({ status: 'REJECTED', totalRows: 51, badRows: 1, createdRows: 0 });
    expect(run.problems).toEqual([
      expect.objectContaining({ row: 52, field: 'kind', key: 'import.unknownCode' }),
    ]);
    expect(await snapshotOfListings()).toEqual(before);
  });

  it('rolls back every row when the write fails midway', async () => {
    const before = await snapshotOfListings();
    // A check the schema cannot see: a title the column cannot hold makes the statement fail.
    await t.dataSource.query(
      `ALTER TABLE capability ADD CONSTRAINT test_no_boom CHECK (title NOT LIKE '%BOOM%')`,
    );
    try {
      const response = await upload(
        t,
        cast.orgAdmin.client,
        csv([
          CAPABILITY_HEADER,
          capabilityRow('R-1'),
          capabilityRow('R-2', { Title: 'BOOM title' }),
        ]),
        {
          organizationId: cast.org.id,
        },
      );
      await expect(runImports(t)).rejects.toThrow();
      const run = await cast.orgAdmin.client.ok<{ importRun: ImportRunData }>(IMPORT_RUN, {
        id: (response.body as { id: string }).id,
      });
      expect(run.importRun).toMatchObject({ status: 'IMPORTING', createdRows: 0 });
      expect(await snapshotOfListings()).toEqual(before);
    } finally {
      await t.dataSource.query(`ALTER TABLE capability DROP CONSTRAINT test_no_boom`);
      await t.dataSource.query(
        `UPDATE import_run SET status = 'FAILED' WHERE status NOT IN ('DONE', 'REJECTED', 'VALIDATED', 'FAILED')`,
      );
    }
  });
});

describe('bulk import: a restart of the platform', () => {
  it('resumes a run a stopped process left, and leaves one another worker holds', async () => {
    const file = csv([CAPABILITY_HEADER, capabilityRow('K-1'), capabilityRow('K-2')]);
    const left = (await upload(t, cast.orgAdmin.client, file, { organizationId: cast.org.id }))
      .body as { id: string };
    const held = (
      await upload(t, cast.otherOrgAdmin.client, file, { organizationId: cast.otherOrg.id })
    ).body as { id: string };
    // As a process that died mid-run leaves it (its claim two minutes old), and one that is
    // at work right now (a fresh claim): only the first is taken over.
    await t.dataSource.query(
      `UPDATE import_run SET status = 'IMPORTING', heartbeat_at = now() - interval '5 minutes' WHERE id = $1`,
      [left.id],
    );
    await t.dataSource.query(
      `UPDATE import_run SET status = 'VALIDATING', heartbeat_at = now() WHERE id = $1`,
      [held.id],
    );
    expect(await runImports(t)).toBe(1);
    const resumed = await cast.orgAdmin.client.ok<{ importRun: ImportRunData }>(IMPORT_RUN, {
      id: left.id,
    });
    expect(resumed.importRun).toMatchObject({ status: 'DONE', createdRows: 2 });
    const waiting = await cast.admin.client.ok<{ importRun: ImportRunData }>(IMPORT_RUN, {
      id: held.id,
    });
    expect(waiting.importRun.status).toBe('VALIDATING');
    await t.dataSource.query(`UPDATE import_run SET status = 'FAILED' WHERE id = $1`, [held.id]);
  });
});

describe('bulk import: who may', () => {
  const file = csv([CAPABILITY_HEADER, capabilityRow('W-1')]);

  it.each([
    ['an ORG_MEMBER', () => cast.orgMember.client, 403],
    ["another organization's ORG_ADMIN", () => cast.otherOrgAdmin.client, 403],
    ['a cluster manager', () => cast.manager.client, 403],
  ])('refuses %s and stores nothing', async (_who, client, status) => {
    const before = await snapshot(t.dataSource);
    const response = await upload(t, client(), file, { organizationId: cast.org.id });
    expect(response.status).toBe(status);
    expect(
      (response.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    expect(await snapshot(t.dataSource)).toEqual(before);
  });

  it('refuses an import for many organizations to anyone but a platform admin', async () => {
    const response = await upload(t, cast.orgAdmin.client, file, { organizationId: null });
    expect(response.status).toBe(403);
  });

  it('refuses a session POST without its CSRF header, and a file that is not CSV or XLSX', async () => {
    const before = await snapshot(t.dataSource);
    expect(
      (
        await upload(t, cast.orgAdmin.client, file, {
          organizationId: cast.org.id,
          withoutCsrf: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await upload(t, cast.orgAdmin.client, file, {
          organizationId: cast.org.id,
          contentType: 'text/html',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await upload(t, cast.orgAdmin.client, file, {
          organizationId: cast.org.id,
          contentType: XLSX,
        })
      ).status,
    ).toBe(400);
    expect(await snapshot(t.dataSource)).toEqual(before);
  });

  it("hides a run from another organization's admin", async () => {
    const response = await upload(t, cast.orgAdmin.client, file, {
      organizationId: cast.org.id,
      mode: 'PREVIEW',
    });
    const id = (response.body as { id: string }).id;
    const result = await cast.otherOrgAdmin.client.gql(IMPORT_RUN, { id });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await runImports(t);
  });

  it('lets only platform admins re-match everything, with progress', async () => {
    const refused = await cast.orgAdmin.client.gql(`mutation { rematchEverything }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await cast.admin.client.ok<{ rematchEverything: number }>(
      `mutation { rematchEverything }`,
    );
    expect(done.rematchEverything).toBeGreaterThan(0);
    const PROGRESS = `query { matchProgress { total pending sweep { phase needsDone needsTotal } } }`;
    type Progress = {
      matchProgress: {
        total: number;
        pending: number;
        sweep: { phase: string; needsDone: number; needsTotal: number } | null;
      };
    };
    const progress = await cast.admin.client.ok<Progress>(PROGRESS);
    expect(progress.matchProgress.pending).toBe(done.rematchEverything);
    expect(progress.matchProgress.sweep).toBeNull();
    // A re-match of everything runs as one pass over the needs (a sweep), with its own progress.
    expect(await t.app.get(MatchSweep).due(1)).toBe(true);
    await t.app.get(MatchSweep).run();
    const after = await cast.admin.client.ok<Progress>(PROGRESS);
    expect(after.matchProgress.pending).toBe(0);
    expect(after.matchProgress.sweep).toEqual({
      phase: 'DONE',
      needsDone: after.matchProgress.sweep!.needsTotal,
      needsTotal: expect.any(Number),
    });
    expect(after.matchProgress.sweep!.needsTotal).toBeGreaterThan(0);
    const hidden = await cast.orgAdmin.client.gql(`query { matchProgress { pending } }`);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bulk import at scale', () => {
  it('imports a 10,000-row XLSX file in seconds', async () => {
    const rows = [
      CAPABILITY_HEADER,
      ...Array.from({ length: 10_000 }, (_, i) => capabilityRow(`S-${i}`)),
    ];
    const file = await xlsx(rows);
    const started = Date.now();
    const run = await importFile(t, cast.otherOrgAdmin.client, file, {
      organizationId: cast.otherOrg.id,
      contentType: XLSX,
      publish: true,
    });
    const seconds = (Date.now() - started) / 1000;
    expect(run).toMatchObject({
      status: 'DONE',
      totalRows: 10_000,
      createdRows: 10_000,
      badRows: 0,
    });
    expect(seconds).toBeLessThan(30);
  }, 60_000);
});
