import {
  applyCapabilityPatch,
  capabilityDraftSchemaOf,
  parseInput,
  type CapabilityDraftValues,
  type CapabilityPatch,
} from '@spillover/domain';
import type { ListingRules } from '../listing/listing-lifecycle';
import type { CapabilityEntity } from './capability.entity';

/** The capability as the domain sees it (what drafts and patches are checked against). */
export function valuesOf(
  c: CapabilityEntity,
  invitedOrganizationIds: string[],
): CapabilityDraftValues {
  return {
    kind: c.kind,
    title: c.title,
    description: c.description,
    technologyAreas: c.technologyAreas,
    sectors: c.sectors,
    trl: c.trl,
    contactName: c.contactName,
    contactEmail: c.contactEmail,
    availability: c.availability,
    visibility: c.visibility,
    invitedOrganizationIds,
    model: c.model,
    location: c.location,
    bookingTerms: c.bookingTerms,
    patentNumber: c.patentNumber,
    licensingStatus: c.licensingStatus,
  };
}

export function columnsOf(v: CapabilityDraftValues): Partial<CapabilityEntity> {
  return {
    kind: v.kind,
    title: v.title,
    description: v.description ?? '',
    technologyAreas: v.technologyAreas ?? [],
    sectors: v.sectors ?? [],
    trl: v.trl ?? null,
    contactName: v.contactName ?? null,
    contactEmail: v.contactEmail ?? null,
    availability: v.availability ?? null,
    visibility: v.visibility ?? 'PUBLIC',
    model: v.model ?? null,
    location: v.location ?? null,
    bookingTerms: v.bookingTerms ?? null,
    patentNumber: v.patentNumber ?? null,
    licensingStatus: v.licensingStatus ?? null,
  };
}

/** The capability's part of the shared listing steps (ListingLifecycle). */
export const capabilityRules: ListingRules<
  CapabilityEntity,
  CapabilityDraftValues,
  CapabilityPatch
> = {
  valuesOf,
  columnsOf,
  parseDraft: (organizationId, input) => parseInput(capabilityDraftSchemaOf(organizationId), input),
  applyPatch: (before, patch, capability) =>
    applyCapabilityPatch(before, patch, {
      status: capability.status,
      organizationId: capability.organizationId,
    }),
};
