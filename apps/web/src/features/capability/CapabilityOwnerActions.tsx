import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  availableCapabilityActions,
  capabilityDraftSchema,
  capabilityPublishProblems,
} from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePublishProblems } from '../../app/forms/publish-problems';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import {
  ArchiveCapabilityDocument,
  DeleteCapabilityDraftDocument,
  PublishCapabilityDocument,
  type CapabilityDetailFragment,
} from '../../generated/graphql';
import { ListingOwnerActions } from '../listing/ListingOwnerActions';
import { useCapabilityLabels } from './capability-options';
import { capabilityValues } from './capability-values';

const CHECKLIST_ID = 'capability-page-publish-checklist';

/**
 * The owner's next steps, from the domain's state machine: publish a draft or republish an
 * archived capability once `capabilityPublishProblems` is empty, archive a published one,
 * delete a draft nobody has seen.
 */
export function CapabilityOwnerActions({ capability }: { capability: CapabilityDetailFragment }) {
  const { t } = useTranslation('capability');
  const navigate = useNavigate();
  const client = useApolloClient();
  const labels = useCapabilityLabels();
  const translateProblems = usePublishProblems('capability');
  const [publish] = useMutation(PublishCapabilityDocument);
  const [archive] = useMutation(ArchiveCapabilityDocument);
  const [deleteDraft] = useMutation(DeleteCapabilityDraftDocument);

  const actions = capability.viewerCanPublish ? availableCapabilityActions(capability.status) : [];
  const canDelete = capability.viewerCanEdit && capability.status === 'DRAFT';
  if (actions.length === 0 && !canDelete) return null;

  const publishes = actions.includes('publish') || actions.includes('republish');
  const values = capabilityValues(capability);
  const problems = publishes
    ? translateProblems(capabilityPublishProblems(values), capabilityDraftSchema, values)
    : [];

  const remove = async () => {
    await deleteDraft({ variables: { id: capability.id } });
    const organizationId = capability.organization.id;
    const cacheId = client.cache.identify(capability);
    notifications.show({ color: 'teal', message: t('page.deleted') });
    // Leave the page first, so that it does not ask again for what no longer exists.
    await navigate(`/organizations/${organizationId}?tab=capabilities`);
    client.cache.evict({ id: cacheId });
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Organization', id: organizationId }),
      fieldName: 'capabilities',
    });
  };

  return (
    <ListingOwnerActions
      checklistId={CHECKLIST_ID}
      publish={
        publishes
          ? {
              label: actions.includes('republish') ? t('page.republish') : t('page.publish'),
              problems,
              fieldLabels: labels.fields,
              onPublish: async () => {
                await publish({ variables: { id: capability.id } });
                notifications.show({ color: 'teal', message: t('form.published') });
              },
            }
          : null
      }
    >
      {(run) => (
        <>
          {actions.includes('archive') ? (
            <ConfirmButton
              size="sm"
              color="gray"
              label={t('page.archive')}
              title={t('page.archiveTitle', { title: capability.title })}
              message={t('page.archiveMessage')}
              onConfirm={() =>
                run(async () => {
                  await archive({ variables: { id: capability.id } });
                  notifications.show({ color: 'teal', message: t('page.archived') });
                })
              }
            />
          ) : null}
          {canDelete ? (
            <ConfirmButton
              size="sm"
              label={t('page.delete')}
              title={t('page.deleteTitle', { title: capability.title })}
              message={t('page.deleteMessage')}
              onConfirm={() => run(remove)}
            />
          ) : null}
        </>
      )}
    </ListingOwnerActions>
  );
}
