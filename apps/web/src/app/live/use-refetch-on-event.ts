import type { TypedDocumentNode } from '@apollo/client';
import { skipToken, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';

/** How often a query is read again when no live event can come (the socket failed or ended). */
export const LIVE_FALLBACK_POLL_MS = 30_000;

/** The parts of an Apollo query result a live event drives. */
export interface RefetchableQuery {
  refetch: () => Promise<unknown>;
  startPolling: (ms: number) => void;
  stopPolling: () => void;
}

/**
 * Reads a query again at each event of a subscription (the API filters events by the read
 * policy, so an event says only "something you may see changed"). If the socket cannot be
 * opened or ends, the query polls instead: the page stays current, only later.
 */
export function useRefetchOnEvent<TEvent, TVariables extends Record<string, unknown>>(
  event: TypedDocumentNode<TEvent, TVariables>,
  variables: TVariables,
  query: RefetchableQuery,
  enabled = true,
): void {
  const [socketFailed, setSocketFailed] = useState(false);
  const latest = useRef(query);
  latest.current = query;
  useSubscription(
    event,
    enabled && !socketFailed
      ? {
          variables,
          onData: () => void latest.current.refetch(),
          onError: () => setSocketFailed(true),
          onComplete: () => setSocketFailed(true),
        }
      : skipToken,
  );
  const polling = enabled && socketFailed;
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!polling) return undefined;
    startPolling(LIVE_FALLBACK_POLL_MS);
    return () => stopPolling();
  }, [polling, startPolling, stopPolling]);
}
