import { spreadsheetSafe } from '../audit/audit-export';
import type { Language } from '../common/fields';
import { fromMinorUnits } from '../common/money';
import type { AwardStatus } from './award-input';
import type { AwardResult, FunderReport } from './award';
import { explainWhyNotFunded, type ExplainContext } from './why-not-funded';

export const AWARD_STATUS_LABELS: Readonly<Record<AwardStatus, Record<Language, string>>> = {
  FUNDED: { en: 'Funded', ko: '선정' },
  RESERVE: { en: 'Reserve', ko: '예비' },
  REJECTED: { en: 'Rejected', ko: '미선정' },
};

/** What the exports name besides the award itself. */
export interface AwardExportContext extends ExplainContext {
  criterionNames: readonly string[];
  applicationTitle: (applicationId: string) => string;
  leadName: (applicationId: string) => string;
}

export interface AwardSheet {
  header: string[];
  rows: (string | number)[][];
}

const amount = (minor: number, currency: string): number => Number(fromMinorUnits(minor, currency));
const safe = (cell: string | number): string | number =>
  typeof cell === 'string' ? spreadsheetSafe(cell) : cell;

/** The ranking, one row per application in rank order; amounts as numbers in the call's currency. */
export function rankingSheet(results: readonly AwardResult[], ctx: AwardExportContext): AwardSheet {
  const ko = ctx.language === 'ko';
  const header = [
    ko ? '순위' : 'Rank',
    ko ? '과제명' : 'Application',
    ko ? '주관기관' : 'Lead organization',
    ko ? '총점 (100점 만점)' : 'Score (of 100)',
    ...ctx.criterionNames.map((name) =>
      ko ? `평가항목: ${name} (평균)` : `Criterion: ${name} (mean)`,
    ),
    ko ? '평가 수' : 'Reviews',
    ko ? '결과' : 'Result',
    ko ? '부분 지원' : 'Partial',
    ko ? `신청액 (${ctx.currency})` : `Requested (${ctx.currency})`,
    ko ? `지원액 (${ctx.currency})` : `Granted (${ctx.currency})`,
    ko ? '미선정 사유' : 'Why not funded',
    ko ? '신청 ID' : 'Application (id)',
  ];
  const rows = results.map((r) =>
    [
      r.rank,
      ctx.applicationTitle(r.applicationId),
      ctx.leadName(r.applicationId),
      r.score,
      ...ctx.criterionNames.map((_, i) => r.criteria[i]?.mean ?? ''),
      r.reviewCount,
      AWARD_STATUS_LABELS[r.status][ctx.language],
      r.partial ? (ko ? '예' : 'yes') : '',
      amount(r.requested, ctx.currency),
      amount(r.granted, ctx.currency),
      r.reasons.map((reason) => explainWhyNotFunded(reason, ctx)).join(' '),
      r.applicationId,
    ].map(safe),
  );
  return { header, rows };
}

/** Per funder: what it funds, then what it could not pay, one row each. */
export function funderAllocationSheet(
  funders: readonly FunderReport[],
  ctx: AwardExportContext,
): AwardSheet {
  const ko = ctx.language === 'ko';
  const header = [
    ko ? '지원기관' : 'Funder',
    ko ? `예산 (${ctx.currency})` : `Budget (${ctx.currency})`,
    ko ? '구분' : 'Entry',
    ko ? '순위' : 'Rank',
    ko ? '과제명' : 'Application',
    ko ? `금액 (${ctx.currency})` : `Amount (${ctx.currency})`,
    ko ? `남은 예산 (${ctx.currency})` : `Remaining (${ctx.currency})`,
    ko ? '신청 ID' : 'Application (id)',
  ];
  const rows = funders.flatMap((f) => {
    const name = ctx.funderName(f.clusterId);
    const budget = amount(f.budget, ctx.currency);
    return [
      ...f.funded.map((x) => [
        name,
        budget,
        x.partial ? (ko ? '부분 지원' : 'Funds (partial)') : ko ? '지원' : 'Funds',
        x.rank,
        ctx.applicationTitle(x.applicationId),
        amount(x.amount, ctx.currency),
        '',
        x.applicationId,
      ]),
      ...f.couldNotPay.map((x) => [
        name,
        budget,
        ko ? '지원 불가 (분담액)' : 'Could not pay (share)',
        x.rank,
        ctx.applicationTitle(x.applicationId),
        amount(x.share, ctx.currency),
        amount(x.remaining, ctx.currency),
        x.applicationId,
      ]),
      [
        name,
        budget,
        ko ? '합계 지원액' : 'Total granted',
        '',
        '',
        amount(f.granted, ctx.currency),
        amount(f.remaining, ctx.currency),
        '',
      ],
    ].map((row) => row.map(safe));
  });
  return { header, rows };
}
