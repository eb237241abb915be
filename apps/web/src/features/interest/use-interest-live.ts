import { skipToken, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { InterestChangedDocument } from '../../generated/graphql';

/** A listing's board listens to its own interests; "my interests" to all of the viewer's. */
export type InterestListing = { needId: string } | { capabilityId: string } | null;

/**
 * Reads a list of interests again whenever the API says one of them was submitted or changed
 * state (the other side acted): both sides' pages stay current without reloading. A socket
 * that cannot open leaves the page as it is; the next action reads it again anyway.
 */
export function useInterestLive(
  refetch: () => Promise<unknown>,
  listing: InterestListing,
  enabled = true,
) {
  const latest = useRef(refetch);
  latest.current = refetch;
  useSubscription(
    InterestChangedDocument,
    enabled ? { variables: listing ?? {}, onData: () => void latest.current() } : skipToken,
  );
}
