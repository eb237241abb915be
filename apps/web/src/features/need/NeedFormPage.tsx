import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import type { NeedDraftValues } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  EditListingPage,
  useUpdateListing,
  type ListingTarget,
} from '../../app/forms/listing-form-page';
import {
  CreateTechnologyNeedDocument,
  PublishTechnologyNeedDocument,
  TechnologyNeedDocument,
  UpdateTechnologyNeedDocument,
} from '../../generated/graphql';
import { editedListingFormProps, NewListingFormPage } from '../listing/ListingFormPages';
import { NeedForm } from './NeedForm';
import { needValues, toNeedInput, toNeedPatch } from './need-values';

/** Where needs are shown and how one is published. */
function useNeedTarget(): ListingTarget {
  const [publish] = useMutation(PublishTechnologyNeedDocument);
  return {
    namespace: 'need',
    path: (id) => `/needs/${id}`,
    publish: (id) => publish({ variables: { id } }),
  };
}

export function NewNeedPage() {
  const [create] = useMutation(CreateTechnologyNeedDocument);
  return (
    <NewListingFormPage<NeedDraftValues>
      target={useNeedTarget()}
      listField="technologyNeeds"
      create={async (organizationId, values) => {
        const { data } = await create({
          variables: { organizationId, input: toNeedInput(values) },
        });
        return data?.createTechnologyNeed.id;
      }}
      form={NeedForm}
    />
  );
}

export function EditNeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('need');
  const { data, loading, error } = useQuery(TechnologyNeedDocument, { variables: { id } });
  const [update] = useMutation(UpdateTechnologyNeedDocument);
  const need = data?.technologyNeed;
  const save = useUpdateListing({
    ...useNeedTarget(),
    id,
    status: need?.status,
    toPatch: (values: NeedDraftValues, changed) => toNeedPatch(values, changed),
    update: (patch) => update({ variables: { id, input: patch } }),
  });

  return (
    <EditListingPage namespace="need" loading={loading} error={error} listing={need}>
      {(editable) =>
        editable.status === 'CLOSED' ? (
          <Alert color="blue">{t('form.closedNotEditable')}</Alert>
        ) : (
          <NeedForm
            {...editedListingFormProps(editable)}
            // Narrowed above: a CLOSED need has no form.
            status={editable.status}
            initialValues={needValues(editable)}
            onSubmit={save}
          />
        )
      }
    </EditListingPage>
  );
}
