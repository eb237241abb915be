import { importTemplateHeaders, mapImportHeaders } from './import-columns';
import { safeSpreadsheetCell } from './import-cells';
import { importExportCells } from './import-export';
import { validateImportRows } from './import-rows';

const now = new Date('2026-12-01T00:00:00Z');
const draft = { publish: false, now, perRowOrganization: false };
const publish = { ...draft, publish: true };
const header = importTemplateHeaders('CAPABILITY', 'en', false);
const row = (values: Record<string, string | number>): string[] =>
  importTemplateHeaders('CAPABILITY', 'en', false).map((name) => String(values[name] ?? ''));
const complete = {
  'External reference': 'REF-1',
  Kind: 'EXPERTISE',
  Title: 'Laser welding of thin aluminium',
  Description: 'Process development for laser welding.',
  'Technology areas': 'EF05',
  'Contact name': 'Kim Minji',
  'Contact e-mail': 'minji@example.org',
  Visibility: 'PUBLIC',
};

describe('import headers', () => {
  it('reads English, Korean and field-name headers alike', () => {
    const mapping = mapImportHeaders('CAPABILITY', ['유형', ' title ', 'TRL', 'Notes']);
    expect(mapping.columns.map((column) => column?.field ?? null)).toEqual([
      'kind',
      'title',
      'trl',
      null,
    ]);
    expect(mapping.unknown).toEqual(['Notes']);
    expect(mapping.missing).toEqual([]);
  });

  it('refuses a sheet without the required columns, on row 1', () => {
    const result = validateImportRows('CAPABILITY', ['Title'], [['A title']], draft);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 1, field: 'kind', key: 'import.missingColumn' }),
    ]);
    expect(result.valid).toEqual([]);
  });
});

describe('import rows', () => {
  it('parses a valid row with the capability schema', () => {
    const result = validateImportRows('CAPABILITY', header, [row(complete)], publish);
    expect(result.problems).toEqual([]);
    expect(result.valid[0]).toMatchObject({
      row: 2,
      externalReference: 'REF-1',
      values: { kind: 'EXPERTISE', technologyAreas: ['EF05'] },
    });
  });

  it('reports every bad-row class with its row, field and key', () => {
    const result = validateImportRows(
      'CAPABILITY',
      header,
      [
        row({ ...complete, 'Technology areas': 'EF05, ZZ99' }),
        row({ ...complete, 'External reference': 'REF-2', TRL: 12 }),
        row({ ...complete, 'External reference': 'REF-3', Kind: 'IP' }),
        row({ ...complete }),
        row({ ...complete, 'External reference': 'REF-5', TRL: 'high' }),
        row({ ...complete, 'External reference': 'REF-6', Title: '' }),
      ],
      publish,
    );
    expect(result.problems.map(({ row: r, field, key }) => [r, field, key])).toEqual([
      [2, 'technologyAreas', 'import.unknownCode'],
      [3, 'trl', 'import.trlOutOfRange'],
      [4, 'trl', 'import.missingRequired'],
      [4, 'patentNumber', 'import.missingRequired'],
      [4, 'licensingStatus', 'import.missingRequired'],
      [5, 'externalReference', 'import.duplicateReference'],
      [6, 'trl', 'import.notANumber'],
      [7, 'title', 'import.missingRequired'],
    ]);
    expect(result.valid).toEqual([]);
    expect(result.total).toBe(6);
  });

  it('asks publishing rules only of published imports', () => {
    const result = validateImportRows(
      'CAPABILITY',
      header,
      [row({ Kind: 'IP', Title: 'A patent' })],
      draft,
    );
    expect(result.problems).toEqual([]);
    expect(result.valid).toHaveLength(1);
  });

  it('keeps a formula as its text, never its result, and exports it neutralised', () => {
    const formula = { formula: 'HYPERLINK("http://evil.example","click")', result: 'click' };
    const cells: unknown[] = row({ ...complete });
    cells[header.indexOf('Title')] = formula;
    const result = validateImportRows('CAPABILITY', header, [cells as string[]], publish);
    const title = result.valid[0]?.values.title;
    expect(title).toBe('=HYPERLINK("http://evil.example","click")');
    expect(safeSpreadsheetCell(title)).toBe(`'=HYPERLINK("http://evil.example","click")`);
    for (const start of ['+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])
      expect(safeSpreadsheetCell(start)).toBe(`'${start}`);
    expect(safeSpreadsheetCell('Plain')).toBe('Plain');
    expect(safeSpreadsheetCell(-3)).toBe(-3);
  });

  it('skips blank rows and asks needs for their own required fields', () => {
    const needHeader = importTemplateHeaders('NEED', 'ko', false);
    const cells = needHeader.map((name) => (name === '제목' ? 'Hydrogen valve sealing' : ''));
    const result = validateImportRows(
      'NEED',
      needHeader,
      [cells, needHeader.map(() => '')],
      publish,
    );
    expect(result.total).toBe(1);
    expect(result.problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining([
        'publicSummary',
        'technologyAreas',
        'currentTrl',
        'targetTrl',
        'responseDeadline',
      ]),
    );
    expect(result.problems.every((problem) => problem.key === 'import.missingRequired')).toBe(true);
  });

  it('converts need budgets to minor units by currency', () => {
    const needHeader = ['Title', 'Minimum budget', 'Maximum budget', 'Currency'];
    const result = validateImportRows(
      'NEED',
      needHeader,
      [['Valve sealing', '1500.50', '2000', 'EUR']],
      draft,
    );
    expect(result.valid[0]?.values).toMatchObject({
      budgetMin: 150050,
      budgetMax: 200000,
      currency: 'EUR',
    });
  });

  it('requires the organization column of a platform admin’s multi-organization import', () => {
    const result = validateImportRows(
      'CAPABILITY',
      ['Kind', 'Title', 'Organization ID'],
      [['SERVICE', 'Testing service', '']],
      {
        ...draft,
        perRowOrganization: true,
      },
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'organizationId', key: 'import.organizationMissing' }),
    ]);
  });
});

describe('import export', () => {
  it('writes a listing as a template row with formulas neutralised and budgets in major units', () => {
    const cells = importExportCells('NEED', {
      externalReference: 'N-1',
      title: '=HYPERLINK("http://evil.example","x")',
      technologyAreas: ['EF05', 'EF06'],
      budgetMin: 150050,
      currency: 'EUR',
      internationalPartnersWelcome: true,
    });
    const headers = importTemplateHeaders('NEED', 'en', false);
    const at = (name: string) => cells[headers.indexOf(name)];
    expect(at('Title')).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(at('Technology areas')).toBe('EF05, EF06');
    expect(at('Minimum budget')).toBe('1500.50');
    expect(at('Partners abroad welcome')).toBe('yes');
  });
});

describe('import rows in slices', () => {
  it('numbers rows from the slice and finds a duplicate reference across slices', () => {
    const seenReferences = new Map<string, number>();
    validateImportRows('CAPABILITY', header, [row(complete)], { ...publish, seenReferences });
    const second = validateImportRows(
      'CAPABILITY',
      header,
      [row({ ...complete, 'External reference': 'REF-9' }), row(complete)],
      {
        ...publish,
        firstRow: 3,
        seenReferences,
      },
    );
    expect(second.problems).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'externalReference',
        key: 'import.duplicateReference',
      }),
    ]);
    expect(second.valid.map((valid) => valid.row)).toEqual([3]);
  });
});
