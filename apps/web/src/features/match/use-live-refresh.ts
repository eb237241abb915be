import { skipToken, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { MatchesRefreshedDocument } from '../../generated/graphql';

/** How often a list asks again while its matches are refreshed and no live update can come. */
export const REFRESH_POLL_MS = 3000;
/** When to stop waiting anyway (a busy refresh queue): the list is then shown as it is. */
export const REFRESH_GIVE_UP_MS = 60_000;

interface RefreshState {
  refreshPending: boolean;
}

interface ListControls {
  startPolling: (interval: number) => void;
  stopPolling: () => void;
  refetch: () => Promise<unknown>;
}

/** The listing whose refresh a list waits for; lists put together on every read have none. */
export type RefreshedListing = { needId: string } | { capabilityId: string };

/**
 * While the background refresh has work to do for a list (the API says a change is pending:
 * it is recorded in the same transaction as the change), waits for it and says whether it
 * does. With a listing, the API tells when the refresh is done (the `matchesRefreshed`
 * subscription: at once if it already is) and the list is read again; if the socket cannot
 * be opened or ends, the list polls instead. Without one, it polls.
 */
export function useLiveRefresh(
  query: ListControls,
  state: RefreshState | undefined,
  listing?: RefreshedListing,
): boolean {
  const waiting = Boolean(state?.refreshPending);
  const [gaveUp, setGaveUp] = useState(false);
  const [socketFailed, setSocketFailed] = useState(false);
  const active = waiting && !gaveUp;
  const live = active && listing !== undefined && !socketFailed;
  const polling = active && !live;
  // The functions may change identity between renders; waiting must not restart with them.
  const controls = useRef(query);
  controls.current = query;

  useSubscription(
    MatchesRefreshedDocument,
    live
      ? {
          variables: listing,
          onData: () => void controls.current.refetch(),
          onError: () => setSocketFailed(true),
          // The API ends a stream when it may have missed events: read by polling instead.
          onComplete: () => setSocketFailed(true),
        }
      : skipToken,
  );

  useEffect(() => {
    if (waiting) return;
    setGaveUp(false);
    setSocketFailed(false);
  }, [waiting]);

  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setGaveUp(true), REFRESH_GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [active]);

  useEffect(() => {
    if (!polling) return undefined;
    controls.current.startPolling(REFRESH_POLL_MS);
    return () => controls.current.stopPolling();
  }, [polling]);

  return active;
}
