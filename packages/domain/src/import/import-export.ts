import { fromMinorUnits } from '../common/money';
import type { ListingKind } from '../listing/listing';
import { safeSpreadsheetCell } from './import-cells';
import { IMPORT_COLUMNS, ORGANIZATION_FIELD } from './import-columns';

/**
 * A stored listing as a row of the import template (organization column left out): what an
 * organization downloads, edits and imports again (its external references update the same
 * listings). Every text cell goes through `safeSpreadsheetCell`, so a title stored as
 * `=HYPERLINK(…)` opens as text.
 */
export function importExportCells(
  kind: ListingKind,
  listing: Record<string, unknown>,
): (string | number | boolean | null)[] {
  return IMPORT_COLUMNS[kind]
    .filter((column) => column.field !== ORGANIZATION_FIELD)
    .map((column) => {
      const value = listing[column.field];
      if (value == null) return null;
      if (
        column.type === 'amount' &&
        typeof value === 'number' &&
        typeof listing.currency === 'string'
      )
        return fromMinorUnits(value, listing.currency);
      if (Array.isArray(value)) return safeSpreadsheetCell(value.join(', '));
      if (value instanceof Date) return value.toISOString();
      if (typeof value === 'boolean') return value ? 'yes' : 'no';
      return safeSpreadsheetCell(value as string | number);
    });
}
