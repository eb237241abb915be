import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { NeedDraftValues } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { problemsOf } from '../../app/errors/api-error';
import { problemMessage } from '../../app/errors/translate';
import type { SaveIntent } from '../../app/forms/PublishFormActions';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import {
  CreateTechnologyNeedDocument,
  PublishTechnologyNeedDocument,
  TechnologyNeedDocument,
  UpdateTechnologyNeedDocument,
} from '../../generated/graphql';
import { PostingOrganization, usePostingOrganization } from '../organization/PostingOrganization';
import { NeedForm } from './NeedForm';
import { needValues, toNeedInput, toNeedPatch } from './need-values';

/** Publishes a saved need; a refusal is told, and the need stays a draft on its page. */
function usePublishAfterSave() {
  const { t } = useTranslation('need');
  const [publish] = useMutation(PublishTechnologyNeedDocument);
  return async (id: string, intent: SaveIntent) => {
    if (intent !== 'publish') {
      notifications.show({ color: 'teal', message: t('form.savedDraft') });
      return;
    }
    try {
      await publish({ variables: { id } });
      notifications.show({ color: 'teal', message: t('form.published') });
    } catch (error) {
      const reasons = problemsOf(error).map((problem) => problemMessage(t, problem));
      notifications.show({
        color: 'red',
        title: t('form.savedNotPublished'),
        message: reasons.join(' '),
      });
    }
  };
}

export function NewNeedPage() {
  const { t } = useTranslation('need');
  const navigate = useNavigate();
  const client = useApolloClient();
  const posting = usePostingOrganization();
  const [create] = useMutation(CreateTechnologyNeedDocument);
  const publishAfterSave = usePublishAfterSave();
  const owner = posting.chosen;

  const save = async (values: NeedDraftValues, intent: SaveIntent) => {
    if (!owner) return;
    const { data } = await create({
      variables: { organizationId: owner.organization.id, input: toNeedInput(values) },
    });
    if (!data) return;
    const id = data.createTechnologyNeed.id;
    // The organization's list of needs starts again from its first page when next shown.
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Organization', id: owner.organization.id }),
      fieldName: 'technologyNeeds',
    });
    await publishAfterSave(id, intent);
    await navigate(`/needs/${id}`);
  };

  return (
    <Page title={t('form.newTitle')}>
      <PostingOrganization posting={posting} />
      {owner ? (
        <NeedForm
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

export function EditNeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('need');
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(TechnologyNeedDocument, { variables: { id } });
  const [update] = useMutation(UpdateTechnologyNeedDocument);
  const publishAfterSave = usePublishAfterSave();
  const need = data?.technologyNeed;

  const save = async (values: NeedDraftValues, intent: SaveIntent, changed: Set<string>) => {
    const patch = toNeedPatch(values, changed);
    if (Object.keys(patch).length > 0) await update({ variables: { id, input: patch } });
    if (need?.status === 'DRAFT') await publishAfterSave(id, intent);
    else notifications.show({ color: 'teal', message: t('form.saved') });
    await navigate(`/needs/${id}`);
  };

  return (
    <Page title={need ? t('form.editTitle', { title: need.title }) : t('form.editTitleGeneric')}>
      <QueryState loading={loading} error={error}>
        {need && !need.viewerCanEdit ? (
          <ErrorAlert problems={[{ code: 'FORBIDDEN', message: '' }]} />
        ) : null}
        {need && need.viewerCanEdit && need.status === 'CLOSED' ? (
          <Alert color="blue">{t('form.closedNotEditable')}</Alert>
        ) : null}
        {need && need.viewerCanEdit && need.status !== 'CLOSED' ? (
          <NeedForm
            initialValues={needValues(need)}
            status={need.status}
            organizationId={need.organization.id}
            invited={need.invitedOrganizations}
            canPublish={need.viewerCanPublish}
            onSubmit={save}
          />
        ) : null}
      </QueryState>
    </Page>
  );
}
