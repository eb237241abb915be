import {
  IMPORT_COLUMNS,
  importTemplateHeaders,
  ORGANIZATION_FIELD,
  type ListingKind,
  type RawCell,
} from '@spillover/domain';
import { parse } from 'csv-parse/sync';
import { loadExcel } from '../platform/excel';

export type ImportFormat = 'CSV' | 'XLSX';

export interface Sheet {
  header: RawCell[];
  rows: RawCell[][];
}

/** The content types each format may arrive with (browsers send CSV under several names). */
export const CONTENT_TYPES: Record<string, ImportFormat> = {
  'text/csv': 'CSV',
  'application/csv': 'CSV',
  'application/vnd.ms-excel': 'CSV',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An XLSX file is a ZIP archive: the content type alone is the sender's word. */
export const looksLikeXlsx = (content: Buffer): boolean =>
  content.length > 4 && content.readUInt32LE(0) === 0x04034b50;

/** The first sheet of a workbook, or a CSV (UTF-8, with or without a byte order mark). */
export async function readSheet(format: ImportFormat, content: Buffer): Promise<Sheet> {
  if (format === 'CSV') {
    const records = parse(content, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const [header = [], ...rows] = records;
    return { header, rows };
  }
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const rows: RawCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    // exceljs rows are 1-based: values[0] is always empty.
    const values = (row.values as RawCell[]).slice(1);
    rows[number - 1] = values;
  });
  const [header = [], ...rest] = Array.from(rows, (row) => row ?? []);
  return { header, rows: rest };
}

/** The template: the header row in the chosen language, and a sheet naming the allowed values. */
export async function importTemplate(
  kind: ListingKind,
  language: 'en' | 'ko',
  withOrganization: boolean,
): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    kind === 'CAPABILITY'
      ? language === 'ko'
        ? '보유역량'
        : 'Capabilities'
      : language === 'ko'
        ? '기술수요'
        : 'Needs',
  );
  const headers = importTemplateHeaders(kind, language, withOrganization);
  sheet.addRow(headers).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  // Text cells: a code like 29 or a reference like 0012 stays as typed.
  sheet.columns.forEach((column) => {
    column.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet(language === 'ko' ? '도움말' : 'Help');
  help.addRow(language === 'ko' ? ['열', '필드', '형식'] : ['Column', 'Field', 'Format']).font = {
    bold: true,
  };
  for (const column of IMPORT_COLUMNS[kind])
    if (withOrganization || column.field !== ORGANIZATION_FIELD)
      help.addRow([column[language], column.field, column.type]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
