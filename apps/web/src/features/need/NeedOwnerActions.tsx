import { useMutation } from '@apollo/client/react';
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
import { usePublishProblems } from '../../app/forms/publish-problems';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import {
  CloseTechnologyNeedDocument,
  PublishTechnologyNeedDocument,
  type NeedDetailFragment,
} from '../../generated/graphql';
import { ListingOwnerActions } from '../listing/ListingOwnerActions';
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
    <ListingOwnerActions
      checklistId={CHECKLIST_ID}
      publish={
        actions.includes('publish')
          ? {
              label: t('page.publish'),
              problems,
              fieldLabels: labels.fields,
              onPublish: async () => {
                await publish({ variables: { id: need.id } });
                notifications.show({ color: 'teal', message: t('form.published') });
              },
            }
          : null
      }
    >
      {(run) =>
        actions.includes('close') ? (
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
        ) : null
      }
    </ListingOwnerActions>
  );
}
