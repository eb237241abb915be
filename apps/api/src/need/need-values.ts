import {
  applyNeedPatch,
  needDraftSchemaOf,
  parseInput,
  type NeedDraftValues,
  type NeedPatch,
} from '@spillover/domain';
import type { ListingRules } from '../listing/listing-lifecycle';
import type { TechnologyNeedEntity } from './need.entity';

/** The need as the domain sees it (what drafts and patches are checked against). */
export function valuesOf(
  need: TechnologyNeedEntity,
  invitedOrganizationIds: string[],
): NeedDraftValues {
  return {
    title: need.title,
    publicSummary: need.publicSummary,
    confidentialDetails: need.confidentialDetails,
    desiredOutcome: need.desiredOutcome,
    technologyAreas: need.technologyAreas,
    sectors: need.sectors,
    currentTrl: need.currentTrl,
    targetTrl: need.targetTrl,
    budgetMin: need.budgetMin,
    budgetMax: need.budgetMax,
    currency: need.currency,
    responseDeadline: need.responseDeadline,
    collaborationTypes: need.collaborationTypes,
    internationalPartnersWelcome: need.internationalPartnersWelcome,
    visibility: need.visibility,
    invitedOrganizationIds,
  };
}

/** The columns a draft's values fill. */
export function columnsOf(values: NeedDraftValues): Partial<TechnologyNeedEntity> {
  return {
    title: values.title,
    publicSummary: values.publicSummary ?? '',
    confidentialDetails: values.confidentialDetails ?? '',
    desiredOutcome: values.desiredOutcome ?? '',
    technologyAreas: values.technologyAreas ?? [],
    sectors: values.sectors ?? [],
    currentTrl: values.currentTrl ?? null,
    targetTrl: values.targetTrl ?? null,
    budgetMin: values.budgetMin ?? null,
    budgetMax: values.budgetMax ?? null,
    currency: values.currency ?? null,
    responseDeadline: values.responseDeadline ?? null,
    collaborationTypes: values.collaborationTypes ?? [],
    internationalPartnersWelcome: values.internationalPartnersWelcome ?? false,
    visibility: values.visibility ?? 'PUBLIC',
  };
}

/** The need's part of the shared listing steps (ListingLifecycle). */
export const needRules: ListingRules<TechnologyNeedEntity, NeedDraftValues, NeedPatch> = {
  valuesOf,
  columnsOf,
  parseDraft: (organizationId, input) => parseInput(needDraftSchemaOf(organizationId), input),
  applyPatch: (before, patch, need) =>
    applyNeedPatch(before, patch, {
      status: need.status,
      now: new Date(),
      organizationId: need.organizationId,
    }),
  // Confidential text never enters the audit trail; that it changed does.
  auditable: (values) => ({
    ...values,
    confidentialDetails: values.confidentialDetails ? '[confidential]' : '',
  }),
};
