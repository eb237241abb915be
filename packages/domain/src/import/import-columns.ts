import type { ListingKind } from '../listing/listing';

/** How a cell's text becomes a field's value before the listing's own schema checks it. */
export type ImportCellType =
  'text' | 'list' | 'integer' | 'amount' | 'boolean' | 'instant' | 'code';

export interface ImportColumn {
  /** The field of the listing's draft schema, or one of the import's own columns. */
  field: string;
  type: ImportCellType;
  en: string;
  ko: string;
}

/** The row's key for re-imports: same organization, kind and reference → the same listing. */
export const EXTERNAL_REFERENCE_FIELD = 'externalReference';
/** Platform admins import for many organizations at once: the row names its organization. */
export const ORGANIZATION_FIELD = 'organizationId';
export const EXTERNAL_REFERENCE_MAX = 100;

const reference: ImportColumn = {
  field: EXTERNAL_REFERENCE_FIELD,
  type: 'text',
  en: 'External reference',
  ko: '외부 참조번호',
};
const organization: ImportColumn = {
  field: ORGANIZATION_FIELD,
  type: 'text',
  en: 'Organization ID',
  ko: '기관 ID',
};
const common = {
  technologyAreas: {
    field: 'technologyAreas',
    type: 'list',
    en: 'Technology areas',
    ko: '기술분야',
  },
  sectors: { field: 'sectors', type: 'list', en: 'Sectors (NACE)', ko: '산업분류(NACE)' },
  visibility: { field: 'visibility', type: 'code', en: 'Visibility', ko: '공개 범위' },
} as const satisfies Record<string, ImportColumn>;

/**
 * The template's columns per kind, in the order the template writes them. Headers are read
 * in either language (and by field name), so a Korean template filled in and an English one
 * import alike. Invited organizations are not importable: PRIVATE listings are set up by hand.
 */
export const IMPORT_COLUMNS: Record<ListingKind, readonly ImportColumn[]> = {
  CAPABILITY: [
    reference,
    { field: 'kind', type: 'code', en: 'Kind', ko: '유형' },
    { field: 'title', type: 'text', en: 'Title', ko: '제목' },
    { field: 'description', type: 'text', en: 'Description', ko: '설명' },
    common.technologyAreas,
    common.sectors,
    { field: 'trl', type: 'integer', en: 'TRL', ko: '기술성숙도(TRL)' },
    { field: 'contactName', type: 'text', en: 'Contact name', ko: '담당자' },
    { field: 'contactEmail', type: 'text', en: 'Contact e-mail', ko: '담당자 이메일' },
    { field: 'availability', type: 'text', en: 'Availability', ko: '이용 가능 시기' },
    common.visibility,
    { field: 'model', type: 'text', en: 'Model', ko: '모델명' },
    { field: 'location', type: 'text', en: 'Location', ko: '위치' },
    { field: 'bookingTerms', type: 'text', en: 'Booking terms', ko: '이용 조건' },
    { field: 'patentNumber', type: 'text', en: 'Patent number', ko: '특허번호' },
    { field: 'licensingStatus', type: 'code', en: 'Licensing status', ko: '라이선스 상태' },
    organization,
  ],
  NEED: [
    reference,
    { field: 'title', type: 'text', en: 'Title', ko: '제목' },
    { field: 'publicSummary', type: 'text', en: 'Public summary', ko: '공개 요약' },
    { field: 'confidentialDetails', type: 'text', en: 'Confidential details', ko: '비공개 상세' },
    { field: 'desiredOutcome', type: 'text', en: 'Desired outcome', ko: '기대 성과' },
    common.technologyAreas,
    common.sectors,
    { field: 'currentTrl', type: 'integer', en: 'Current TRL', ko: '현재 TRL' },
    { field: 'targetTrl', type: 'integer', en: 'Target TRL', ko: '목표 TRL' },
    { field: 'budgetMin', type: 'amount', en: 'Minimum budget', ko: '최소 예산' },
    { field: 'budgetMax', type: 'amount', en: 'Maximum budget', ko: '최대 예산' },
    { field: 'currency', type: 'code', en: 'Currency', ko: '통화' },
    { field: 'responseDeadline', type: 'instant', en: 'Response deadline', ko: '응답 마감' },
    { field: 'collaborationTypes', type: 'list', en: 'Collaboration types', ko: '협력 유형' },
    {
      field: 'internationalPartnersWelcome',
      type: 'boolean',
      en: 'Partners abroad welcome',
      ko: '해외 파트너 환영',
    },
    common.visibility,
    organization,
  ],
};

const headerKey = (header: string): string =>
  header.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

export interface HeaderMapping {
  /** The column of each cell position; null for a column the import ignores. */
  columns: (ImportColumn | null)[];
  /** Headers the import does not know (reported, not fatal: notes columns are common). */
  unknown: string[];
  /** Required columns absent from the header row. */
  missing: string[];
}

/** Reads a header row (English, Korean or field names, any case) into the kind's columns. */
export function mapImportHeaders(kind: ListingKind, headers: readonly string[]): HeaderMapping {
  const byHeader = new Map<string, ImportColumn>();
  for (const column of IMPORT_COLUMNS[kind])
    for (const name of [column.en, column.ko, column.field]) byHeader.set(headerKey(name), column);
  const seen = new Set<string>();
  const unknown: string[] = [];
  const columns = headers.map((header) => {
    const column = byHeader.get(headerKey(header));
    if (!column || seen.has(column.field)) {
      if (header.trim() !== '') unknown.push(header);
      return null;
    }
    seen.add(column.field);
    return column;
  });
  const required = kind === 'CAPABILITY' ? ['kind', 'title'] : ['title'];
  return { columns, unknown, missing: required.filter((field) => !seen.has(field)) };
}

/** The template's header row in one language. */
export const importTemplateHeaders = (
  kind: ListingKind,
  language: 'en' | 'ko',
  withOrganization: boolean,
): string[] =>
  IMPORT_COLUMNS[kind]
    .filter((column) => withOrganization || column.field !== ORGANIZATION_FIELD)
    .map((column) => column[language]);

/**
 * An import run: QUEUED (file stored) → VALIDATING → IMPORTING → DONE, or REJECTED (bad rows
 * in an all-or-nothing import, or a file that cannot be read) or VALIDATED (a preview: rows
 * checked, nothing written). FAILED is an unexpected error after retries.
 */
export const IMPORT_STATUSES = [
  'QUEUED',
  'VALIDATING',
  'VALIDATED',
  'IMPORTING',
  'DONE',
  'REJECTED',
  'FAILED',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_FINISHED: readonly ImportStatus[] = ['VALIDATED', 'DONE', 'REJECTED', 'FAILED'];

/** PREVIEW checks only; VALID_ROWS imports the good rows; ALL_OR_NOTHING imports only a clean file. */
export const IMPORT_MODES = ['PREVIEW', 'VALID_ROWS', 'ALL_OR_NOTHING'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** The largest file accepted: ~10,000 rows of full listings with room to spare. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 50_000;
