import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublishChecklist } from './PublishChecklist';
import type { PublishProblem } from './publish-problems';

export type SaveIntent = 'save' | 'publish';

interface PublishFormActionsProps {
  checklistId: string;
  problems: PublishProblem[];
  /** Field names as the form's labels say them. */
  labels: Record<string, string>;
  /**
   * DRAFT: "save draft", and "save and publish" for those who may publish. LIVE: the item is
   * published and must stay complete to be saved. KEPT: saved as it is (e.g. archived).
   */
  mode: 'DRAFT' | 'LIVE' | 'KEPT';
  canPublish: boolean;
  submitting: boolean;
  /** Which submit button was pressed (Enter in a field presses the first: save). */
  onIntent: (intent: SaveIntent) => void;
}

/**
 * The end of a need's or a capability's form: what publishing still asks for (the domain's
 * publish problems), then the buttons; publishing is enabled once nothing is missing.
 */
export function PublishFormActions({
  checklistId,
  problems,
  labels,
  mode,
  canPublish,
  submitting,
  onIntent,
}: PublishFormActionsProps) {
  const { t } = useTranslation();
  const complete = problems.length === 0;
  return (
    <Stack>
      <PublishChecklist id={checklistId} problems={problems} labels={labels} />
      {mode === 'DRAFT' ? (
        <>
          <Group>
            <Button
              type="submit"
              variant={canPublish ? 'default' : 'filled'}
              loading={submitting}
              onClick={() => onIntent('save')}
            >
              {t('common:publish.saveDraft')}
            </Button>
            {canPublish ? (
              <Button
                type="submit"
                loading={submitting}
                disabled={!complete}
                aria-describedby={checklistId}
                onClick={() => onIntent('publish')}
              >
                {t('common:publish.saveAndPublish')}
              </Button>
            ) : null}
          </Group>
          {canPublish ? null : (
            <Text size="sm" c="dimmed">
              {t('common:publish.adminPublishes')}
            </Text>
          )}
        </>
      ) : (
        <Group>
          <Button
            type="submit"
            loading={submitting}
            disabled={mode === 'LIVE' && !complete}
            aria-describedby={mode === 'LIVE' ? checklistId : undefined}
            onClick={() => onIntent('save')}
          >
            {t('common:publish.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
