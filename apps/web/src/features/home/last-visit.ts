import { useEffect, useState } from 'react';

const LAST_VISIT = 'spillover.home.lastVisit';
const SESSION_SINCE = 'spillover.home.since';
/** Kept for the session when there was no earlier visit. */
const FIRST_VISIT = 'first';

const read = (storage: () => Storage, key: string): string | null => {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
};
const write = (storage: () => Storage, key: string, value: string) => {
  try {
    storage().setItem(key, value);
  } catch {
    // Private browsing may refuse storage: "new" then means the last seven days.
  }
};

/**
 * When the user last came to the platform in this browser, before this session: "new since
 * your last visit". It holds for the whole session (coming back to the home page in the same
 * session shows the same news), and this visit is remembered for the next session. Null the
 * first time: the API then looks back seven days.
 */
export function useLastVisit(userId: string): string | null {
  const [since] = useState<string>(
    () =>
      read(() => window.sessionStorage, `${SESSION_SINCE}.${userId}`) ??
      read(() => window.localStorage, `${LAST_VISIT}.${userId}`) ??
      FIRST_VISIT,
  );
  useEffect(() => {
    if (read(() => window.sessionStorage, `${SESSION_SINCE}.${userId}`) === null)
      write(() => window.sessionStorage, `${SESSION_SINCE}.${userId}`, since);
    write(() => window.localStorage, `${LAST_VISIT}.${userId}`, new Date().toISOString());
  }, [since, userId]);
  return since === FIRST_VISIT ? null : since;
}
