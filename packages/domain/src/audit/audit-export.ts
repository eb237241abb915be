import type { Language } from '../common/fields';
import { auditActionLabel, auditObjectTypeLabel } from './audit-actions';

/** One audit event as the CSV export writes it. */
export interface AuditExportEvent {
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string;
  objectName: string | null;
  organizationId: string | null;
  clusterId: string | null;
  before: unknown;
  after: unknown;
}

const COLUMNS: readonly {
  en: string;
  ko: string;
  cell: (event: AuditExportEvent, language: Language) => string;
}[] = [
  { en: 'Time (UTC)', ko: '시각 (UTC)', cell: (event) => event.createdAt.toISOString() },
  {
    en: 'Who',
    ko: '수행자',
    cell: (event, language) => event.actorName ?? (language === 'ko' ? '시스템' : 'System'),
  },
  { en: 'Who (id)', ko: '수행자 ID', cell: (event) => event.actorId ?? '' },
  { en: 'Action', ko: '작업', cell: (event, language) => auditActionLabel(event.action, language) },
  { en: 'Action code', ko: '작업 코드', cell: (event) => event.action },
  {
    en: 'Object type',
    ko: '대상 유형',
    cell: (event, language) => auditObjectTypeLabel(event.objectType, language),
  },
  { en: 'Object', ko: '대상', cell: (event) => event.objectName ?? '' },
  { en: 'Object (id)', ko: '대상 ID', cell: (event) => event.objectId },
  { en: 'Organization (id)', ko: '기관 ID', cell: (event) => event.organizationId ?? '' },
  { en: 'Cluster (id)', ko: '클러스터 ID', cell: (event) => event.clusterId ?? '' },
  { en: 'Before', ko: '변경 전', cell: (event) => json(event.before) },
  { en: 'After', ko: '변경 후', cell: (event) => json(event.after) },
];

const json = (value: unknown): string =>
  value === null || value === undefined ? '' : JSON.stringify(value);

// A cell that starts like a formula is run by spreadsheet programs (CSV injection): names
// and titles are typed by users, so such a cell is written as text with a leading quote.
const FORMULA_START = /^[=+\-@\t\r]/;
export const spreadsheetSafe = (cell: string): string =>
  FORMULA_START.test(cell) ? `'${cell}` : cell;

export const auditExportHeader = (language: Language): string[] =>
  COLUMNS.map((column) => column[language]);

/** The cells of one event, in the header's order and language. */
export const auditExportCells = (event: AuditExportEvent, language: Language): string[] =>
  COLUMNS.map((column) => spreadsheetSafe(column.cell(event, language)));
