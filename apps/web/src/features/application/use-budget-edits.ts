import { useCallback, useMemo, useState } from 'react';
import type { ApplicationDetailFragment } from '../../generated/graphql';

/** One organization's budget line in minor units; null while its input is not an amount. */
export interface BudgetLine {
  requestedBudget: number | null;
  ownContribution: number | null;
}

export interface BudgetEdits {
  /** The line as the form shows it now: the unsaved edit, or the saved figures. */
  lineOf: (organizationId: string) => BudgetLine;
  /** The line the rules read now: an unreadable amount counts as its saved figure. */
  effectiveLineOf: (organizationId: string) => { requestedBudget: number; ownContribution: number };
  change: (organizationId: string, patch: Partial<BudgetLine>) => void;
  /** Whether the line differs from what the server holds. */
  dirty: (organizationId: string) => boolean;
  /** Whether any line differs from what the server holds (submission reads saved figures). */
  anyDirty: boolean;
  /** Forgets an edit (after it was saved, the server's figures show). */
  forget: (organizationId: string) => void;
}

const ZERO: BudgetLine = { requestedBudget: 0, ownContribution: 0 };

/**
 * The consortium's budgets as the lead edits them, lead and partners alike, before they are
 * saved: the eligibility checklist reads these, so the rules answer every keystroke.
 */
export function useBudgetEdits(application: ApplicationDetailFragment): BudgetEdits {
  const saved = useMemo(
    () =>
      new Map<string, BudgetLine>([
        [
          application.leadOrganization.id,
          {
            requestedBudget: application.leadRequestedBudget,
            ownContribution: application.leadOwnContribution,
          },
        ],
        ...application.partners.map((p): [string, BudgetLine] => [
          p.organization.id,
          { requestedBudget: p.requestedBudget, ownContribution: p.ownContribution },
        ]),
      ]),
    [application],
  );
  const [edits, setEdits] = useState<ReadonlyMap<string, BudgetLine>>(new Map());
  const lineOf = useCallback(
    (id: string) => edits.get(id) ?? saved.get(id) ?? ZERO,
    [edits, saved],
  );
  const effectiveLineOf = useCallback(
    (id: string) => {
      const line = edits.get(id) ?? saved.get(id) ?? ZERO;
      const server = saved.get(id) ?? ZERO;
      return {
        requestedBudget: line.requestedBudget ?? server.requestedBudget ?? 0,
        ownContribution: line.ownContribution ?? server.ownContribution ?? 0,
      };
    },
    [edits, saved],
  );
  const change = useCallback(
    (id: string, patch: Partial<BudgetLine>) =>
      setEdits((current) => {
        const next = new Map(current);
        next.set(id, { ...(current.get(id) ?? saved.get(id) ?? ZERO), ...patch });
        return next;
      }),
    [saved],
  );
  const dirty = useCallback(
    (id: string) => {
      const edit = edits.get(id);
      const server = saved.get(id);
      return (
        edit !== undefined &&
        (edit.requestedBudget !== server?.requestedBudget ||
          edit.ownContribution !== server?.ownContribution)
      );
    },
    [edits, saved],
  );
  const forget = useCallback(
    (id: string) =>
      setEdits((current) => {
        const next = new Map(current);
        next.delete(id);
        return next;
      }),
    [],
  );
  const anyDirty = [...edits.keys()].some(dirty);
  return { lineOf, effectiveLineOf, change, dirty, anyDirty, forget };
}
