import type { NeedDraftInput, NeedDraftValues } from '@spillover/domain';
import type { DefaultValues } from 'react-hook-form';
import type {
  NeedDetailFragment,
  NeedDraftInput as NeedDraftGraphQLInput,
  UpdateNeedInput,
} from '../../generated/graphql';
import {
  emptyListingValues,
  listingInput,
  listingPatch,
  listingValues,
} from '../listing/listing-values';

/** A new need as the form starts it: PUBLIC, nothing else chosen. */
export const emptyNeed: DefaultValues<NeedDraftInput> = {
  title: '',
  publicSummary: '',
  confidentialDetails: '',
  desiredOutcome: '',
  currentTrl: null,
  targetTrl: null,
  budgetMin: null,
  budgetMax: null,
  currency: null,
  responseDeadline: null,
  collaborationTypes: [],
  internationalPartnersWelcome: false,
  ...emptyListingValues,
};

/**
 * The stored need in the domain's terms: what the form edits and what the publish check on
 * its page reads. Only the owner's members get the confidential details and invitations.
 */
export function needValues(need: NeedDetailFragment): NeedDraftInput {
  return {
    title: need.title,
    publicSummary: need.publicSummary,
    confidentialDetails: need.confidentialDetails ?? '',
    desiredOutcome: need.desiredOutcome,
    currentTrl: need.currentTrl,
    targetTrl: need.targetTrl,
    budgetMin: need.budgetMin,
    budgetMax: need.budgetMax,
    currency: need.currency,
    responseDeadline: need.responseDeadline,
    collaborationTypes: [...need.collaborationTypes],
    internationalPartnersWelcome: need.internationalPartnersWelcome,
    ...listingValues(need),
  };
}

/** Valid form values as the API's input: every field, null where none is given. */
export function toNeedInput(values: NeedDraftValues): NeedDraftGraphQLInput {
  return {
    title: values.title,
    publicSummary: values.publicSummary ?? null,
    confidentialDetails: values.confidentialDetails ?? null,
    desiredOutcome: values.desiredOutcome ?? null,
    currentTrl: values.currentTrl ?? null,
    targetTrl: values.targetTrl ?? null,
    budgetMin: values.budgetMin ?? null,
    budgetMax: values.budgetMax ?? null,
    currency: values.currency ?? null,
    responseDeadline: values.responseDeadline ? values.responseDeadline.toISOString() : null,
    collaborationTypes: values.collaborationTypes ?? [],
    internationalPartnersWelcome: values.internationalPartnersWelcome ?? false,
    ...listingInput(values),
  };
}

/**
 * An edit as a patch of the fields the user changed, so an OPEN need's deadline is checked
 * again only when it was changed (the domain's rule).
 */
export function toNeedPatch(
  values: NeedDraftValues,
  changed: ReadonlySet<string>,
): UpdateNeedInput {
  return listingPatch(toNeedInput(values), changed);
}
