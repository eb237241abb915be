import { NO_ELIGIBILITY_RULES, type CallDraftInput, type CallDraftValues } from '@spillover/domain';
import type {
  CallDetailFragment,
  CallDraftInput as ApiCallDraftInput,
} from '../../generated/graphql';

/** A browser's own zone when it is one the call may use, else Seoul (the programme's home). */
const defaultZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Seoul';

/** A new draft's starting values: no rules, no criteria, the browser's time zone. */
export const emptyCall = (): CallDraftInput => ({
  programmeName: '',
  titleEn: '',
  titleKo: '',
  descriptionEn: '',
  descriptionKo: '',
  timeZone: defaultZone(),
  opensAt: null,
  closesAt: null,
  currency: null,
  maxGrantPerProject: null,
  maxFundingRate: null,
  fundingMode: null,
  eligibility: { ...NO_ELIGIBILITY_RULES, requiredKinds: [] },
  criteria: [],
  threshold: null,
  reviewersPerApplication: null,
  budgetRule: 'STOP',
  redressDays: 14,
});

/** A stored call as the form edits it (GraphQL's __typename left out). */
export function callFormValues(call: CallDetailFragment): CallDraftInput {
  const rules = call.eligibility;
  return {
    programmeName: call.programmeName,
    titleEn: call.titleEn ?? '',
    titleKo: call.titleKo ?? '',
    descriptionEn: call.descriptionEn ?? '',
    descriptionKo: call.descriptionKo ?? '',
    timeZone: call.timeZone ?? defaultZone(),
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    currency: call.currency,
    maxGrantPerProject: call.maxGrantPerProject,
    maxFundingRate: call.maxFundingRate,
    fundingMode: call.fundingMode,
    eligibility: rules
      ? {
          minPartners: rules.minPartners,
          maxPartners: rules.maxPartners,
          requiredKinds: rules.requiredKinds.map((r) => ({ kinds: [...r.kinds], min: r.min })),
          leadKinds: [...rules.leadKinds],
          leadSizes: [...rules.leadSizes],
          minRegions: rules.minRegions,
          minCountries: rules.minCountries,
          internationalPartnerRequired: rules.internationalPartnerRequired,
          membership: rules.membership,
          maxBudgetPerPartner: rules.maxBudgetPerPartner,
        }
      : { ...NO_ELIGIBILITY_RULES, requiredKinds: [] },
    criteria: call.criteria.map((c) => ({
      name: c.name,
      description: c.description,
      weight: c.weight,
      maxScore: c.maxScore,
      minScore: c.minScore,
    })),
    threshold: call.threshold,
    reviewersPerApplication: call.reviewersPerApplication,
    budgetRule: call.budgetRule,
    redressDays: call.redressDays,
  };
}

const blankToNull = (text: string | null | undefined): string | null =>
  text?.trim() ? text : null;

/** The parsed values as the API's input: instants as text, blank texts as null. */
export function toApiInput(values: CallDraftValues): ApiCallDraftInput {
  return {
    programmeName: values.programmeName,
    titleEn: blankToNull(values.titleEn),
    titleKo: blankToNull(values.titleKo),
    descriptionEn: blankToNull(values.descriptionEn),
    descriptionKo: blankToNull(values.descriptionKo),
    timeZone: values.timeZone ?? null,
    opensAt: values.opensAt?.toISOString() ?? null,
    closesAt: values.closesAt?.toISOString() ?? null,
    currency: values.currency ?? null,
    maxGrantPerProject: values.maxGrantPerProject ?? null,
    maxFundingRate: values.maxFundingRate ?? null,
    fundingMode: values.fundingMode ?? null,
    eligibility: values.eligibility ?? null,
    criteria: values.criteria ?? null,
    threshold: values.threshold ?? null,
    reviewersPerApplication: values.reviewersPerApplication ?? null,
    budgetRule: values.budgetRule ?? null,
    redressDays: values.redressDays ?? null,
  };
}
