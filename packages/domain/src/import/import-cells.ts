import type { ImportCellType } from './import-columns';

/**
 * A cell as a spreadsheet reader hands it over (the shapes exceljs uses, and plain strings
 * from CSV), without the domain knowing the reader: a value, a formula with its cached
 * result, rich text or a hyperlink.
 */
export type RawCell =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { formula: string; result?: unknown }
  | { sharedFormula: string; result?: unknown }
  | { richText: readonly { text: string }[] }
  | { text: string; hyperlink?: string }
  | { error: string };

/**
 * The cell's text. A formula is kept as its text (`=HYPERLINK(…)`), never its computed
 * result: an import stores what the person typed, and export neutralises it (see
 * `safeSpreadsheetCell`), so nothing is ever evaluated on the platform's behalf.
 */
export function cellText(cell: RawCell): string {
  if (cell == null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  if ('formula' in cell) return `=${cell.formula}`;
  if ('sharedFormula' in cell) return `=${cell.sharedFormula}`;
  if ('richText' in cell) return cell.richText.map((run) => run.text).join('');
  if ('error' in cell) return cell.error;
  return cell.text;
}

export type CellValue = string | number | boolean | string[] | null;
export type CellResult = { value: CellValue } | { problem: 'notANumber' | 'notABoolean' };

const TRUE = new Set(['true', 'yes', 'y', '1', '예', '네', 'o']);
const FALSE = new Set(['false', 'no', 'n', '0', '아니오', '아니요', 'x']);

/** A list cell: codes separated by commas, semicolons or line breaks, trimmed, blanks dropped. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;\n\r]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * Turns a cell into the value the listing's schema expects; an empty cell is null (the field
 * is absent). A number that is not one is reported here, since the schema would only say
 * "is a level" about a string.
 */
export function normaliseCell(cell: RawCell, type: ImportCellType): CellResult {
  if (type === 'integer' && typeof cell === 'number') return { value: cell };
  if (type === 'boolean' && typeof cell === 'boolean') return { value: cell };
  const text = cellText(cell).trim();
  if (text === '') return { value: null };
  switch (type) {
    case 'text':
      return { value: text };
    case 'code':
      return { value: text.toUpperCase() };
    case 'list':
      return { value: splitList(text).map((item) => item.toUpperCase()) };
    case 'integer':
      return /^[+-]?\d+(\.\d+)?$/.test(text) ? { value: Number(text) } : { problem: 'notANumber' };
    case 'amount':
      // Kept as text: the currency decides the minor units (toMinorUnits).
      return /^\d+(\.\d+)?$/.test(text) ? { value: text } : { problem: 'notANumber' };
    case 'boolean': {
      const lower = text.toLowerCase();
      return TRUE.has(lower)
        ? { value: true }
        : FALSE.has(lower)
          ? { value: false }
          : { problem: 'notABoolean' };
    }
    case 'instant':
      return { value: text };
  }
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell safe to write into CSV or XLSX that a person opens in a spreadsheet: text starting
 * with = + - @ tab or CR gets a leading apostrophe, so `=HYPERLINK(…)` shows as text and is
 * never evaluated. Numbers are left alone (a negative number is not a formula).
 */
export function safeSpreadsheetCell(
  value: string | number | boolean | null | undefined,
): string | number | boolean | null {
  if (typeof value !== 'string') return value ?? null;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
