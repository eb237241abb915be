import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { PublishChecklist } from '../../app/forms/PublishChecklist';
import type { PublishProblem } from '../../app/forms/publish-problems';
import { useRowAction } from '../../app/lists/use-row-action';

export type RunAction = (action: () => Promise<unknown>) => Promise<void>;

interface ListingOwnerActionsProps {
  /** The checklist's id, which the publish button is described by. */
  checklistId: string;
  /** The publish step when it is among the next ones (publish, republish). */
  publish: {
    label: string;
    problems: PublishProblem[];
    fieldLabels: Record<string, string>;
    onPublish: () => Promise<unknown>;
  } | null;
  /** The kind's other steps (close, archive, delete); `run` shows their refusal in the same alert. */
  children: (run: RunAction) => ReactNode;
}

/**
 * The owner's next steps on a listing of either kind: what publishing still lacks, the publish
 * button (disabled until nothing does), then the kind's own steps; one alert for any refusal.
 */
export function ListingOwnerActions({ checklistId, publish, children }: ListingOwnerActionsProps) {
  const { run, error, busyId } = useRowAction();
  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      {publish ? (
        <PublishChecklist
          id={checklistId}
          problems={publish.problems}
          labels={publish.fieldLabels}
        />
      ) : null}
      <Group>
        {publish ? (
          <Button
            disabled={publish.problems.length > 0}
            aria-describedby={checklistId}
            loading={busyId === 'publish'}
            onClick={() => void run(publish.onPublish, 'publish')}
          >
            {publish.label}
          </Button>
        ) : null}
        {children((action) => run(action))}
      </Group>
    </Stack>
  );
}
