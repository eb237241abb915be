import {
  capabilityKindHasField,
  KIND_FIELDS,
  type CapabilityDraftInput,
  type CapabilityDraftValues,
  type CapabilityKind,
} from '@spillover/domain';
import type { DefaultValues } from 'react-hook-form';
import type {
  CapabilityDetailFragment,
  CapabilityDraftInput as CapabilityDraftGraphQLInput,
  UpdateCapabilityInput,
} from '../../generated/graphql';
import {
  emptyListingValues,
  listingInput,
  listingPatch,
  listingValues,
} from '../listing/listing-values';

/** The fields only some kinds have (equipment: model, location…; IP: patent, licensing). */
export const KIND_FIELD_NAMES = Object.keys(KIND_FIELDS) as (keyof typeof KIND_FIELDS)[];

/** A new capability as the form starts it: PUBLIC, no kind chosen yet. */
export const emptyCapability: DefaultValues<CapabilityDraftInput> = {
  title: '',
  description: '',
  trl: null,
  contactName: '',
  contactEmail: null,
  availability: '',
  ...emptyListingValues,
  model: null,
  location: null,
  bookingTerms: null,
  patentNumber: null,
  licensingStatus: null,
};

/** The stored capability in the domain's terms, for the form and the publish check. */
export function capabilityValues(capability: CapabilityDetailFragment): CapabilityDraftInput {
  return {
    kind: capability.kind,
    title: capability.title,
    description: capability.description,
    trl: capability.trl,
    contactName: capability.contactName,
    contactEmail: capability.contactEmail,
    availability: capability.availability,
    ...listingValues(capability),
    model: capability.model,
    location: capability.location,
    bookingTerms: capability.bookingTerms,
    patentNumber: capability.patentNumber,
    licensingStatus: capability.licensingStatus,
  };
}

/** The kind's own fields as given, and null for those another kind has. */
function kindFields(values: CapabilityDraftValues, kind: CapabilityKind) {
  const fields: Pick<CapabilityDraftGraphQLInput, (typeof KIND_FIELD_NAMES)[number]> = {};
  for (const field of KIND_FIELD_NAMES)
    Object.assign(fields, {
      [field]: capabilityKindHasField(kind, field) ? (values[field] ?? null) : null,
    });
  return fields;
}

/** Valid form values as the API's input: every field, null where none is given. */
export function toCapabilityInput(values: CapabilityDraftValues): CapabilityDraftGraphQLInput {
  return {
    kind: values.kind,
    title: values.title,
    description: values.description ?? null,
    trl: values.trl ?? null,
    contactName: values.contactName ?? null,
    contactEmail: values.contactEmail ?? null,
    availability: values.availability ?? null,
    ...listingInput(values),
    ...kindFields(values, values.kind),
  };
}

/** An edit as a patch of the changed fields; a new kind clears the old kind's fields too. */
export function toCapabilityPatch(
  values: CapabilityDraftValues,
  changed: ReadonlySet<string>,
): UpdateCapabilityInput {
  return listingPatch(
    toCapabilityInput(values),
    changed,
    (field) => changed.has('kind') && (KIND_FIELD_NAMES as string[]).includes(field),
  );
}
