import { useEffect, useRef, useState } from 'react';

/** How often a list asks again while its matches are being refreshed. */
export const REFRESH_POLL_MS = 3000;
/** When to stop asking anyway (a busy refresh queue): the list is then shown as it is. */
export const REFRESH_GIVE_UP_MS = 60_000;

interface RefreshState {
  refreshPending: boolean;
}

interface Polling {
  startPolling: (interval: number) => void;
  stopPolling: () => void;
}

/**
 * Polls the list's query while the background refresh has work to do for it (the API says
 * a change is pending: it is recorded in the same transaction as the change), and says
 * whether it does.
 */
export function useRefreshPolling(query: Polling, state: RefreshState | undefined): boolean {
  const waiting = Boolean(state?.refreshPending);
  const [gaveUp, setGaveUp] = useState(false);
  const polling = waiting && !gaveUp;
  // The functions may change identity between renders; polling must not restart with them.
  const controls = useRef(query);
  controls.current = query;

  useEffect(() => {
    if (!waiting) setGaveUp(false);
  }, [waiting]);

  useEffect(() => {
    if (!polling) return undefined;
    controls.current.startPolling(REFRESH_POLL_MS);
    const timer = setTimeout(() => setGaveUp(true), REFRESH_GIVE_UP_MS);
    return () => {
      clearTimeout(timer);
      controls.current.stopPolling();
    };
  }, [polling]);

  return polling;
}
