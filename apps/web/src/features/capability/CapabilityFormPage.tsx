import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { CapabilityDraftValues } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { problemsOf } from '../../app/errors/api-error';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { problemMessage } from '../../app/errors/translate';
import type { SaveIntent } from '../../app/forms/PublishFormActions';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import {
  CapabilityDocument,
  CreateCapabilityDocument,
  PublishCapabilityDocument,
  UpdateCapabilityDocument,
} from '../../generated/graphql';
import { PostingOrganization, usePostingOrganization } from '../organization/PostingOrganization';
import { CapabilityForm } from './CapabilityForm';
import { capabilityValues, toCapabilityInput, toCapabilityPatch } from './capability-values';

/** Publishes a saved capability; a refusal is told, and it stays a draft on its page. */
function usePublishAfterSave() {
  const { t } = useTranslation('capability');
  const [publish] = useMutation(PublishCapabilityDocument);
  return async (id: string, intent: SaveIntent) => {
    if (intent !== 'publish') {
      notifications.show({ color: 'teal', message: t('form.savedDraft') });
      return;
    }
    try {
      await publish({ variables: { id } });
      notifications.show({ color: 'teal', message: t('form.published') });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('form.savedNotPublished'),
        message: problemsOf(error)
          .map((problem) => problemMessage(t, problem))
          .join(' '),
      });
    }
  };
}

export function NewCapabilityPage() {
  const { t } = useTranslation('capability');
  const navigate = useNavigate();
  const client = useApolloClient();
  const posting = usePostingOrganization();
  const [create] = useMutation(CreateCapabilityDocument);
  const publishAfterSave = usePublishAfterSave();
  const owner = posting.chosen;

  const save = async (values: CapabilityDraftValues, intent: SaveIntent) => {
    if (!owner) return;
    const { data } = await create({
      variables: { organizationId: owner.organization.id, input: toCapabilityInput(values) },
    });
    if (!data) return;
    const id = data.createCapability.id;
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Organization', id: owner.organization.id }),
      fieldName: 'capabilities',
    });
    await publishAfterSave(id, intent);
    await navigate(`/capabilities/${id}`);
  };

  return (
    <Page title={t('form.newTitle')}>
      <PostingOrganization posting={posting} />
      {owner ? (
        <CapabilityForm
          key={owner.organization.id}
          status="DRAFT"
          organizationId={owner.organization.id}
          canPublish={owner.role === 'ORG_ADMIN'}
          onSubmit={save}
        />
      ) : null}
    </Page>
  );
}

export function EditCapabilityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('capability');
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CapabilityDocument, { variables: { id } });
  const [update] = useMutation(UpdateCapabilityDocument);
  const publishAfterSave = usePublishAfterSave();
  const capability = data?.capability;

  const save = async (values: CapabilityDraftValues, intent: SaveIntent, changed: Set<string>) => {
    const patch = toCapabilityPatch(values, changed);
    if (Object.keys(patch).length > 0) await update({ variables: { id, input: patch } });
    if (capability?.status === 'DRAFT') await publishAfterSave(id, intent);
    else notifications.show({ color: 'teal', message: t('form.saved') });
    await navigate(`/capabilities/${id}`);
  };

  return (
    <Page
      title={
        capability ? t('form.editTitle', { title: capability.title }) : t('form.editTitleGeneric')
      }
    >
      <QueryState loading={loading} error={error}>
        {capability && !capability.viewerCanEdit ? (
          <ErrorAlert problems={[{ code: 'FORBIDDEN', message: '' }]} />
        ) : null}
        {capability?.viewerCanEdit ? (
          <CapabilityForm
            initialValues={capabilityValues(capability)}
            status={capability.status}
            organizationId={capability.organization.id}
            invited={capability.invitedOrganizations}
            canPublish={capability.viewerCanPublish}
            onSubmit={save}
          />
        ) : null}
      </QueryState>
    </Page>
  );
}
