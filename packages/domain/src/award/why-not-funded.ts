import type { Language } from '../common/fields';
import { fromMinorUnits } from '../common/money';
import { withParticle } from '../language/josa';
import type { WhyNotFunded } from './award';

/** The names a sentence needs; ids it cannot name are shown as they are. */
export interface ExplainContext {
  language: Language;
  currency: string;
  criterionName: (index: number) => string;
  funderName: (clusterId: string) => string;
  organizationName: (organizationId: string) => string;
}

// Building an Intl.NumberFormat costs far more than using one: a published award explains
// thousands of reasons in two languages, so each format is built once per locale and currency.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, currency: string | null): Intl.NumberFormat {
  const key = `${language}:${currency ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      language === 'ko' ? 'ko-KR' : 'en-GB',
      currency ? { style: 'currency', currency } : { maximumFractionDigits: 2 },
    );
    formats.set(key, format);
  }
  return format;
}

/** An amount in minor units, written in the reader's locale with its currency. */
export function formatAwardMoney(amount: number, currency: string, language: Language): string {
  return numberFormat(language, currency).format(Number(fromMinorUnits(amount, currency)));
}

const points = (value: number, language: Language): string =>
  numberFormat(language, null).format(value);

/**
 * One reason in words, English or Korean. The web shows the same sentence the exports
 * write, so an applicant and a manager read one explanation computed by one function.
 */
export function explainWhyNotFunded(reason: WhyNotFunded, ctx: ExplainContext): string {
  const ko = ctx.language === 'ko';
  const money = (amount: number) => formatAwardMoney(amount, ctx.currency, ctx.language);
  const n = (value: number) => points(value, ctx.language);
  switch (reason.code) {
    case 'NOT_SCORED':
      return reason.criterion === null
        ? ko
          ? '제출된 평가가 없습니다.'
          : 'No review was submitted for it.'
        : ko
          ? `평가항목 "${ctx.criterionName(reason.criterion)}"에 점수가 없습니다.`
          : `Nobody scored the criterion “${ctx.criterionName(reason.criterion)}”.`;
    case 'BELOW_CRITERION_MINIMUM':
      return ko
        ? `평가항목 "${ctx.criterionName(reason.criterion)}"의 평균 ${n(reason.score)}점이 최저 기준 ${n(reason.minimum)}점에 미달합니다.`
        : `Its average on “${ctx.criterionName(reason.criterion)}” (${n(reason.score)}) is below that criterion’s minimum of ${n(reason.minimum)}.`;
    case 'BELOW_THRESHOLD':
      return ko
        ? `총점 ${n(reason.score)}점이 선정 기준 ${n(reason.threshold)}점에 미달합니다.`
        : `Its overall score of ${n(reason.score)} is below the call’s threshold of ${n(reason.threshold)}.`;
    case 'NO_FUNDER':
      return ko
        ? `${withParticle(ctx.organizationName(reason.organizationId), '을/를')} 지원할 수 있는 지원기관이 없습니다.`
        : `No funder of the call may fund ${ctx.organizationName(reason.organizationId)}.`;
    case 'FUNDER_OVER_MAX':
      return ko
        ? `${ctx.funderName(reason.clusterId)}의 분담액 ${money(reason.share)}이(가) 과제당 한도 ${money(reason.maximum)}를 넘습니다.`
        : `${ctx.funderName(reason.clusterId)}’s share of ${money(reason.share)} is above its maximum per project of ${money(reason.maximum)}.`;
    case 'FUNDER_SHORT':
      return ko
        ? `${reason.rank}위 시점에 ${withParticle(ctx.funderName(reason.clusterId), '은/는')} 분담액 ${money(reason.share)} 중 ${money(reason.remaining)}만 남아 지원할 수 없었습니다.`
        : `At rank ${reason.rank}, ${ctx.funderName(reason.clusterId)} had ${money(reason.remaining)} left and could not pay its share of ${money(reason.share)}.`;
    case 'BUDGET_EXHAUSTED':
      return ko
        ? `${reason.rank}위 시점에 남은 예산 ${money(reason.remaining)}이(가) 신청액 ${money(reason.share)}보다 적었습니다.`
        : `At rank ${reason.rank}, ${money(reason.remaining)} of the budget was left, less than the ${money(reason.share)} requested.`;
    case 'FUNDING_STOPPED':
      return ko
        ? `예산이 ${reason.rank}위에서 소진되어 그 아래 과제는 예비로 남습니다.`
        : `The budget ran out at rank ${reason.rank}; projects ranked below it are in reserve.`;
    case 'CUT_BY_MANAGER':
      return ko
        ? `운영자가 선정을 취소했습니다: ${reason.note}`
        : `A manager cut the project’s funding: ${reason.note}`;
    case 'DECLINED':
      return ko ? '주관기관이 선정을 포기했습니다.' : 'The lead organization declined the award.';
    case 'PARTIAL_FUNDING':
      return ko
        ? `신청액 ${money(reason.requested)} 중 남은 예산 ${money(reason.granted)}을(를) 부분 지원합니다.`
        : `Partially funded: ${money(reason.granted)} of the ${money(reason.requested)} requested, what was left of the budget.`;
  }
}
