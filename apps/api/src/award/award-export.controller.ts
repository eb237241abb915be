import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  badInput,
  errorKey,
  funderAllocationSheet,
  isDomainError,
  rankingSheet,
  type AwardExportContext,
  type AwardSheet,
  type ErrorCode,
  type Language,
} from '@spillover/domain';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { actorOf, type ActorRequest } from '../platform/auth/actor';
import { loadExcel } from '../platform/excel';
import { AwardPresenter } from './award-presenter';
import { AwardService } from './award.service';
import { explainContext } from './award-words';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEETS = ['ranking', 'funders'] as const;
type SheetName = (typeof SHEETS)[number];
type QueryString = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '');

/**
 * The ranking and the per-funder allocation as files, for the call's managers only, like
 * the bulk import's template and export: REST beside /graphql under the same AuthMiddleware.
 * `callId`, `language` (en | ko, the headers' and sentences' language) and, for CSV,
 * `sheet` (ranking | funders); the XLSX workbook holds both sheets.
 */
@Controller('exports')
export class AwardExportController {
  constructor(
    private readonly awards: AwardService,
    private readonly presenter: AwardPresenter,
  ) {}

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

  private async sheets(
    request: ActorRequest,
    query: QueryString,
  ): Promise<{ language: Language; ranking: AwardSheet; funders: AwardSheet; name: string }> {
    const language: Language = one(query.language) === 'ko' ? 'ko' : 'en';
    const view = await this.awards.view(actorOf(request), one(query.callId));
    const { call, data, outcome } = view;
    const names = await this.presenter.names(
      [
        ...data.rows.map((r) => r.leadOrganizationId),
        ...outcome.results.flatMap((r) =>
          r.reasons.flatMap((x) => ('organizationId' in x ? [x.organizationId] : [])),
        ),
      ],
      data.call.funders.map((f) => f.clusterId),
    );
    const rows = new Map(data.rows.map((r) => [r.id, r]));
    const ctx: AwardExportContext = {
      ...explainContext(call, names, language),
      criterionNames: (call.criteria ?? []).map((c) => c.name),
      applicationTitle: (id) => rows.get(id)?.title ?? '',
      leadName: (id) => names.organizations.get(rows.get(id)?.leadOrganizationId ?? '') ?? '',
    };
    return {
      language,
      ranking: rankingSheet(outcome.results, ctx),
      funders: funderAllocationSheet(outcome.funders, ctx),
      name: `spillover-award-${call.id.slice(0, 8)}${view.published ? '' : '-preview'}-${language}`,
    };
  }

  @Get('award.csv')
  csv(
    @Req() request: ActorRequest,
    @Query() query: QueryString,
    @Res() response: Response,
  ): Promise<void> {
    return this.answer(response, async () => {
      const sheet = one(query.sheet) || 'ranking';
      if (!(SHEETS as readonly string[]).includes(sheet))
        throw badInput('sheet', 'Choose sheet from ranking, funders.', errorKey('award.badSheet'));
      const files = await this.sheets(request, query);
      const chosen = files[sheet as SheetName];
      response.status(200);
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader(
        'Content-Disposition',
        `attachment; filename="${files.name}-${sheet}.csv"`,
      );
      response.setHeader('Cache-Control', 'no-store');
      await pipeline(
        Readable.from(chosen.rows),
        stringify({ bom: true, header: true, columns: chosen.header, record_delimiter: 'windows' }),
        response,
      );
    });
  }

  @Get('award.xlsx')
  xlsx(
    @Req() request: ActorRequest,
    @Query() query: QueryString,
    @Res() response: Response,
  ): Promise<void> {
    return this.answer(response, async () => {
      const files = await this.sheets(request, query);
      const ExcelJS = await loadExcel();
      const workbook = new ExcelJS.Workbook();
      const ko = files.language === 'ko';
      for (const [title, sheet] of [
        [ko ? '순위' : 'Ranking', files.ranking],
        [ko ? '지원기관별 배분' : 'Per funder', files.funders],
      ] as const) {
        const ws = workbook.addWorksheet(title);
        ws.addRow(sheet.header).font = { bold: true };
        ws.addRows(sheet.rows);
        ws.views = [{ state: 'frozen', ySplit: 1 }];
      }
      response.setHeader('Content-Type', XLSX_TYPE);
      response.setHeader('Content-Disposition', `attachment; filename="${files.name}.xlsx"`);
      response.setHeader('Cache-Control', 'no-store');
      response.send(Buffer.from(await workbook.xlsx.writeBuffer()));
    });
  }
}
