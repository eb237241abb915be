import { Injectable } from '@nestjs/common';
import {
  cellText,
  errorKey,
  EXTERNAL_REFERENCE_FIELD,
  mapImportHeaders,
  ORGANIZATION_FIELD,
  validateImportRows,
  type ImportRow,
  type ImportRowProblem,
  type ImportValidation,
} from '@spillover/domain';
import type { Sheet } from './import-file';
import type { ImportRunEntity } from './import-run.entity';
import { ImportRepository } from './import.repository';

/** Rows validated between two progress writes. */
const VALIDATION_SLICE = 2_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A run's rows checked with the domain's rules (validateImportRows), plus what only the
 * database knows: which references already name a listing out of draft (it must stay
 * publishable), and, in a platform admin's file, which organizations exist.
 */
@Injectable()
export class ImportValidator {
  constructor(private readonly imports: ImportRepository) {}

  async validate(run: ImportRunEntity, sheet: Sheet) {
    const perRowOrganization = run.organizationId === null;
    // The listings the file's references already name: one out of draft stays published.
    const columns = mapImportHeaders(run.kind, sheet.header.map(cellText)).columns;
    const at = (field: string) => columns.findIndex((column) => column?.field === field);
    const referenceAt = at(EXTERNAL_REFERENCE_FIELD);
    const organizationAt = at(ORGANIZATION_FIELD);
    const pairs = sheet.rows.map((row) => ({
      reference: referenceAt >= 0 ? cellText(row[referenceAt]).trim() : '',
      organizationId: perRowOrganization
        ? organizationAt >= 0
          ? cellText(row[organizationAt]).trim()
          : ''
        : (run.organizationId as string),
    }));
    const organizationIds = [
      ...new Set(pairs.map((pair) => pair.organizationId).filter((id) => UUID.test(id))),
    ];
    const known = perRowOrganization
      ? await this.imports.existingOrganizations(organizationIds)
      : new Set(organizationIds);
    const existing = await this.imports.existingReferences(
      run.kind,
      [...known],
      [...new Set(pairs.map((pair) => pair.reference).filter(Boolean))],
    );
    const staysPublished = ({
      externalReference,
      organizationId,
    }: {
      externalReference: string;
      organizationId: string | null;
    }) => {
      const status = existing.get(
        `${organizationId ?? run.organizationId}\u0000${externalReference}`,
      );
      return status !== undefined && status !== 'DRAFT';
    };
    // In slices, with the count of rows checked written between them for the progress bar.
    const seenReferences = new Map<string, number>();
    const result: ImportValidation<Record<string, unknown>> = { valid: [], problems: [], total: 0 };
    for (let start = 0; start < Math.max(sheet.rows.length, 1); start += VALIDATION_SLICE) {
      const slice = validateImportRows(
        run.kind,
        sheet.header,
        sheet.rows.slice(start, start + VALIDATION_SLICE),
        {
          publish: run.publish,
          now: new Date(),
          perRowOrganization,
          staysPublished,
          firstRow: start + 2,
          seenReferences,
        },
      );
      result.valid.push(...(slice.valid as ImportRow<Record<string, unknown>>[]));
      result.problems.push(...slice.problems);
      result.total += slice.total;
      // A header problem is the same for every slice: said once, and no row is valid.
      if (slice.problems.some((problem) => problem.row === 1)) break;
      await this.imports.progress(run.id, {
        validatedRows: Math.min(start + VALIDATION_SLICE, sheet.rows.length),
      });
    }
    if (!perRowOrganization) return result;
    // A platform admin's rows must name organizations that exist.
    const unknown: ImportRowProblem[] = result.valid
      .filter((row) => !known.has(row.organizationId ?? ''))
      .map((row) => ({
        row: row.row,
        field: ORGANIZATION_FIELD,
        key: errorKey('import.unknownOrganization'),
        message: 'No organization has this ID.',
      }));
    const bad = new Set(unknown.map((problem) => problem.row));
    return {
      total: result.total,
      valid: result.valid.filter((row) => !bad.has(row.row)),
      problems: [...result.problems, ...unknown].sort((a, b) => a.row - b.row),
    };
  }
}
