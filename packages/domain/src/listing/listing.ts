import { isExpired } from '../need/need-status';
import type { NeedStatus } from '../need/need';
import type { CapabilityStatus } from '../capability/capability';

/**
 * What needs and capabilities share as "listings": their kind, a reference to one, and when
 * one takes answers (interests, matches). Their state machines differ and stay per kind
 * (need/need-status.ts, capability/capability-status.ts); visibility is common/visibility.ts.
 */
export const LISTING_KINDS = ['NEED', 'CAPABILITY'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export interface ListingRef {
  kind: ListingKind;
  id: string;
}

export type ListingStatusOf<K extends ListingKind> = K extends 'NEED'
  ? NeedStatus
  : CapabilityStatus;

/** An OPEN need before its deadline, or a PUBLISHED capability, takes answers; nothing else does. */
export function isOpenForAnswers(
  listing:
    | { kind: 'NEED'; status: NeedStatus; deadline: Date | string | null }
    | { kind: 'CAPABILITY'; status: CapabilityStatus },
  now: Date,
): boolean {
  if (listing.kind === 'CAPABILITY') return listing.status === 'PUBLISHED';
  return (
    listing.status === 'OPEN' &&
    !isExpired({ status: listing.status, responseDeadline: listing.deadline }, now)
  );
}
