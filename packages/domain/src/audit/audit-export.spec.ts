import { auditExportCells, auditExportHeader, spreadsheetSafe } from './audit-export';

const event = {
  createdAt: new Date('2026-12-01T09:30:00.000Z'),
  actorId: 'a1b2c3d4-0000-4000-8000-000000000001',
  actorName: '박민지',
  action: 'need.published',
  objectType: 'TechnologyNeed',
  objectId: 'a1b2c3d4-0000-4000-8000-000000000002',
  objectName: '=HYPERLINK("http://evil")',
  organizationId: null,
  clusterId: null,
  before: { status: 'DRAFT' },
  after: null,
};

describe('audit export', () => {
  it('writes a header and cells in the reader’s language', () => {
    expect(auditExportHeader('ko')[3]).toBe('작업');
    const cells = auditExportCells(event, 'ko');
    expect(cells.slice(0, 6)).toEqual([
      '2026-12-01T09:30:00.000Z',
      '박민지',
      event.actorId,
      '기술수요 게시',
      'need.published',
      '기술수요',
    ]);
    expect(cells[10]).toBe('{"status":"DRAFT"}');
    expect(cells[11]).toBe('');
    expect(auditExportCells({ ...event, actorId: null, actorName: null }, 'en')[1]).toBe('System');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(auditExportCells(event, 'en')[6]).toBe('\'=HYPERLINK("http://evil")');
    expect(spreadsheetSafe('+1')).toBe("'+1");
    expect(spreadsheetSafe('@cmd')).toBe("'@cmd");
    expect(spreadsheetSafe('Hanbit Motion')).toBe('Hanbit Motion');
  });
});
