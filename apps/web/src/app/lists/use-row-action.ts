import { useState } from 'react';

/**
 * Runs an action on one row of a list (remove, revoke, admit…). A refusal is kept for an
 * ErrorAlert above the list; `busyId` names the row whose action is under way.
 */
export function useRowAction() {
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>, rowId: string | null = null) => {
    setError(null);
    setBusyId(rowId);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusyId(null);
    }
  };

  return { run, error, busyId };
}
