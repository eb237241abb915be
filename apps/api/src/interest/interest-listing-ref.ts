import { badInput, errorKey, type ListingRef } from '@spillover/domain';

/** Exactly one of needId and capabilityId names the listing. */
export function listingRef({
  needId,
  capabilityId,
}: {
  needId?: string | null | undefined;
  capabilityId?: string | null | undefined;
}): ListingRef {
  if (needId && !capabilityId) return { kind: 'NEED', id: needId };
  if (capabilityId && !needId) return { kind: 'CAPABILITY', id: capabilityId };
  throw badInput(
    'needId',
    'Name exactly one listing: a needId or a capabilityId.',
    errorKey('interest.oneListing'),
  );
}

/** The listing an interest answers. */
export const refOf = (interest: {
  listingKind: ListingRef['kind'];
  needId: string | null;
  capabilityId: string | null;
}): ListingRef => ({
  kind: interest.listingKind,
  id: (interest.listingKind === 'NEED' ? interest.needId : interest.capabilityId) ?? '',
});

/** The listing's page in the web app, where its interests are. */
export const listingPath = (ref: ListingRef): string =>
  ref.kind === 'NEED' ? `/needs/${ref.id}` : `/capabilities/${ref.id}`;
