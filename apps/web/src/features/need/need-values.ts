import type { NeedDraftInput, NeedDraftValues } from '@spillover/domain';
import type { DefaultValues } from 'react-hook-form';
import type {
  NeedDetailFragment,
  NeedDraftInput as NeedDraftGraphQLInput,
  UpdateNeedInput,
} from '../../generated/graphql';

/** A new need as the form starts it: PUBLIC, nothing else chosen. */
export const emptyNeed: DefaultValues<NeedDraftInput> = {
  title: '',
  publicSummary: '',
  confidentialDetails: '',
  desiredOutcome: '',
  technologyAreas: [],
  sectors: [],
  currentTrl: null,
  targetTrl: null,
  budgetMin: null,
  budgetMax: null,
  currency: null,
  responseDeadline: null,
  collaborationTypes: [],
  internationalPartnersWelcome: false,
  visibility: 'PUBLIC',
  invitedOrganizationIds: [],
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
    technologyAreas: [...need.technologyAreas],
    sectors: [...need.sectors],
    currentTrl: need.currentTrl,
    targetTrl: need.targetTrl,
    budgetMin: need.budgetMin,
    budgetMax: need.budgetMax,
    currency: need.currency,
    responseDeadline: need.responseDeadline,
    collaborationTypes: [...need.collaborationTypes],
    internationalPartnersWelcome: need.internationalPartnersWelcome,
    visibility: need.visibility,
    invitedOrganizationIds: need.invitedOrganizations.map((organization) => organization.id),
  };
}

/** Valid form values as the API's input: every field, null where none is given. */
export function toNeedInput(values: NeedDraftValues): NeedDraftGraphQLInput {
  return {
    title: values.title,
    publicSummary: values.publicSummary ?? null,
    confidentialDetails: values.confidentialDetails ?? null,
    desiredOutcome: values.desiredOutcome ?? null,
    technologyAreas: values.technologyAreas ?? [],
    sectors: values.sectors ?? [],
    currentTrl: values.currentTrl ?? null,
    targetTrl: values.targetTrl ?? null,
    budgetMin: values.budgetMin ?? null,
    budgetMax: values.budgetMax ?? null,
    currency: values.currency ?? null,
    responseDeadline: values.responseDeadline ? values.responseDeadline.toISOString() : null,
    collaborationTypes: values.collaborationTypes ?? [],
    internationalPartnersWelcome: values.internationalPartnersWelcome ?? false,
    visibility: values.visibility ?? 'PUBLIC',
    invitedOrganizationIds:
      values.visibility === 'PRIVATE' ? (values.invitedOrganizationIds ?? []) : [],
  };
}

/**
 * An edit as a patch of the fields the user changed: untouched fields are not sent, so an
 * OPEN need's deadline is checked again only when it was changed (the domain's rule).
 */
export function toNeedPatch(
  values: NeedDraftValues,
  changed: ReadonlySet<string>,
): UpdateNeedInput {
  const input = toNeedInput(values);
  const patch: UpdateNeedInput = {};
  for (const [field, value] of Object.entries(input))
    if (changed.has(field)) Object.assign(patch, { [field]: value });
  // A change of visibility rewrites the invitations too (none unless PRIVATE).
  if (changed.has('visibility')) patch.invitedOrganizationIds = input.invitedOrganizationIds;
  return patch;
}
