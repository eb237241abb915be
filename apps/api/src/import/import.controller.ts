import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import {
  badInput,
  errorKey,
  IMPORT_MODES,
  importExportCells,
  importTemplateHeaders,
  isDomainError,
  LISTING_KINDS,
  type ErrorCode,
  type ImportMode,
  type ListingKind,
} from '@spillover/domain';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { actorOf, type ActorRequest } from '../platform/auth/actor';
import { CONTENT_TYPES, importTemplate, looksLikeXlsx, XLSX_TYPE } from './import-file';
import { ImportService } from './import.service';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

type QueryString = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '');

function pick<T extends string>(values: readonly T[], value: string, field: string): T {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw badInput(
    field,
    `Choose ${field} from ${values.join(', ')}.`,
    errorKey('import.badParameter'),
  );
}

/**
 * Files in and out of bulk import, as REST beside /graphql: a 10,000-row XLSX is megabytes,
 * past the GraphQL body limit, and base64 would add a third. The upload is a raw body (the
 * file's bytes, its content type naming the format, at most IMPORT_MAX_BYTES) under the same
 * AuthMiddleware as /graphql, which asks a session's POST for its CSRF header. Progress and
 * the report are read through GraphQL (`importRun`).
 */
@Controller('imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  private async answer(response: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      response.status(STATUS[error.code]).json({
        errors: [
          {
            message: error.message,
            extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) },
          },
        ],
      });
    }
  }

  @Post()
  upload(
    @Req() request: ActorRequest,
    @Query() query: QueryString,
    @Res() response: Response,
  ): Promise<void> {
    return this.answer(response, async () => {
      const type =
        (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const format = CONTENT_TYPES[type];
      if (!format)
        throw badInput('file', 'Upload a CSV or XLSX file.', errorKey('import.fileType'));
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (format === 'XLSX' && content.length && !looksLikeXlsx(content))
        throw badInput('file', 'The file is not an XLSX workbook.', errorKey('import.fileType'));
      const organizationId = one(query.organizationId) || null;
      const run = await this.imports.start(actorOf(request), {
        kind: pick(LISTING_KINDS, one(query.kind), 'kind'),
        organizationId,
        mode: pick<ImportMode>(IMPORT_MODES, one(query.mode), 'mode'),
        publish: one(query.publish) === 'true',
        fileName: one(query.fileName) || `import.${format.toLowerCase()}`,
        format,
        content,
      });
      response.status(202).json({ id: run.id, status: run.status });
    });
  }

  @Get('template.xlsx')
  template(@Query() query: QueryString, @Res() response: Response): Promise<void> {
    return this.answer(response, async () => {
      const kind = pick<ListingKind>(LISTING_KINDS, one(query.kind), 'kind');
      const language = one(query.language) === 'ko' ? 'ko' : 'en';
      const file = await importTemplate(kind, language, one(query.organizations) === 'true');
      response.setHeader('Content-Type', XLSX_TYPE);
      response.setHeader(
        'Content-Disposition',
        `attachment; filename="spillover-${kind.toLowerCase()}-${language}.xlsx"`,
      );
      response.send(file);
    });
  }

  /** The organization's listings as template rows (CSV), formulas neutralised: edit and import again. */
  @Get('export.csv')
  export(
    @Req() request: ActorRequest,
    @Query() query: QueryString,
    @Res() response: Response,
  ): Promise<void> {
    return this.answer(response, async () => {
      const kind = pick<ListingKind>(LISTING_KINDS, one(query.kind), 'kind');
      const language = one(query.language) === 'ko' ? 'ko' : 'en';
      const listings = await this.imports.exportRows(
        actorOf(request),
        kind,
        one(query.organizationId),
      );
      response.status(200);
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader(
        'Content-Disposition',
        `attachment; filename="spillover-${kind.toLowerCase()}.csv"`,
      );
      response.setHeader('Cache-Control', 'no-store');
      await pipeline(
        Readable.from(listings.map((listing) => importExportCells(kind, listing))),
        stringify({
          bom: true,
          header: true,
          columns: importTemplateHeaders(kind, language, false),
          record_delimiter: 'windows',
        }),
        response,
      );
    });
  }
}
