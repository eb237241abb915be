import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  badInput,
  errorKey,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  notFound,
  type ImportMode,
  type ImportRowProblem,
  type ListingKind,
} from '@spillover/domain';
import { MatchSweepRepository } from '../match/match-sweep.repository';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import { readSheet, type ImportFormat, type Sheet } from './import-file';
import type { ImportRunEntity } from './import-run.entity';
import { publishedStatus, recordOf } from './import-sql';
import { ImportRepository, type MatchProgress } from './import.repository';
import { ImportValidator } from './import-validator';

/** The NOTIFY channel that wakes the import job at commit (see ImportJob). */
export const IMPORT_CHANNEL = 'import_run';
/** Rows per INSERT statement: large enough for speed, small enough for one JSON parameter. */
const BATCH = 2_000;
/** Tries of one run before it is marked FAILED (a file that crashes the reader every time). */
const MAX_ATTEMPTS = 3;

export interface StartImport {
  kind: ListingKind;
  /** Null: a platform admin's file whose rows name their organizations. */
  organizationId: string | null;
  mode: ImportMode;
  publish: boolean;
  fileName: string;
  format: ImportFormat;
  content: Buffer;
}

const JOB_ACTOR: Actor = { kind: 'anonymous', requestId: 'import-job' };

/**
 * Bulk import of needs and capabilities. `start` stores the file and wakes the job; the job
 * (`process`) validates every row with the listings' own schemas and writes the rows chosen
 * in one transaction: all of them or, when a row is bad in an all-or-nothing import, none.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly transactions: Transactions,
    private readonly policy: Policy,
    private readonly audit: AuditService,
    private readonly validator: ImportValidator,
    private readonly sweeps: MatchSweepRepository,
  ) {}

  async start(actor: Actor, input: StartImport): Promise<ImportRunEntity> {
    await this.policy.assert(
      actor,
      'listing.import',
      { organizationId: input.organizationId },
      'organizationId',
    );
    if (!input.content.length)
      throw badInput('file', 'The file is empty.', errorKey('import.emptyFile'));
    if (input.content.length > IMPORT_MAX_BYTES)
      throw badInput(
        'file',
        `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it.`,
        errorKey('import.fileTooLarge'),
      );
    return this.transactions.run(async () => {
      if (
        input.organizationId &&
        !(await this.imports.existingOrganizations([input.organizationId])).size
      )
        throw notFound('The organization');
      const run = await this.imports.create({
        kind: input.kind,
        organizationId: input.organizationId,
        createdById: actor.kind === 'user' ? actor.userId : null,
        mode: input.mode,
        publish: input.publish,
        fileName: input.fileName.slice(0, 200),
        format: input.format,
        content: input.content,
        status: 'QUEUED',
      });
      await this.transactions.manager.query(`SELECT pg_notify($1, $2)`, [IMPORT_CHANNEL, run.id]);
      return run;
    });
  }

  /** A run the caller may see: its own, its organization's admins', or any for a platform admin. */
  async find(actor: Actor, id: string): Promise<ImportRunEntity> {
    const run = await this.imports.find(id);
    const visible =
      run &&
      (await this.policy.verdict(actor, 'listing.import', {
        organizationId: run.organizationId,
      })) === 'allow' &&
      (run.organizationId !== null ||
        (await this.policy.verdict(actor, 'listing.import', { organizationId: null })) === 'allow');
    if (!run || !visible) throw notFound('The import');
    return run;
  }

  /** The organization's listings for the export: the same permission as importing them. */
  async exportRows(
    actor: Actor,
    kind: ListingKind,
    organizationId: string,
  ): Promise<Record<string, unknown>[]> {
    if (!/^[0-9a-f-]{36}$/i.test(organizationId))
      throw badInput(
        'organizationId',
        'Name the organization to export.',
        errorKey('import.badParameter'),
      );
    await this.policy.assert(actor, 'listing.import', { organizationId }, 'organizationId');
    return this.imports.listingsOf(kind, organizationId);
  }

  matched(run: ImportRunEntity): Promise<number> {
    return this.imports.matchedCount(run.listingIds);
  }

  /** Works on one run to its end; false when none was waiting. */
  async processNext(): Promise<boolean> {
    const run = await this.imports.claim();
    if (!run) return false;
    try {
      await this.process(run);
    } catch (error) {
      // Nothing was written (the import is one transaction): a later claim tries again, up to a limit.
      if (run.attempts >= MAX_ATTEMPTS)
        await this.imports.progress(run.id, { status: 'FAILED', finished: true });
      else await this.imports.release(run.id);
      throw error;
    }
    return true;
  }

  private async process(run: ImportRunEntity): Promise<void> {
    if (!run.content) return this.imports.progress(run.id, { status: 'FAILED', finished: true });
    await this.imports.progress(run.id, { status: 'VALIDATING' });
    let sheet: Sheet;
    try {
      sheet = await readSheet(run.format, run.content);
    } catch {
      return this.reject(run, [
        {
          row: 1,
          field: 'file',
          key: errorKey('import.unreadableFile'),
          message: `The file is not a readable ${run.format} file.`,
        },
      ]);
    }
    if (sheet.rows.length > IMPORT_MAX_ROWS)
      return this.reject(run, [
        {
          row: 1,
          field: 'file',
          key: errorKey('import.tooManyRows'),
          message: `A file has at most ${IMPORT_MAX_ROWS} rows; split it.`,
        },
      ]);
    // Rows as read (blank ones included) until validation counts the rows that hold data.
    await this.imports.progress(run.id, { totalRows: sheet.rows.length, validatedRows: 0 });
    const { valid, problems, total } = await this.validator.validate(run, sheet);
    const badRows = new Set(problems.map((problem) => problem.row)).size;
    await this.imports.progress(run.id, {
      totalRows: total,
      validatedRows: total,
      badRows,
      problems,
    });
    if (run.mode === 'PREVIEW')
      return this.imports.progress(run.id, { status: 'VALIDATED', finished: true });
    if (problems.length && (run.mode === 'ALL_OR_NOTHING' || !valid.length))
      return this.reject(run, problems);
    await this.imports.progress(run.id, { status: 'IMPORTING' });
    await this.transactions.run(async () => {
      const written: { id: string; inserted: boolean }[] = [];
      const status = run.publish ? publishedStatus(run.kind) : 'DRAFT';
      for (let start = 0; start < valid.length; start += BATCH) {
        const records = valid.slice(start, start + BATCH).map((row) =>
          recordOf(run.kind, row.values as Record<string, unknown>, {
            organizationId: row.organizationId ?? (run.organizationId as string),
            externalReference: row.externalReference,
          }),
        );
        written.push(...(await this.imports.upsert(run.kind, records, run.createdById, status)));
      }
      const createdRows = written.filter((row) => row.inserted).length;
      const counts = { createdRows, updatedRows: written.length - createdRows };
      await this.audit.record(JOB_ACTOR, {
        action: 'listing.imported',
        actorId: run.createdById,
        objectType: 'ImportRun',
        objectId: run.id,
        organizationId: run.organizationId,
        after: {
          kind: run.kind,
          fileName: run.fileName,
          mode: run.mode,
          publish: run.publish,
          totalRows: total,
          badRows,
          ...counts,
        },
      });
      await this.imports.progress(run.id, {
        ...counts,
        status: 'DONE',
        listingIds: written.map((row) => row.id),
        finished: true,
      });
    });
  }

  private reject(run: ImportRunEntity, problems: ImportRowProblem[]): Promise<void> {
    return this.imports.progress(run.id, {
      status: 'REJECTED',
      problems,
      badRows: new Set(problems.map((problem) => problem.row)).size,
      finished: true,
    });
  }

  /**
   * Asks the match-refresh job to refresh every listing. A release that changes the matching
   * rules needs no press of it (MatchRules re-matches by itself); this stays for the rest.
   */
  async rematchEverything(actor: Actor): Promise<number> {
    await this.policy.assert(actor, 'match.rematchAll', {});
    return this.transactions.run(async () => {
      const requested = await this.sweeps.requestFullRematch();
      await this.audit.record(actor, {
        action: 'match.rematchRequested',
        objectType: 'Platform',
        objectId: randomUUID(),
        after: { requested },
      });
      return requested;
    });
  }

  async matchProgress(actor: Actor): Promise<MatchProgress> {
    await this.policy.assert(actor, 'match.rematchAll', {});
    return this.imports.matchProgress();
  }
}
