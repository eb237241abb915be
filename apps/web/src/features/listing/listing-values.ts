import type { Visibility } from '@spillover/domain';

/** A new listing's technology and audience as every kind's form starts them: PUBLIC, none chosen. */
export const emptyListingValues = {
  technologyAreas: [] as string[],
  sectors: [] as string[],
  visibility: 'PUBLIC' as Visibility,
  invitedOrganizationIds: [] as string[],
};

/** A stored listing's technology and audience in the domain's terms (the form's values). */
export function listingValues(listing: {
  technologyAreas: readonly string[];
  sectors: readonly string[];
  visibility: Visibility;
  invitedOrganizations: readonly { id: string }[];
}) {
  return {
    technologyAreas: [...listing.technologyAreas],
    sectors: [...listing.sectors],
    visibility: listing.visibility,
    invitedOrganizationIds: listing.invitedOrganizations.map((organization) => organization.id),
  };
}

/** Valid technology and audience values as the API's input; invitations only when PRIVATE. */
export function listingInput(values: {
  technologyAreas?: string[] | null;
  sectors?: string[] | null;
  visibility?: Visibility | null;
  invitedOrganizationIds?: string[] | null;
}) {
  return {
    technologyAreas: values.technologyAreas ?? [],
    sectors: values.sectors ?? [],
    visibility: values.visibility ?? 'PUBLIC',
    invitedOrganizationIds:
      values.visibility === 'PRIVATE' ? (values.invitedOrganizationIds ?? []) : [],
  };
}

/**
 * An edit as a patch of the fields the user changed (and those `alsoSent` adds): untouched
 * fields are not sent. A change of visibility rewrites the invitations too (none unless
 * PRIVATE), so that switching back never re-admits organizations silently.
 */
export function listingPatch<P extends object>(
  input: P,
  changed: ReadonlySet<string>,
  alsoSent: (field: string) => boolean = () => false,
): Partial<P> {
  const patch: Partial<P> = {};
  for (const [field, value] of Object.entries(input))
    if (
      changed.has(field) ||
      alsoSent(field) ||
      (changed.has('visibility') && field === 'invitedOrganizationIds')
    )
      Object.assign(patch, { [field]: value });
  return patch;
}
