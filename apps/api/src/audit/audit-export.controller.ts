import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  auditExportCells,
  auditExportHeader,
  auditFilterSchema,
  isDomainError,
  LANGUAGES,
  parseInput,
  type AuditFilter,
  type ErrorCode,
  type Language,
} from '@spillover/domain';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { actorOf, type ActorRequest } from '../platform/auth/actor';
import { AuditAccess } from './audit-access';
import { AuditEventRepository } from './audit-event.repository';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

type QueryString = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value) || undefined;
const many = (value: string | string[] | undefined): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : value.split(',');
// An RFC 3339 timestamp; anything else becomes an invalid date, which the schema refuses.
const moment = (value: string | undefined): Date | undefined =>
  value === undefined
    ? undefined
    : new Date(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/i.test(value) ? value : Number.NaN);

/** The query string of the export, read into the filter the GraphQL query takes. */
function filterOf(query: QueryString): AuditFilter {
  const raw = {
    clusterId: one(query.clusterId),
    organizationId: one(query.organizationId),
    actorId: one(query.actorId),
    actions: many(query.actions),
    objectType: one(query.objectType),
    objectId: one(query.objectId),
    since: moment(one(query.since)),
    until: moment(one(query.until)),
  };
  return parseInput(
    auditFilterSchema,
    Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)),
  );
}

/**
 * The audit trail as CSV (RFC 4180: CRLF rows, quoted where needed; UTF-8 with a byte order
 * mark so Excel reads Korean), with the same filters and the same access rule as the
 * `auditEvents` query. It is streamed a page at a time, so a large log neither waits for the
 * whole result nor fills the server's memory.
 */
@Controller('exports')
export class AuditExportController {
  constructor(
    private readonly access: AuditAccess,
    private readonly events: AuditEventRepository,
  ) {}

  @Get('audit-events.csv')
  async export(
    @Req() request: ActorRequest,
    @Query() query: QueryString,
    @Res() response: Response,
  ): Promise<void> {
    const language: Language = (LANGUAGES as readonly string[]).includes(one(query.language) ?? '')
      ? (one(query.language) as Language)
      : 'en';
    let filter: AuditFilter;
    let visibility: { sql: string; params: Record<string, unknown> };
    try {
      filter = filterOf(query);
      visibility = await this.access.visibility(actorOf(request), filter);
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
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    response.status(200);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="audit-events-${day}.csv"`);
    response.setHeader('Cache-Control', 'no-store');
    const rows = this.events.stream({ visibility, filter });
    const records = Readable.from(
      (async function* () {
        for await (const row of rows)
          yield auditExportCells(
            {
              ...row.event,
              actorName: row.actorName,
              objectName: language === 'ko' ? row.objectNameKo : row.objectName,
            },
            language,
          );
      })(),
    );
    await pipeline(
      records,
      stringify({
        bom: true,
        header: true,
        columns: auditExportHeader(language),
        record_delimiter: 'windows',
      }),
      response,
    );
  }
}
