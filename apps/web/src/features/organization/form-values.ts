import type { OrganizationInput } from '@spillover/domain';
import type { DefaultValues } from 'react-hook-form';
import type { OrganizationSummaryFragment } from '../../generated/graphql';

/** The stored organization as the form edits it. */
export function toFormValues(
  organization: OrganizationSummaryFragment,
): DefaultValues<OrganizationInput> {
  return {
    name: organization.name,
    kind: organization.kind,
    size: organization.size ?? null,
    country: organization.country,
    region: organization.region ?? null,
    sectors: [...organization.sectors],
    technologyAreas: [...organization.technologyAreas],
    description: organization.description,
    website: organization.website ?? '',
  };
}
