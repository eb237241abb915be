import { DEFAULT_BUDGET_RULE, DEFAULT_REDRESS_DAYS, type CallDraftValues } from '@spillover/domain';
import type { CallEntity } from './call.entity';

/** The call as the domain sees it (what patches and opening are checked against). */
export function callValuesOf(call: CallEntity): CallDraftValues {
  return {
    programmeName: call.programmeName,
    titleEn: call.titleEn,
    titleKo: call.titleKo,
    descriptionEn: call.descriptionEn,
    descriptionKo: call.descriptionKo,
    timeZone: call.timeZone,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    currency: call.currency,
    maxGrantPerProject: call.maxGrantPerProject,
    maxFundingRate: call.maxFundingRate,
    fundingMode: call.fundingMode,
    eligibility: call.eligibility,
    criteria: call.criteria,
    threshold: call.threshold,
    reviewersPerApplication: call.reviewersPerApplication,
    budgetRule: call.budgetRule,
    redressDays: call.redressDays,
  };
}

/** The columns a draft's values fill (absent is stored as null). */
export function callColumnsOf(values: CallDraftValues): Partial<CallEntity> {
  return {
    programmeName: values.programmeName,
    titleEn: values.titleEn ?? null,
    titleKo: values.titleKo ?? null,
    descriptionEn: values.descriptionEn ?? null,
    descriptionKo: values.descriptionKo ?? null,
    timeZone: values.timeZone ?? null,
    opensAt: values.opensAt ?? null,
    closesAt: values.closesAt ?? null,
    currency: values.currency ?? null,
    maxGrantPerProject: values.maxGrantPerProject ?? null,
    maxFundingRate: values.maxFundingRate ?? null,
    fundingMode: values.fundingMode ?? null,
    eligibility: values.eligibility ?? null,
    criteria: values.criteria ?? null,
    threshold: values.threshold ?? null,
    reviewersPerApplication: values.reviewersPerApplication ?? null,
    // Unset (or cleared) falls back to the documented defaults: the columns are never null.
    budgetRule: values.budgetRule ?? DEFAULT_BUDGET_RULE,
    redressDays: values.redressDays ?? DEFAULT_REDRESS_DAYS,
  };
}
