import type { z } from 'zod';
import {
  capabilityDraftSchema,
  capabilityPublishProblems,
  type CapabilityDraftValues,
} from '../capability/capability';
import { errorKey, type ErrorKey } from '../errors/domain-error';
import type { ListingKind } from '../listing/listing';
import { needDraftSchema, needPublishProblems, type NeedDraftValues } from '../need/need';
import { toMinorUnits } from '../common/money';
import { cellText, normaliseCell, type RawCell } from './import-cells';
import {
  EXTERNAL_REFERENCE_FIELD,
  EXTERNAL_REFERENCE_MAX,
  mapImportHeaders,
  ORGANIZATION_FIELD,
} from './import-columns';

/** One bad cell of one row: the spreadsheet's row number (the header is row 1), field and why. */
export interface ImportRowProblem {
  row: number;
  field: string;
  key: ErrorKey;
  message: string;
}

export interface ImportRow<V> {
  row: number;
  externalReference: string | null;
  /** The row's organization when a platform admin imports for many; null means the import's. */
  organizationId: string | null;
  values: V;
}

export interface ImportOptions {
  /** Rows become published listings: every publishing rule applies to each. */
  publish: boolean;
  now: Date;
  /** Whether rows may (and must) name their organization: a platform admin's multi-organization import. */
  perRowOrganization: boolean;
  /**
   * For a sheet validated in slices (progress between them): the spreadsheet row of the
   * slice's first row (2 for the row after the header), and the references seen in earlier
   * slices, which this call adds to, so a duplicate across slices is still found.
   */
  firstRow?: number;
  seenReferences?: Map<string, number>;
  /**
   * Rows that update a listing already out of draft: it stays published, so the row must be
   * publishable even in a draft import (as an edit of a published listing must be).
   */
  staysPublished?: (row: { externalReference: string; organizationId: string | null }) => boolean;
}

export interface ImportValidation<V> {
  valid: ImportRow<V>[];
  problems: ImportRowProblem[];
  /** Rows read, blank rows excluded. */
  total: number;
}

export type ImportValues<K extends ListingKind> = K extends 'CAPABILITY'
  ? CapabilityDraftValues
  : NeedDraftValues;

const KEYS = {
  missingColumn: errorKey('import.missingColumn'),
  notANumber: errorKey('import.notANumber'),
  notABoolean: errorKey('import.notABoolean'),
  unknownCode: errorKey('import.unknownCode'),
  trlOutOfRange: errorKey('import.trlOutOfRange'),
  missingRequired: errorKey('import.missingRequired'),
  invalidValue: errorKey('import.invalidValue'),
  duplicateReference: errorKey('import.duplicateReference'),
  referenceTooLong: errorKey('import.referenceTooLong'),
  organizationMissing: errorKey('import.organizationMissing'),
  organizationNotAllowed: errorKey('import.organizationNotAllowed'),
} as const;

const CODE_FIELDS = new Set([
  'technologyAreas',
  'sectors',
  'currency',
  'kind',
  'visibility',
  'licensingStatus',
  'collaborationTypes',
]);
const TRL_FIELDS = new Set(['trl', 'currentTrl', 'targetTrl']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which class of mistake a schema issue is, so the report groups and translates it. */
function keyOf(field: string, issue: z.core.$ZodIssue, value: unknown): ErrorKey {
  if (value === undefined || value === null) return KEYS.missingRequired;
  if (TRL_FIELDS.has(field) && (issue.code === 'too_small' || issue.code === 'too_big'))
    return KEYS.trlOutOfRange;
  if (CODE_FIELDS.has(field) && (issue.code === 'custom' || issue.code === 'invalid_value'))
    return KEYS.unknownCode;
  return KEYS.invalidValue;
}

function schemaOf(kind: ListingKind): z.ZodType {
  return kind === 'CAPABILITY' ? capabilityDraftSchema : needDraftSchema;
}

function publishProblems(
  kind: ListingKind,
  values: Record<string, unknown>,
  now: Date,
): Record<string, string> {
  return kind === 'CAPABILITY'
    ? capabilityPublishProblems(values as never)
    : needPublishProblems(values as never, now);
}

/** A need's budget cells are amounts in the currency's major unit ("1500.50" EUR → 150050). */
function toBudget(
  values: Record<string, unknown>,
  field: string,
  problems: (field: string, key: ErrorKey, message: string) => void,
): void {
  const amount = values[field];
  if (typeof amount !== 'string') return;
  const currency = typeof values.currency === 'string' ? values.currency : '';
  try {
    values[field] = toMinorUnits(amount, currency, field);
  } catch (error) {
    delete values[field];
    if (currency)
      problems(field, KEYS.invalidValue, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Validates a sheet row by row with the listing's own draft schema (and, when publishing, its
 * publishing rules): the same rules as the forms, so an imported listing is one the form
 * could have saved. Every problem of every row is reported; the valid rows come back parsed.
 */
export function validateImportRows<K extends ListingKind>(
  kind: K,
  header: readonly RawCell[],
  rows: readonly (readonly RawCell[])[],
  options: ImportOptions,
): ImportValidation<ImportValues<K>> {
  const mapping = mapImportHeaders(kind, header.map(cellText));
  const problems: ImportRowProblem[] = mapping.missing.map((field) => ({
    row: 1,
    field,
    key: KEYS.missingColumn,
    message: `The header row has no column for ${field}.`,
  }));
  if (problems.length) return { valid: [], problems, total: rows.length };
  const valid: ImportRow<ImportValues<K>>[] = [];
  const firstRowOfReference = options.seenReferences ?? new Map<string, number>();
  const schema = schemaOf(kind);
  let total = 0;
  rows.forEach((cells, index) => {
    const row = index + (options.firstRow ?? 2);
    const values: Record<string, unknown> = {};
    const rowProblems: ImportRowProblem[] = [];
    const report = (field: string, key: ErrorKey, message: string) => {
      if (!rowProblems.some((problem) => problem.field === field))
        rowProblems.push({ row, field, key, message });
    };
    let blank = true;
    mapping.columns.forEach((column, position) => {
      if (!column) return;
      const result = normaliseCell(cells[position], column.type);
      if ('problem' in result) {
        blank = false;
        report(
          column.field,
          KEYS[result.problem],
          result.problem === 'notANumber' ? 'Enter a number.' : 'Enter yes or no.',
        );
      } else if (result.value !== null) {
        blank = false;
        values[column.field] = result.value;
      }
    });
    if (blank) return;
    total += 1;
    const reference = values[EXTERNAL_REFERENCE_FIELD] as string | undefined;
    const organizationId = values[ORGANIZATION_FIELD] as string | undefined;
    delete values[EXTERNAL_REFERENCE_FIELD];
    delete values[ORGANIZATION_FIELD];
    if (reference !== undefined) {
      if (reference.length > EXTERNAL_REFERENCE_MAX)
        report(
          EXTERNAL_REFERENCE_FIELD,
          KEYS.referenceTooLong,
          `An external reference has at most ${EXTERNAL_REFERENCE_MAX} characters.`,
        );
      const scope = `${organizationId ?? ''}\u0000${reference}`;
      const first = firstRowOfReference.get(scope);
      if (first !== undefined)
        report(
          EXTERNAL_REFERENCE_FIELD,
          KEYS.duplicateReference,
          `Row ${first} has the same external reference (${reference}).`,
        );
      else firstRowOfReference.set(scope, row);
    }
    if (options.perRowOrganization && (organizationId === undefined || !UUID.test(organizationId)))
      report(
        ORGANIZATION_FIELD,
        KEYS.organizationMissing,
        'Enter the ID of the organization this row belongs to.',
      );
    if (!options.perRowOrganization && organizationId !== undefined)
      report(
        ORGANIZATION_FIELD,
        KEYS.organizationNotAllowed,
        'Leave the organization column empty: rows are imported for your organization.',
      );
    if (kind === 'NEED')
      for (const field of ['budgetMin', 'budgetMax']) toBudget(values, field, report);
    const parsed = schema.safeParse(values);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'input');
        report(field, keyOf(field, issue, values[field]), issue.message);
      }
    else if (
      options.publish ||
      (reference !== undefined &&
        options.staysPublished?.({
          externalReference: reference,
          organizationId: organizationId ?? null,
        }))
    )
      for (const [field, message] of Object.entries(publishProblems(kind, values, options.now)))
        report(
          field,
          values[field] == null ||
            (Array.isArray(values[field]) && !(values[field] as unknown[]).length)
            ? KEYS.missingRequired
            : KEYS.invalidValue,
          message,
        );
    if (rowProblems.length) problems.push(...rowProblems);
    else
      valid.push({
        row,
        externalReference: reference ?? null,
        organizationId: organizationId ?? null,
        values: parsed.data as ImportValues<K>,
      });
  });
  return { valid, problems, total };
}
