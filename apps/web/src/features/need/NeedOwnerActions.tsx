import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  availableNeedActions,
  calendarDay,
  NEED_USER_CLOSE_REASONS,
  needDraftSchema,
  needPublishProblems,
  type NeedCloseReason,
} from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { PublishChecklist } from '../../app/forms/PublishChecklist';
import { usePublishProblems } from '../../app/forms/publish-problems';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  CloseTechnologyNeedDocument,
  PublishTechnologyNeedDocument,
  type NeedDetailFragment,
} from '../../generated/graphql';
import { useNeedLabels } from './need-options';
import { needValues } from './need-values';

const CHECKLIST_ID = 'need-page-publish-checklist';

/**
 * What an ORG_ADMIN of the owner may do next, from the domain's state machine: publish a
 * draft once `needPublishProblems` is empty (and see what is missing until then), close an
 * open need as solved or withdrawn.
 */
export function NeedOwnerActions({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation('need');
  const labels = useNeedLabels();
  const translateProblems = usePublishProblems('need');
  const [publish] = useMutation(PublishTechnologyNeedDocument);
  const [close] = useMutation(CloseTechnologyNeedDocument);
  const { run, error, busyId } = useRowAction();
  const actions = availableNeedActions(need.status);
  if (!need.viewerCanPublish || actions.length === 0) return null;

  const values = needValues(need);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = new Date();
  const problems = actions.includes('publish')
    ? translateProblems(needPublishProblems(values, now, { timeZone }), needDraftSchema, values, {
        today: calendarDay(now, timeZone),
      })
    : [];

  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      {actions.includes('publish') ? (
        <PublishChecklist id={CHECKLIST_ID} problems={problems} labels={labels.fields} />
      ) : null}
      <Group>
        {actions.includes('publish') ? (
          <Button
            disabled={problems.length > 0}
            aria-describedby={CHECKLIST_ID}
            loading={busyId === 'publish'}
            onClick={() =>
              void run(async () => {
                await publish({ variables: { id: need.id } });
                notifications.show({ color: 'teal', message: t('form.published') });
              }, 'publish')
            }
          >
            {t('page.publish')}
          </Button>
        ) : null}
        {actions.includes('close') ? (
          <ConfirmButton
            size="sm"
            label={t('page.close')}
            title={t('page.closeTitle', { title: need.title })}
            message={t('page.closeMessage')}
            reason={{
              label: t('page.closeReason'),
              choices: NEED_USER_CLOSE_REASONS.map((reason) => ({
                value: reason,
                label: t(`closeReasons.${reason}`),
              })),
              validate: (value) =>
                (NEED_USER_CLOSE_REASONS as readonly string[]).includes(value)
                  ? null
                  : t('page.closeReasonMissing'),
            }}
            onConfirm={(reason) =>
              run(async () => {
                await close({ variables: { id: need.id, reason: reason as NeedCloseReason } });
                notifications.show({ color: 'teal', message: t('page.closed') });
              })
            }
          />
        ) : null}
      </Group>
    </Stack>
  );
}
